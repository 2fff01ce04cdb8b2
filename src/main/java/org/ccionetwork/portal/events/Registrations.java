package org.ccionetwork.portal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;

/**
 * Registering for events. A place is taken by one atomic conditional UPDATE of the event's count
 * (only while places are left), so however many members register at once, no more than the
 * capacity get a place; the others join the waiting list in the order they came. A cancelled place
 * goes to the first on the waiting list, claimed by a conditional UPDATE of their registration.
 */
@ApplicationScoped
@Transactional
public class Registrations {

    /** Where a member stands for an event. */
    public enum Standing {
        REGISTERED,
        WAITING,
        CANCELLED,
        /** Applied for a place at an event that awards them; waiting for the organisers' decision. */
        APPLIED,
        /** In reserve: the organisers may award a place later. */
        RESERVE,
        /** Not awarded a place this time. */
        DECLINED
    }

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private EventService events;

    @Inject
    private EventMail mail;

    /** Registers the member: a place if one is left, else the waiting list. */
    public Standing register(Viewer viewer, long eventId, String needs) {
        viewer.requireMember();
        var event = events.readable(viewer, eventId);
        var now = clock.instant();
        event.refusalToRegister(now).ifPresent(refusal -> {
            throw new NotAllowedException(refusal);
        });
        if (event.isByApplication()) {
            throw new NotAllowedException("Places at this event are awarded by application: apply with a statement.");
        }
        var current = standing(eventId, viewer.memberId());
        if (current.isPresent() && current.get() != Standing.CANCELLED) {
            throw new NotAllowedException(
                    current.get() == Standing.REGISTERED
                            ? "You are already registered for this event."
                            : "You are already on the waiting list for this event.");
        }
        enter(eventId, viewer.memberId(), Standing.WAITING, needs, null, current.isPresent());
        int place = em.createNativeQuery(
                        "update events set places_taken = places_taken + 1 where id = ? and places_taken < capacity")
                .setParameter(1, eventId)
                .executeUpdate();
        if (place == 1) {
            setStanding(eventId, viewer.memberId(), Standing.REGISTERED);
            return Standing.REGISTERED;
        }
        return Standing.WAITING;
    }

    /** Cancels the member's place or their place on the waiting list; a freed place goes to the first waiting. */
    public Optional<Long> cancel(Viewer viewer, long eventId) {
        viewer.requireMember();
        events.readable(viewer, eventId);
        return giveUp(eventId, viewer.memberId());
    }

    /** The member gives up their place or their place on the waiting list (they cancel, or they leave). */
    Optional<Long> giveUp(long eventId, long memberId) {
        var current = standing(eventId, memberId)
                .filter(s -> s != Standing.CANCELLED && s != Standing.DECLINED)
                .orElseThrow(() -> new NotAllowedException("You are not registered for this event."));
        int changed = em.createNativeQuery("update event_registrations set status = 'CANCELLED', needs = null,"
                        + " statement = null"
                        + " where event_id = ? and member_id = ? and status = ?")
                .setParameter(1, eventId)
                .setParameter(2, memberId)
                .setParameter(3, current.name())
                .executeUpdate();
        if (changed != 1 || current != Standing.REGISTERED) {
            return Optional.empty();
        }
        var promoted = promoteFirstWaiting(eventId);
        promoted.ifPresent(promotedId -> mail.placeFreedUp(em.find(Event.class, eventId), promotedId));
        return promoted;
    }

    /**
     * Who holds a place, and (with {@code hopingToo}) who still hopes for one: waiting, applied or in
     * reserve; in the order they came, the places first. For reminders (places only) and for notices
     * of a change or a cancellation (everyone concerned).
     */
    public List<Long> registrants(long eventId, boolean hopingToo) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select member_id from event_registrations where event_id = ?"
                        + " and (status = 'REGISTERED' or (? and status in ('WAITING', 'APPLIED', 'RESERVE')))"
                        + " order by case when status = 'REGISTERED' then 0 else 1 end, created, member_id")
                .setParameter(1, eventId)
                .setParameter(2, hopingToo)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * The member's row, in the standing given: a new one, or (when they had cancelled) the old one
     * made new. The row comes first: a second registration of the same member at the same moment
     * waits here, then fails.
     */
    void enter(
            long eventId, long memberId, Standing standing, String needs, String statement, boolean cancelledBefore) {
        var now = Times.stored(clock.instant());
        if (!cancelledBefore) {
            em.createNativeQuery("insert into event_registrations (event_id, member_id, status, needs, statement,"
                            + " created) values (?, ?, ?, ?, ?, ?)")
                    .setParameter(1, eventId)
                    .setParameter(2, memberId)
                    .setParameter(3, standing.name())
                    .setParameter(4, trimmed(needs))
                    .setParameter(5, statement)
                    .setParameter(6, now)
                    .executeUpdate();
        } else if (em.createNativeQuery("update event_registrations set status = ?, needs = ?, statement = ?,"
                                + " created = ? where event_id = ? and member_id = ? and status = 'CANCELLED'")
                        .setParameter(1, standing.name())
                        .setParameter(2, trimmed(needs))
                        .setParameter(3, statement)
                        .setParameter(4, now)
                        .setParameter(5, eventId)
                        .setParameter(6, memberId)
                        .executeUpdate()
                != 1) {
            throw new NotAllowedException("You are already registered for this event.");
        }
    }

    /** Gives the freed place to the first on the waiting list (answers who), or gives it back to the event. */
    private Optional<Long> promoteFirstWaiting(long eventId) {
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object> first = em.createNativeQuery("select member_id from event_registrations"
                            + " where event_id = ? and status = 'WAITING' order by created, member_id")
                    .setParameter(1, eventId)
                    .setMaxResults(1)
                    .getResultList();
            if (first.isEmpty()) {
                em.createNativeQuery(
                                "update events set places_taken = places_taken - 1 where id = ? and places_taken > 0")
                        .setParameter(1, eventId)
                        .executeUpdate();
                return Optional.empty();
            }
            long memberId = ((Number) first.getFirst()).longValue();
            if (em.createNativeQuery("update event_registrations set status = 'REGISTERED'"
                                    + " where event_id = ? and member_id = ? and status = 'WAITING'")
                            .setParameter(1, eventId)
                            .setParameter(2, memberId)
                            .executeUpdate()
                    == 1) {
                return Optional.of(memberId);
            }
        }
    }

    /** Where the member stands for the event, if they ever registered. */
    public Optional<Standing> standing(long eventId, long memberId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(
                        "select status from event_registrations where event_id = ? and member_id = ?")
                .setParameter(1, eventId)
                .setParameter(2, memberId)
                .getResultList();
        return rows.stream().findFirst().map(s -> Standing.valueOf((String) s));
    }

    /** The member's place on the waiting list (1 for the first), or 0 when not waiting. */
    public int positionOnWaitingList(long eventId, long memberId) {
        if (standing(eventId, memberId).orElse(null) != Standing.WAITING) {
            return 0;
        }
        return 1
                + ((Number) em.createNativeQuery("select count(*) from event_registrations w, event_registrations m"
                                        + " where w.event_id = ? and m.event_id = w.event_id and m.member_id = ?"
                                        + " and w.status = 'WAITING' and (w.created < m.created"
                                        + " or (w.created = m.created and w.member_id < m.member_id))")
                                .setParameter(1, eventId)
                                .setParameter(2, memberId)
                                .getSingleResult())
                        .intValue();
    }

    private void setStanding(long eventId, long memberId, Standing standing) {
        em.createNativeQuery("update event_registrations set status = ? where event_id = ? and member_id = ?")
                .setParameter(1, standing.name())
                .setParameter(2, eventId)
                .setParameter(3, memberId)
                .executeUpdate();
    }

    private static String trimmed(String needs) {
        if (needs == null || needs.isBlank()) {
            return null;
        }
        String text = needs.strip();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
