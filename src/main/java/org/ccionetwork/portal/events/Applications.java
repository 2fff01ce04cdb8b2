package org.ccionetwork.portal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;

/**
 * Places by application, for events that award places rather than fill them (the summer school's
 * bursaries): a member applies with a statement; the organisers award a place (taken by the same
 * conditional UPDATE as a registration, so no more are awarded than there are), keep them in
 * reserve, or decline; each applicant is told by mail.
 */
@ApplicationScoped
@Transactional
public class Applications {

    /** What the organisers decide of an application. */
    public enum Decision {
        AWARD,
        RESERVE,
        DECLINE
    }

    /** The longest statement an applicant may write. */
    public static final int MOST_STATEMENT = 1500;

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private EventService events;

    @Inject
    private Registrations registrations;

    @Inject
    private EventMail mail;

    /** The member applies for a place, saying why; the organisers decide. */
    public void apply(Viewer viewer, long eventId, String statement, String needs) {
        viewer.requireMember();
        var event = events.readable(viewer, eventId);
        if (!event.isByApplication()) {
            throw new NotAllowedException("This event's places are not awarded by application: register instead.");
        }
        event.refusalToRegister(clock.instant()).ifPresent(refusal -> {
            throw new NotAllowedException(refusal);
        });
        String text = statement == null ? "" : statement.strip();
        if (text.isEmpty() || text.length() > MOST_STATEMENT) {
            throw new NotAllowedException("Say in up to " + MOST_STATEMENT + " characters why you would like a place.");
        }
        var current = registrations.standing(eventId, viewer.memberId());
        if (current.isPresent() && current.get() != Registrations.Standing.CANCELLED) {
            throw new NotAllowedException("You have already applied for this event.");
        }
        registrations.enter(
                eventId, viewer.memberId(), Registrations.Standing.APPLIED, needs, text, current.isPresent());
    }

    /** The organisers' decision on one application (or on someone in reserve). */
    public void decide(Viewer viewer, long eventId, long memberId, Decision decision) {
        var event = events.desk(viewer, eventId);
        var current = registrations.standing(eventId, memberId).orElse(null);
        if (current != Registrations.Standing.APPLIED && current != Registrations.Standing.RESERVE) {
            throw new NotAllowedException(
                    "Only an application waiting for a decision, or one in reserve, can be decided.");
        }
        switch (decision) {
            case AWARD -> {
                if (em.createNativeQuery("update events set places_taken = places_taken + 1 where id = ?"
                                        + " and places_taken < capacity")
                                .setParameter(1, eventId)
                                .executeUpdate()
                        != 1) {
                    throw new NotAllowedException(
                            "Every place is awarded. Keep them in reserve, or give the event more places first.");
                }
                move(eventId, memberId, current, Registrations.Standing.REGISTERED);
                mail.awarded(event, memberId);
            }
            case RESERVE -> {
                if (current == Registrations.Standing.RESERVE) {
                    throw new NotAllowedException("They are already in reserve.");
                }
                move(eventId, memberId, current, Registrations.Standing.RESERVE);
                mail.reserved(event, memberId);
            }
            case DECLINE -> {
                move(eventId, memberId, current, Registrations.Standing.DECLINED);
                mail.declined(event, memberId);
            }
        }
    }

    private void move(long eventId, long memberId, Registrations.Standing from, Registrations.Standing to) {
        if (em.createNativeQuery("update event_registrations set status = ?"
                                + " where event_id = ? and member_id = ? and status = ?")
                        .setParameter(1, to.name())
                        .setParameter(2, eventId)
                        .setParameter(3, memberId)
                        .setParameter(4, from.name())
                        .executeUpdate()
                != 1) {
            throw new NotAllowedException("Someone else decided this application a moment ago. Nothing was changed.");
        }
    }

    /** How many applications wait for a decision, for the desk. */
    public long waiting(long eventId) {
        return ((Number) em.createNativeQuery(
                                "select count(*) from event_registrations where event_id = ? and status = 'APPLIED'")
                        .setParameter(1, eventId)
                        .getSingleResult())
                .longValue();
    }
}
