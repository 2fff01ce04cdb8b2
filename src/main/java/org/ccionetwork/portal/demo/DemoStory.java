package org.ccionetwork.portal.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccionetwork.portal.clock.Clocks;
import org.ccionetwork.portal.events.EventDetails;
import org.ccionetwork.portal.events.EventService;
import org.ccionetwork.portal.events.Registrations;
import org.ccionetwork.portal.forum.Categories;
import org.ccionetwork.portal.forum.Moderating;
import org.ccionetwork.portal.forum.Posting;
import org.ccionetwork.portal.library.ItemDetails;
import org.ccionetwork.portal.library.LibraryService;
import org.ccionetwork.portal.library.UploadReceiver;
import org.ccionetwork.portal.library.UploadRefusedException;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.news.ArticleContent;
import org.ccionetwork.portal.news.NewsService;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.text.Formats;

/**
 * Tells the demo content through the portal's own services, as the members who wrote it and at the
 * times it happened ({@link Clocks#telling}): every rule, event, search index entry, notification
 * and audit entry is the one a member's action makes. The staff person (the news editor) sets up
 * the categories and collections as the system's administrator would. One transaction: all or
 * nothing.
 */
@ApplicationScoped
@Transactional
public class DemoStory {

    private static final Duration BETWEEN_REPLIES = Duration.ofHours(5);

    @Inject
    private MemberService members;

    @Inject
    private Categories categories;

    @Inject
    private Posting posting;

    @Inject
    private Moderating moderating;

    @Inject
    private NewsService news;

    @Inject
    private LibraryService library;

    @Inject
    private UploadReceiver uploads;

    @Inject
    private EventService events;

    @Inject
    private Registrations registrations;

    @Inject
    private org.ccionetwork.portal.library.SharedItems sharedItems;

    @Inject
    private org.ccionetwork.portal.events.Applications applications;

    @Inject
    private org.ccionetwork.portal.events.Attendance attendance;

    @Inject
    private Clocks clocks;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private org.ccionetwork.portal.mentoring.Mentoring mentoring;

    /** Tells the story unless it was told before (its first category exists); says whether it did. */
    boolean tell(DemoData data) {
        var people = new HashMap<String, Viewer>();
        Viewer staff = null;
        for (var person : data.people()) {
            var roles = person.staff() ? Set.of(Role.MEMBER, Role.MODERATOR) : Set.of(Role.MEMBER);
            var member = members.recordSignIn(new SignInClaims(
                    person.subject(),
                    person.username(),
                    person.name(),
                    person.username() + "@example.org",
                    person.odsCode(),
                    person.organisation(),
                    roles));
            people.put(person.username(), new Viewer(member.getId(), roles));
            if (!person.expertise().isEmpty()) {
                var viewer = new Viewer(member.getId(), roles);
                var profile = member.profile();
                members.updateProfile(
                        viewer,
                        new org.ccionetwork.portal.members.Profile(
                                profile.jobTitle(),
                                profile.role(),
                                profile.organisationCode(),
                                profile.organisationName(),
                                profile.region(),
                                profile.specialty(),
                                person.expertise(),
                                profile.bio(),
                                profile.hidden()));
                members.setAskable(viewer, person.askable());
            }
            var viewer = new Viewer(member.getId(), roles);
            if (!person.mentors().isEmpty() && mentoring.offer(viewer).isEmpty()) {
                mentoring.offer(
                        viewer, person.mentors(), "Happy to talk once a month, by video or on the phone.", 2, true);
            }
            if (person.staff() && staff == null) {
                staff = new Viewer(member.getId(), Set.of(Role.MEMBER, Role.MODERATOR, Role.ADMIN));
            }
        }
        if (staff == null) {
            throw new IllegalStateException("The demo people have no staff member");
        }
        if (told(staff, data)) {
            return false;
        }
        forum(data, people, staff);
        news(data, staff);
        library(data, people, staff);
        events(data, people, staff);
        if (transaction.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK) {
            // A service refused something on the way; committing would silently write nothing.
            throw new IllegalStateException("a step of the demo content was refused; nothing was written");
        }
        return true;
    }

    /**
     * Asked without an exception: a not-found thrown through a service would mark this whole
     * transaction for rollback.
     */
    private boolean told(Viewer staff, DemoData data) {
        String first = data.categories().getFirst().slug();
        return categories.readable(staff).stream().anyMatch(c -> c.getSlug().equals(first));
    }

    private void forum(DemoData data, Map<String, Viewer> people, Viewer staff) {
        var categoryIds = new HashMap<String, Long>();
        int position = 0;
        for (var c : data.categories()) {
            var category = categories.createCategory(
                    staff, c.slug(), c.name(), c.description(), c.colour(), ++position, c.visibility(), null);
            categoryIds.put(c.slug(), category.getId());
        }
        Instant now = clock.instant();
        // Told in the order it happened, so that "last activity" is the latest.
        var oldestFirst = data.topics().stream()
                .sorted(java.util.Comparator.comparingInt(DemoData.TopicData::daysAgo)
                        .reversed())
                .toList();
        for (var t : oldestFirst) {
            Instant start = now.minus(Duration.ofDays(t.daysAgo()));
            long topicId = clocks.telling(
                    start,
                    () -> posting.startTopic(
                                    person(people, t.author()),
                                    categoryIds.get(t.category()),
                                    t.title(),
                                    t.body(),
                                    t.kind(),
                                    t.tags())
                            .getId());
            Instant when = start;
            for (var reply : t.replies()) {
                when = when.plus(BETWEEN_REPLIES);
                clocks.telling(when, () -> posting.reply(person(people, reply.author()), topicId, reply.body(), null));
            }
            if (t.pinned()) {
                moderating.setPinned(staff, topicId, true, "Demo content: pinned for everyone to see.");
            }
        }
    }

    private void news(DemoData data, Viewer staff) {
        Instant now = clock.instant();
        for (var a : data.articles()) {
            var content = new ArticleContent(
                    a.title(), a.summary(), a.body(), a.tags(), a.sourceName(), a.sourceUrl(), a.visibility(), null);
            if (a.publishedDaysAgo() != null) {
                clocks.telling(now.minus(Duration.ofDays(a.publishedDaysAgo())), () -> {
                    long id = news.create(staff, content, List.of()).getId();
                    news.publishNow(staff, id);
                    if (a.featured()) {
                        news.feature(staff, id);
                    }
                    return id;
                });
            } else {
                long id = news.create(staff, content, List.of()).getId();
                if (a.scheduledInDays() != null) {
                    news.schedule(staff, id, now.plus(Duration.ofDays(a.scheduledInDays())));
                }
            }
        }
    }

    private void library(DemoData data, Map<String, Viewer> people, Viewer staff) {
        int position = 0;
        for (var c : data.collections()) {
            library.createCollection(staff, c.slug(), c.name(), c.description(), ++position, c.reviewed());
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.UK);
        for (var i : data.items()) {
            var sharer = person(people, i.sharer());
            var details =
                    new ItemDetails(i.title(), i.description(), i.collection(), i.tags(), i.visibility(), i.link());
            long itemId;
            if (i.file() != null) {
                byte[] bytes = DemoData.file(i.file());
                try {
                    var upload = uploads.receive(sharer, i.file(), bytes.length, new ByteArrayInputStream(bytes));
                    itemId = library.shareFile(sharer, upload.getToken(), details)
                            .getId();
                } catch (UploadRefusedException e) {
                    throw new IllegalStateException("Demo file " + i.file() + " refused: " + e.getMessage(), e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                itemId = library.shareLink(sharer, details).getId();
            }
            if (i.reviewInDays() != null) {
                library.setReview(staff, itemId, i.sharer(), today.plusDays(i.reviewInDays()));
            }
        }
    }

    private void events(DemoData data, Map<String, Viewer> people, Viewer staff) {
        Instant now = clock.instant();
        for (var e : data.events()) {
            Instant starts =
                    now.plus(Duration.ofDays(e.startsInDays())).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
            Instant ends = starts.plus(Duration.ofMinutes(
                    e.hours().multiply(java.math.BigDecimal.valueOf(60)).longValue()));
            // Announced, with registration open, up to two months before it starts (a week ago at the latest).
            Instant announced = starts.minus(Duration.ofDays(60));
            if (announced.isAfter(now.minus(Duration.ofDays(7)))) {
                announced = now.minus(Duration.ofDays(7));
            }
            var details = new EventDetails(
                    e.title(),
                    e.kind(),
                    starts,
                    ends,
                    e.venue(),
                    e.onlineUrl(),
                    e.region(),
                    e.description(),
                    e.capacity(),
                    announced,
                    starts.minus(Duration.ofDays(1)),
                    e.visibility(),
                    e.cpdHours(),
                    e.byApplication());
            var id = clocks.telling(announced, () -> {
                long made = events.create(staff, details).getId();
                events.publish(staff, made);
                return made;
            });
            // Registering and applying while registration was open; checking in on the day.
            Instant open = announced.plus(Duration.ofHours(1));
            clocks.telling(open, () -> {
                for (String username : e.registered()) {
                    registrations.register(person(people, username), id, null);
                }
                for (var application : e.applications()) {
                    applications.apply(person(people, application.user()), id, application.statement(), null);
                    if (application.decision() != null) {
                        applications.decide(
                                staff,
                                id,
                                person(people, application.user()).memberId(),
                                org.ccionetwork.portal.events.Applications.Decision.valueOf(application.decision()));
                    }
                }
                return null;
            });
            if (!e.checkedIn().isEmpty()) {
                clocks.telling(starts.plus(Duration.ofMinutes(20)), () -> {
                    for (String username : e.checkedIn()) {
                        attendance.checkIn(staff, id, person(people, username).memberId());
                    }
                    return null;
                });
            }
            for (var s : e.slides()) {
                clocks.telling(ends.plus(Duration.ofDays(1)), () -> {
                    var shared = new ItemDetails(
                            s.title(),
                            s.description(),
                            org.ccionetwork.portal.events.EventSlides.COLLECTION,
                            List.of("slides", "clinical-safety"),
                            e.visibility(),
                            s.link());
                    long itemId = library.shareLink(person(people, s.sharer()), shared)
                            .getId();
                    return sharedItems.shareFor(staff, itemId, "event-" + id);
                });
            }
            if (!e.discussion().isEmpty()) {
                var first = e.discussion().getFirst();
                Instant after = ends.plus(Duration.ofHours(3));
                long topicId = clocks.telling(after, () -> events.discuss(person(people, first.author()), id));
                for (int r = 0; r < e.discussion().size(); r++) {
                    var reply = e.discussion().get(r);
                    clocks.telling(
                            after.plus(Duration.ofHours(2L * r + 1)),
                            () -> posting.reply(person(people, reply.author()), topicId, reply.body(), null));
                }
            }
        }
    }

    private static Viewer person(Map<String, Viewer> people, String username) {
        var viewer = people.get(username);
        if (viewer == null) {
            throw new IllegalStateException("No demo person " + username);
        }
        return viewer;
    }
}
