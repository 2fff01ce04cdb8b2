package org.ccionetwork.portal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotFoundException;
import org.ccionetwork.portal.text.Markdown;
import org.ccionetwork.portal.text.Slugs;

/**
 * Events: the desk (moderators create events; they and an event's organisers edit, publish, cancel
 * and duplicate it) and what readers see. A draft exists
 * for moderators only; a members-only event for members only; to anyone else both are "not found".
 */
@ApplicationScoped
@Transactional
public class EventService {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A new event, as a draft (moderators). */
    public Event create(Viewer viewer, EventDetails details) {
        viewer.requireModerator("event");
        return insert(details);
    }

    private Event insert(EventDetails details) {
        check(details, 0);
        var now = clock.instant();
        String slug = Slugs.unique(
                details.title(),
                "event",
                s -> em.createQuery("select count(e) from Event e where e.slug = :s", Long.class)
                                .setParameter("s", s)
                                .getSingleResult()
                        > 0);
        var event = new Event(slug, details, Markdown.toSafeHtml(details.description()), now);
        em.persist(event);
        return event;
    }

    /** Saves new details over the version the organiser's form was opened on. */
    public Event update(Viewer viewer, long id, EventDetails details, long version) {
        desk(viewer, id);
        var event = em.find(Event.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw new NotFoundException("event");
        }
        if (event.getVersion() != version) {
            throw new OptimisticLockException("Someone else changed this event since you opened it.");
        }
        check(details, event.getPlacesTaken());
        programme.follow(event, details);
        boolean moved = event.isMovedBy(details);
        event.change(details, Markdown.toSafeHtml(details.description()), clock.instant());
        if (moved && event.getStatus() == Event.Status.PUBLISHED) {
            mail.changed(event, registrations.registrants(id, true));
        }
        return event;
    }

    public void publish(Viewer viewer, long id) {
        desk(viewer, id).publish(clock.instant());
    }

    /** A new draft with the event's details ("Copy of …"), for the next one of its kind; answers the copy. */
    public Event duplicate(Viewer viewer, long id) {
        var original = desk(viewer, id).details();
        String title = ("Copy of " + original.title());
        var copy = new EventDetails(
                title.length() > 150 ? title.substring(0, 150) : title,
                original.kind(),
                original.starts(),
                original.ends(),
                original.venue(),
                original.onlineUrl(),
                original.region(),
                original.description(),
                original.capacity(),
                original.registrationOpens(),
                original.registrationCloses(),
                original.visibility(),
                original.cpdHours(),
                original.byApplication());
        var made = insert(copy);
        programme.copy(em.find(Event.class, id), made);
        if (!viewer.isModerator()) {
            organisers.add(made.getId(), viewer.memberId());
        }
        return made;
    }

    /** Cancels the event; everyone registered or waiting is told by mail. */
    public void cancel(Viewer viewer, long id) {
        var event = desk(viewer, id);
        event.cancel(clock.instant());
        mail.cancelled(event, registrations.registrants(id, true));
    }

    @Inject
    private EventMail mail;

    @Inject
    private Registrations registrations;

    @Inject
    private Organisers organisers;

    @Inject
    private Programme programme;

    private static void check(EventDetails details, int placesTaken) {
        var problems = details.problems(placesTaken);
        if (!problems.isEmpty()) {
            throw new EventProblems(problems);
        }
    }

    /** An event for the desk: any to moderators, their own to its organisers, none to anyone else. */
    public Event desk(Viewer viewer, long id) {
        if (!organisers.runs(viewer, id)) {
            throw new NotFoundException("event");
        }
        var event = em.find(Event.class, id);
        if (event == null) {
            throw new NotFoundException("event");
        }
        return event;
    }

    /** Whether the viewer may make new events (moderators); to anyone else the form is not found. */
    public void requireCreator(Viewer viewer) {
        viewer.requireModerator("event");
    }

    /** An event as this viewer may see it: drafts to moderators only, members-only events to members only. */
    public Event event(Viewer viewer, String slug) {
        var event = em.createQuery("select e from Event e where e.slug = :s", Event.class)
                .setParameter("s", slug == null ? "" : slug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("event"));
        return visible(viewer, event);
    }

    /** The same by id, for actions on it. */
    Event readable(Viewer viewer, long id) {
        var event = em.find(Event.class, id);
        if (event == null) {
            throw new NotFoundException("event");
        }
        return visible(viewer, event);
    }

    /** A draft is seen by moderators and its organisers (to check it before publishing) only. */
    private Event visible(Viewer viewer, Event event) {
        if (event.getStatus() == Event.Status.DRAFT && !organisers.runs(viewer, event.getId())) {
            throw new NotFoundException("event");
        }
        viewer.requireRead(event.getVisibility(), "event");
        return event;
    }

    /** Published (and cancelled) events not yet over, soonest first, of a kind and region when given. */
    public List<Event> upcoming(Viewer viewer, EventKind kind, String region, int most) {
        return em.createQuery(
                        "select e from Event e where e.status <> :draft and e.ends > :now"
                                + " and e.visibility in :v and (:kind is null or e.kind = :kind)"
                                + " and (:region is null or e.region = :region) order by e.starts, e.id",
                        Event.class)
                .setParameter("draft", Event.Status.DRAFT)
                .setParameter("now", Times.stored(clock.instant()))
                .setParameter("v", viewer.readable())
                .setParameter("kind", kind)
                .setParameter("region", region == null || region.isBlank() ? null : region)
                .setMaxResults(most)
                .getResultList();
    }

    /** Published (and cancelled) events starting in [from, to), soonest first: a month of the calendar. */
    public List<Event> between(Viewer viewer, java.time.Instant from, java.time.Instant to) {
        return em.createQuery(
                        "select e from Event e where e.status <> :draft and e.starts >= :from"
                                + " and e.starts < :to and e.visibility in :v order by e.starts, e.id",
                        Event.class)
                .setParameter("draft", Event.Status.DRAFT)
                .setParameter("from", Times.stored(from))
                .setParameter("to", Times.stored(to))
                .setParameter("v", viewer.readable())
                .setMaxResults(300)
                .getResultList();
    }

    /** Events that are over, the latest first. */
    public List<Event> past(Viewer viewer, int most) {
        return em.createQuery(
                        "select e from Event e where e.status = :published and e.ends <= :now"
                                + " and e.visibility in :v order by e.starts desc, e.id desc",
                        Event.class)
                .setParameter("published", Event.Status.PUBLISHED)
                .setParameter("now", Times.stored(clock.instant()))
                .setParameter("v", viewer.readable())
                .setMaxResults(most)
                .getResultList();
    }

    /** The desk's events, the latest start first: every one to moderators, their own to organisers. */
    public List<Event> all(Viewer viewer) {
        if (viewer.isModerator()) {
            return em.createQuery("select e from Event e order by e.starts desc, e.id desc", Event.class)
                    .setMaxResults(500)
                    .getResultList();
        }
        var own = organisers.eventsOf(viewer);
        if (own.isEmpty()) {
            throw new NotFoundException("event");
        }
        return em.createQuery("select e from Event e where e.id in :ids order by e.starts desc, e.id desc", Event.class)
                .setParameter("ids", own)
                .getResultList();
    }

    /** The member's registrations (places and waiting list) for events not yet over. */
    public List<Event> registeredFor(Viewer viewer) {
        viewer.requireMember();
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(
                        "select event_id from event_registrations where member_id = ?" + " and status <> 'CANCELLED'")
                .setParameter(1, viewer.memberId())
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select e from Event e where e.ends > :now and e.id in :ids order by e.starts", Event.class)
                .setParameter("now", Times.stored(clock.instant()))
                .setParameter(
                        "ids", ids.stream().map(id -> ((Number) id).longValue()).toList())
                .getResultList();
    }

    public static final String DISCUSSION_CATEGORY = "events-discussion";

    /** The event's discussion in the forum: started by the first member to ask, then the same topic for all. */
    public long discuss(Viewer viewer, long id) {
        viewer.requireMember();
        var event = em.find(Event.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (event == null || event.getStatus() == Event.Status.DRAFT) {
            throw new NotFoundException("event");
        }
        visible(viewer, event);
        long topicId = discussions.open(
                viewer,
                event.getTopicId(),
                new org.ccionetwork.portal.forum.Discussions.Place(
                        DISCUSSION_CATEGORY,
                        "Events discussion",
                        "Members talk about the network's events, before and after. Each event has its topic here.",
                        org.ccionetwork.portal.shared.Visibility.MEMBERS),
                event.getTitle(),
                "Discussion of the event [" + event.getTitle().replace("]", "\\]") + "](" + Links.event(event.getSlug())
                        + "), " + new org.ccionetwork.portal.text.Formats().weekday(event.getStarts()) + ".",
                List.of("events"));
        event.linkTopic(topicId);
        return topicId;
    }

    /** How many replies the event's discussion has. */
    public int discussionReplies(Event event) {
        return discussions.replies(event.getTopicId());
    }

    @Inject
    private org.ccionetwork.portal.forum.Discussions discussions;

    /** The regions events have been held in, for the filter. */
    public List<String> regions() {
        return em.createQuery(
                        "select distinct e.region from Event e where e.region is not null order by e.region",
                        String.class)
                .getResultList();
    }
}
