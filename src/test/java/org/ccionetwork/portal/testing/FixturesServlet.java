package org.ccionetwork.portal.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ccionetwork.portal.forum.TopicKind;
import org.ccionetwork.portal.library.ItemDetails;
import org.ccionetwork.portal.library.LibraryService;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.news.ArticleContent;
import org.ccionetwork.portal.news.NewsService;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.Visibility;

/**
 * Test data for the browser tests, made through the portal's own services by a staff member of
 * the tests': POST /testing/fixtures with make=category|collection|topic|article|item|audit answers the
 * new thing's address (or slug); an article can carry tags, and stay a draft (status=draft) or be scheduled (status=scheduled, in-seconds=N); audit writes count entries in the audit log, named title 1 to title count, oldest first; digest writes the digest of the member named by user now; event makes an event (capacity, visibility, status=draft); rush has count new members register at once for the event named; reminders runs one round of event reminders; profile sets the profession, region and hidden fields of the member named by user. It is part of the test deployment only
 * ({@link Deployments#portalWithFixtures()}); the tests create what they need with it instead of
 * relying on the demo content, which the tests' portal does not load.
 */
@WebServlet("/testing/fixtures")
public class FixturesServlet extends HttpServlet {

    @Inject
    private MemberService members;

    @Inject
    private org.ccionetwork.portal.forum.Categories categories;

    @Inject
    private org.ccionetwork.portal.forum.Posting posting;

    @Inject
    private NewsService news;

    @Inject
    private LibraryService library;

    @Inject
    private org.ccionetwork.portal.audit.AuditLog audit;

    @Inject
    private org.ccionetwork.portal.notify.DigestWriter digests;

    @Inject
    private java.time.Clock clock;

    @Inject
    private org.ccionetwork.portal.events.EventService events;

    @Inject
    private org.ccionetwork.portal.events.Registrations registrations;

    @Inject
    private org.ccionetwork.portal.events.EventReminders reminders;

    @jakarta.annotation.Resource
    private jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var staff = staff();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String title = param(request, "title", "Fixture " + unique);
        String made = switch (param(request, "make", "")) {
            case "category" ->
                categories
                        .createCategory(
                                staff,
                                "fixture-" + unique,
                                "Fixture category " + unique,
                                "A category the tests made.",
                                "#005eb8",
                                100,
                                Visibility.valueOf(param(request, "visibility", "PUBLIC")),
                                null)
                        .getSlug();
            case "collection" ->
                library.createCollection(
                                staff,
                                "fixture-" + unique,
                                "Fixture collection " + unique,
                                "A collection the tests made.",
                                100,
                                false)
                        .getSlug();
            case "topic" ->
                org.ccionetwork.portal.forum.Links.topic(posting.startTopic(
                                staff,
                                categories
                                        .category(staff, param(request, "category", ""))
                                        .getId(),
                                title,
                                param(request, "body", "A topic the tests made."),
                                TopicKind.DISCUSSION,
                                org.ccionetwork.portal.text.Tags.parse(param(request, "tags", ""), 8))
                        .getId());
            case "article" -> {
                var article = news.create(
                        staff,
                        new ArticleContent(
                                title,
                                "An article the tests made.",
                                param(request, "body", "Words of a **test** article."),
                                org.ccionetwork.portal.text.Tags.parse(param(request, "tags", ""), 8),
                                null,
                                null,
                                Visibility.valueOf(param(request, "visibility", "PUBLIC")),
                                null),
                        List.of());
                switch (param(request, "status", "")) {
                    case "draft" -> {
                        // stays a draft
                    }
                    case "scheduled" ->
                        news.schedule(
                                staff,
                                article.getId(),
                                java.time.Instant.now()
                                        .plusSeconds(Long.parseLong(param(request, "in-seconds", "60"))));
                    default -> news.publishNow(staff, article.getId());
                }
                yield org.ccionetwork.portal.news.Links.article(article.getSlug());
            }
            case "item" ->
                org.ccionetwork.portal.library.Links.item(library.shareLink(
                                staff,
                                new ItemDetails(
                                        title,
                                        "A link the tests shared.",
                                        param(request, "collection", ""),
                                        List.of(),
                                        Visibility.valueOf(param(request, "visibility", "PUBLIC")),
                                        "https://example.org/" + unique))
                        .getId());
            case "audit" -> {
                int count = Integer.parseInt(param(request, "count", "1"));
                for (int i = 1; i <= count; i++) {
                    audit.record(staff.memberId(), "fixture.audit", title + " " + i, "made by the tests");
                }
                yield String.valueOf(count);
            }
            case "event" -> {
                // An event starting in a week (on the minute, as the desk's form writes times), registration
                // open now; published unless status=draft.
                var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
                var event = events.create(
                        staff,
                        new org.ccionetwork.portal.events.EventDetails(
                                title,
                                org.ccionetwork.portal.events.EventKind.REGIONAL,
                                now.plus(java.time.Duration.ofDays(7)),
                                now.plus(java.time.Duration.ofDays(7)).plus(java.time.Duration.ofHours(6)),
                                "Leeds Town Hall, The Headrow, Leeds LS1 3AD",
                                "https://meet.example.org/" + unique,
                                "Yorkshire",
                                "A day of talks. **Lunch** is provided.",
                                Integer.parseInt(param(request, "capacity", "60")),
                                now.minusSeconds(60),
                                now.plus(java.time.Duration.ofDays(6)),
                                Visibility.valueOf(param(request, "visibility", "PUBLIC")),
                                new java.math.BigDecimal("5.5"),
                                "application".equals(param(request, "places", ""))));
                if (!"draft".equals(param(request, "status", ""))) {
                    events.publish(staff, event.getId());
                }
                yield event.getSlug();
            }
            case "rush" -> {
                // count members register at once for the event (by slug), each on a thread of its own.
                var event = events.event(staff, param(request, "event", ""));
                int count = Integer.parseInt(param(request, "count", "100"));
                var viewers = new java.util.ArrayList<Viewer>();
                for (int i = 0; i < count; i++) {
                    var member = members.recordSignIn(new SignInClaims(
                            "rush-" + unique + "-" + i,
                            "rush-" + unique + "-" + i,
                            "Rush " + i,
                            null,
                            null,
                            null,
                            Set.of(Role.MEMBER)));
                    viewers.add(new Viewer(member.getId(), Set.of(Role.MEMBER)));
                }
                var start = new java.util.concurrent.CountDownLatch(1);
                var outcomes = new java.util.concurrent.ConcurrentHashMap<String, Integer>();
                var threads = new java.util.ArrayList<java.util.concurrent.Future<?>>();
                for (Viewer viewer : viewers) {
                    threads.add(executor.submit(() -> {
                        try {
                            start.await();
                            outcomes.merge(
                                    registrations
                                            .register(viewer, event.getId(), null)
                                            .name(),
                                    1,
                                    Integer::sum);
                        } catch (Exception e) {
                            outcomes.merge("ERROR " + e.getClass().getSimpleName(), 1, Integer::sum);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (var thread : threads) {
                    try {
                        thread.get(120, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        outcomes.merge("UNFINISHED", 1, Integer::sum);
                    }
                }
                yield new java.util.TreeMap<>(outcomes) + " placesTaken="
                        + events.event(staff, event.getSlug()).getPlacesTaken();
            }
            case "reminders" ->
                // One round of the events' reminders and needs deletion (the tests' portal runs none by itself).
                String.valueOf(reminders.run());
            case "digest" -> {
                // The member's digest, now (the tests' portal writes none by itself): "written" or "nothing".
                digests.ensureRows();
                long memberId = members.byUsernames(List.of(param(request, "user", "")))
                        .getFirst()
                        .getId();
                yield digests.write(memberId, clock.instant()) ? "written" : "nothing";
            }
            case "profile" -> {
                // The member's profession and region, and the fields they hide (names of Profile.Field).
                var member =
                        members.byUsernames(List.of(param(request, "user", ""))).getFirst();
                var hidden = java.util.EnumSet.noneOf(org.ccionetwork.portal.members.Profile.Field.class);
                for (String field : param(request, "hidden", "").split(",")) {
                    if (!field.isBlank()) {
                        hidden.add(org.ccionetwork.portal.members.Profile.Field.valueOf(field.strip()));
                    }
                }
                members.updateProfile(
                        new Viewer(member.getId(), member.roles()),
                        new org.ccionetwork.portal.members.Profile(
                                null,
                                org.ccionetwork.portal.members.ProfessionalRole.valueOf(
                                        param(request, "role", "OTHER")),
                                null,
                                null,
                                param(request, "region", null),
                                null,
                                List.of(),
                                "",
                                hidden));
                yield "saved";
            }
            default -> null;
        };
        if (made == null) {
            response.sendError(
                    HttpServletResponse.SC_BAD_REQUEST,
                    "make=category|collection|topic|article|item|audit|digest|event|rush|reminders|profile");
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(made);
    }

    /** The name of a category made here, from its slug. */
    public static String categoryName(String slug) {
        return "Fixture category " + slug.substring("fixture-".length());
    }

    private Viewer staff() {
        Set<Role> roles = Set.of(Role.MEMBER, Role.MODERATOR, Role.ADMIN);
        // Recorded once: fixtures asked at the same moment (on two nodes) would otherwise both update the row.
        var member = members.findBySubject("fixtures-staff")
                .orElseGet(() -> members.recordSignIn(new SignInClaims(
                        "fixtures-staff", "fixtures-staff", "Fixture Staff", null, null, null, roles)));
        return new Viewer(member.getId(), roles);
    }

    private static String param(HttpServletRequest request, String name, String otherwise) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
