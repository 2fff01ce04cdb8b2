package org.ccionetwork.portal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;

/**
 * Organisers of an event: members an admin names, who run that one event from the desk as
 * moderators run every event. Naming and removing them is for admins only.
 */
@ApplicationScoped
@Transactional
public class Organisers {

    @Inject
    @PortalData
    private EntityManager em;

    /** Whether the viewer runs the event: a moderator (every event), or one of its organisers. */
    public boolean runs(Viewer viewer, long eventId) {
        return viewer.isModerator() || organises(viewer, eventId);
    }

    /** Whether the viewer organises the event. */
    public boolean organises(Viewer viewer, long eventId) {
        return viewer.isMember() && isOrganiser(eventId, viewer.memberId());
    }

    private boolean isOrganiser(long eventId, long memberId) {
        return !em.createNativeQuery("select 1 from event_organisers where event_id = ? and member_id = ?")
                .setParameter(1, eventId)
                .setParameter(2, memberId)
                .getResultList()
                .isEmpty();
    }

    /** The events the viewer organises. */
    public List<Long> eventsOf(Viewer viewer) {
        if (!viewer.isMember()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select event_id from event_organisers where member_id = ?")
                .setParameter(1, viewer.memberId())
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Whether the viewer may open the events desk: a moderator, or an organiser of some event. */
    public boolean hasDesk(Viewer viewer) {
        return viewer.isModerator()
                || viewer.isMember()
                        && !em.createNativeQuery("select 1 from event_organisers where member_id = ?")
                                .setParameter(1, viewer.memberId())
                                .setMaxResults(1)
                                .getResultList()
                                .isEmpty();
    }

    /** The event's organisers by name (admins). */
    public List<Member> of(Viewer admin, long eventId) {
        admin.requireAdmin("organisers");
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select member_id from event_organisers where event_id = ?")
                .setParameter(1, eventId)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from Member m where m.id in :ids order by m.displayName", Member.class)
                .setParameter(
                        "ids", ids.stream().map(id -> ((Number) id).longValue()).toList())
                .getResultList();
    }

    /** Names a member (by user name or email address) an organiser of the event (admins). */
    public Member name(Viewer admin, long eventId, String who) {
        admin.requireAdmin("organisers");
        if (em.find(Event.class, eventId) == null) {
            throw new NotFoundException("event");
        }
        String asked = who == null ? "" : who.strip().toLowerCase(Locale.ROOT);
        var member = em.createQuery(
                        "select m from Member m where m.leftNetwork = false and (lower(m.username) = :w"
                                + " or lower(m.email) = :w)",
                        Member.class)
                .setParameter("w", asked)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotAllowedException(
                        "No member has that user name or email address. They need to have signed in once."));
        if (isOrganiser(eventId, member.getId())) {
            throw new NotAllowedException(member.getDisplayName() + " already organises this event.");
        }
        add(eventId, member.getId());
        return member;
    }

    /** Adds the member as organiser, for a copy an organiser made of their event. */
    void add(long eventId, long memberId) {
        em.createNativeQuery("insert into event_organisers (event_id, member_id) values (?, ?)")
                .setParameter(1, eventId)
                .setParameter(2, memberId)
                .executeUpdate();
    }

    /** No longer an organiser of the event (admins). */
    public void remove(Viewer admin, long eventId, long memberId) {
        admin.requireAdmin("organisers");
        em.createNativeQuery("delete from event_organisers where event_id = ? and member_id = ?")
                .setParameter(1, eventId)
                .setParameter(2, memberId)
                .executeUpdate();
    }
}
