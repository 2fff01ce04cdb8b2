package org.ccionetwork.portal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotFoundException;

/** An event's programme: read with the event, written from the desk by its organisers and moderators. */
@ApplicationScoped
@Transactional
public class Programme {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private EventService events;

    /** The sessions of an event the viewer may see, in order. */
    public List<EventSession> of(Viewer viewer, Event event) {
        events.readable(viewer, event.getId());
        return sessions(event.getId());
    }

    /** The same, for the desk. */
    public List<EventSession> forDesk(Viewer viewer, long eventId) {
        events.desk(viewer, eventId);
        return sessions(eventId);
    }

    private List<EventSession> sessions(long eventId) {
        return em.createQuery(
                        "select s from EventSession s where s.eventId = :e order by s.starts, s.id", EventSession.class)
                .setParameter("e", eventId)
                .getResultList();
    }

    /** Adds a session; refused, field by field, when it does not lie within the event. */
    public EventSession add(Viewer viewer, long eventId, Instant starts, Instant ends, String title, String speakers) {
        var event = events.desk(viewer, eventId);
        var problems = event.sessionProblems(starts, ends);
        if (!problems.isEmpty()) {
            throw new EventProblems(problems);
        }
        var session = new EventSession(eventId, starts, ends, title, speakers);
        em.persist(session);
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.EVENTS, eventId);
        return session;
    }

    /**
     * Moves the programme with its event when the start changes; refused beside the end's field when
     * a session would then fall outside the event (the organisers shorten or move it first).
     */
    void follow(Event event, EventDetails details) {
        var shift = java.time.Duration.between(event.getStarts(), details.starts());
        for (var session : sessions(event.getId())) {
            var starts = session.getStarts().plus(shift);
            var ends = session.getEnds().plus(shift);
            if (starts.isBefore(details.starts()) || ends.isAfter(details.ends())) {
                throw new EventProblems(java.util.Map.of(
                        "ends",
                        "The programme's session “" + session.getTitle() + "” would fall outside the event:"
                                + " change or remove it first."));
            }
        }
        if (!shift.isZero()) {
            sessions(event.getId()).forEach(s -> s.moveBy(shift));
        }
    }

    /** The programme of one event copied into another (a duplicate), keeping each session's place in the day. */
    void copy(Event from, Event to) {
        var shift = java.time.Duration.between(from.getStarts(), to.getStarts());
        for (var session : sessions(from.getId())) {
            em.persist(session.copyFor(to.getId(), shift));
        }
    }

    public void remove(Viewer viewer, long eventId, long sessionId) {
        events.desk(viewer, eventId);
        var session = em.find(EventSession.class, sessionId);
        if (session == null || session.getEventId() != eventId) {
            throw new NotFoundException("session");
        }
        em.remove(session);
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.EVENTS, eventId);
    }
}
