package org.ccionetwork.portal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.Fixtures;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.KeycloakUsers;
import org.ccionetwork.portal.testing.Mailbox;
import org.ccionetwork.portal.testing.PortalClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Events in the running portal: who sees what (visitor, member, moderator × public, members-only,
 * draft), the desk's refusals, the calendar files, registering through the page's form with a full
 * event's waiting list and a cancellation that promotes, and a rush of 100 members for 60 places.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
class EventsIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFixtures();
    }

    @ArquillianResource
    private java.net.URL url;

    private String portal() {
        return url.toString().replaceAll("/+$", "");
    }

    private static String page(String slug) {
        return "/events/event.xhtml?e=" + slug;
    }

    @Test
    void eachSeesTheEventsTheyMayAndNoOneElse() {
        var fixtures = new Fixtures(portal());
        String open = fixtures.event(Visibility.PUBLIC, "Open day " + RUN, 60, false);
        String members = fixtures.event(Visibility.MEMBERS, "Members day " + RUN, 60, false);
        String draft = fixtures.event(Visibility.PUBLIC, "Draft day " + RUN, 60, true);
        var visitor = new PortalClient(portal());
        var member = new PortalClient(portal());
        member.signIn("member", "member", "/");
        var moderator = new PortalClient(portal());
        moderator.signIn("moderator", "moderator", "/");

        Map<String, List<Integer>> expected = Map.of(
                open, List.of(200, 200, 200),
                members, List.of(404, 200, 200),
                draft, List.of(404, 404, 200));
        expected.forEach((slug, statuses) -> {
            assertEquals(statuses.get(0), visitor.get(page(slug)).statusCode(), "visitor, " + slug);
            assertEquals(statuses.get(1), member.get(page(slug)).statusCode(), "member, " + slug);
            assertEquals(statuses.get(2), moderator.get(page(slug)).statusCode(), "moderator, " + slug);
            assertEquals(
                    statuses.get(0),
                    visitor.get("/api/events/" + slug + ".ics").statusCode(),
                    "visitor's .ics, " + slug);
        });
        assertEquals(404, visitor.get(page("no-such-event")).statusCode());

        // The list: what each may see.
        String visitorList = visitor.get("/events/").body();
        assertTrue(visitorList.contains("Open day " + RUN));
        assertFalse(visitorList.contains("Members day " + RUN));
        assertFalse(visitorList.contains("Draft day " + RUN));
        String memberList = member.get("/events/").body();
        assertTrue(memberList.contains("Members day " + RUN));
        assertFalse(memberList.contains("Draft day " + RUN));
        // The home page shows what comes next.
        assertTrue(visitor.get("/").body().contains("Coming up"));

        // The desk is the moderators'.
        assertEquals(302, visitor.get("/events/desk/").statusCode(), "to sign in");
        assertEquals(404, member.get("/events/desk/").statusCode());
        assertEquals(404, member.get("/events/desk/edit.xhtml").statusCode());
        assertEquals(200, moderator.get("/events/desk/").statusCode());
        assertTrue(moderator.get("/events/desk/").body().contains("Draft day " + RUN));

        // The public calendar feed: public events only.
        String feed = visitor.get("/api/events/public.ics").body();
        assertTrue(feed.contains("SUMMARY:Open day " + RUN), feed);
        assertFalse(feed.contains("Members day " + RUN));
        assertFalse(feed.contains("Draft day " + RUN));
    }

    @Test
    void anEventsCalendarFileSaysWhenWhereAndWhichVersion() {
        var fixtures = new Fixtures(portal());
        String slug = fixtures.event(Visibility.PUBLIC, "Calendar day, with; commas " + RUN, 60, false);
        var answer = new PortalClient(portal()).get("/api/events/" + slug + ".ics");
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String ics = answer.body();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("SUMMARY:Calendar day\\, with\\; commas " + RUN + "\r\n"), ics);
        assertTrue(
                Pattern.compile("\r\nDTSTART:\\d{8}T\\d{6}Z\r\n").matcher(ics).find(), ics);
        assertTrue(Pattern.compile("\r\nDTEND:\\d{8}T\\d{6}Z\r\n").matcher(ics).find(), ics);
        assertTrue(ics.contains("\r\nSEQUENCE:1\r\n"), "made (0), then published (1): " + ics);
        assertTrue(ics.contains("\r\nUID:event-"), ics);
        assertTrue(ics.contains("LOCATION:Leeds Town Hall\\, The Headrow\\, Leeds LS1 3AD"), ics);
        assertFalse(ics.contains("meet.example.org"), "no joining link for someone not registered");
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        ics.lines()
                .forEach(line -> assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line));
    }

    @Test
    void aFullEventPutsTheNextOnTheWaitingListAndACancellationPromotesThem() throws Exception {
        var fixtures = new Fixtures(portal());
        String slug = fixtures.event(Visibility.PUBLIC, "Small room " + RUN, 1, false);
        var people = new java.util.ArrayList<PortalClient>();
        try (var users = new KeycloakUsers()) {
            for (String who : List.of("first", "second")) {
                users.createMember(who + "-" + RUN, "events-password");
                var client = new PortalClient(portal());
                client.signIn(who + "-" + RUN, "events-password", "/");
                people.add(client);
            }
        }
        var first = people.get(0);
        var second = people.get(1);
        String beforeRegistering = first.get(page(slug)).body();
        assertEquals("You have a place.", register(first, slug));
        assertTrue(first.get(page(slug)).body().contains("Join online"), "the joining link, to those registered");
        assertEquals("You are on the waiting list: number 1.", register(second, slug));
        assertFalse(second.get(page(slug)).body().contains("Join online"));
        // Registering twice (the form of a second tab, opened before) takes no second place: the
        // page that comes back says where they stand.
        var twice = first.postForm(
                page(slug),
                PortalClient.form(beforeRegistering, "registration-form", "registration-form:register", Map.of()));
        assertEquals(200, twice.statusCode(), "the page again, no error");
        assertEquals(
                "You have a place.",
                Jsoup.parse(twice.body()).getElementById("standing").text());
        assertEquals("You have a place.", standing(first, slug));
        assertEquals("You are on the waiting list: number 1.", standing(second, slug));
        // The one with a place cancels: the first on the waiting list has it now.
        var page = first.get(page(slug)).body();
        var cancelled = first.postForm(
                page(slug),
                PortalClient.form(page, "registration-form", "registration-form:cancel-registration", Map.of()));
        assertEquals(302, cancelled.statusCode());
        assertEquals("You have a place.", standing(second, slug));
        assertTrue(second.get("/events/").body().contains("Small room " + RUN), "in their registrations");
        // ...and is told by mail.
        var told = Mailbox.await("second-" + RUN + "@example.org", "A place at “Small room " + RUN + "” is yours");
        assertTrue(told.contains("you were first on the waiting list"), told);

        // A moderator cancels the event from the desk: those registered are told.
        var moderator = new PortalClient(portal());
        moderator.signIn("moderator", "moderator", "/");
        var desk = Jsoup.parse(moderator.get("/events/desk/").body());
        var row = desk.select("tr:has(a:containsOwn(Small room " + RUN + "))").first();
        assertTrue(row != null, "the event is on the desk");
        String button = row.select("input[value=Cancel the event]").attr("name");
        var fields = PortalClient.form(desk.outerHtml(), "desk-form", button, Map.of());
        fields.keySet().removeIf(k -> k.endsWith(":publish") || (k.endsWith(":cancel") && !k.equals(button)));
        assertEquals(302, moderator.postForm("/events/desk/", fields).statusCode());
        assertTrue(second.get(page(slug)).body().contains("This event has been cancelled."));
        var cancellation = Mailbox.await("second-" + RUN + "@example.org", "“Small room " + RUN + "” is cancelled");
        assertTrue(cancellation.contains("The organisers have cancelled the event"), cancellation);
    }

    @Test
    void organisersSeeWhoIsComingAndCheckingInRecordsTheCpdHours() throws Exception {
        var fixtures = new Fixtures(portal());
        String slug = fixtures.event(Visibility.PUBLIC, "Check-in day " + RUN, 5, false);
        var attendee = new PortalClient(portal());
        try (var users = new KeycloakUsers()) {
            users.createMember("attendee-" + RUN, "events-password");
        }
        attendee.signIn("attendee-" + RUN, "events-password", "/");
        assertEquals("You have a place.", register(attendee, slug));

        var moderator = new PortalClient(portal());
        moderator.signIn("moderator", "moderator", "/");
        var desk = Jsoup.parse(moderator.get("/events/desk/").body());
        String attendeesPath = desk.select("tr:has(a:containsOwn(Check-in day " + RUN + ")) a:containsOwn(Attendees)")
                .attr("href");
        assertTrue(attendeesPath.startsWith("/events/desk/attendees.xhtml?id="), attendeesPath);
        String id = attendeesPath.substring(attendeesPath.indexOf("id=") + 3);
        var list = moderator.get(attendeesPath).body();
        assertTrue(list.contains("Test attendee-" + RUN), list);
        assertTrue(list.contains("Needs: Step-free access, please."), "needs, for organisers");

        // The CSV: organisers only.
        var csv = moderator.get("/events/desk/attendees.csv?id=" + id);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("Name,Email,Organisation,Standing,Needs,Checked in\r\n"), csv.body());
        assertTrue(
                csv.body()
                        .contains("Test attendee-" + RUN + ",attendee-" + RUN
                                + "@example.org,,Place,\"Step-free access, please.\","),
                csv.body());
        assertEquals(404, attendee.get("/events/desk/attendees.csv?id=" + id).statusCode());
        assertEquals(404, attendee.get(attendeesPath).statusCode());

        // Checked in on the day: the member's CPD record has the event and its hours.
        assertTrue(attendee.get("/members/cpd.xhtml").body().contains("Nothing yet"));
        var page = Jsoup.parse(list);
        String button =
                page.select("input[value=Check in Test attendee-" + RUN + "]").attr("name");
        assertFalse(button.isEmpty(), "a check-in button");
        var checked = moderator.postForm(attendeesPath, PortalClient.form(list, "attendees-form", button, Map.of()));
        assertEquals(302, checked.statusCode());
        assertTrue(moderator.get(attendeesPath).body().contains("Checked in"));
        var cpd = Jsoup.parse(attendee.get("/members/cpd.xhtml").body());
        assertTrue(cpd.getElementById("cpd-entries").text().contains("Check-in day " + RUN + " "), cpd.text());
        assertTrue(cpd.getElementById("cpd-entries").text().contains("5.5"), cpd.text());
        // The same form again (a second phone) checks nobody in twice: the list comes back as it is.
        var checkedTwice =
                moderator.postForm(attendeesPath, PortalClient.form(list, "attendees-form", button, Map.of()));
        assertEquals(200, checkedTwice.statusCode());
        assertTrue(checkedTwice.body().contains("Checked in"));
        assertEquals(
                1,
                Jsoup.parse(attendee.get("/members/cpd.xhtml").body())
                        .select("#cpd-entries tbody tr")
                        .size());

        // The certificate: a PDF naming the member, the event and the hours, with an address that
        // anyone can open to see it is genuine.
        String certificatePath = cpd.select("#cpd-entries a.certificate-link").attr("href");
        assertEquals("/members/cpd/certificate.pdf?e=" + id, certificatePath);
        var pdf = attendee.getBytes(certificatePath);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("Certificate of attendance"), text);
        assertTrue(text.contains("Test attendee-" + RUN), text);
        assertTrue(text.contains("Check-in day " + RUN), text);
        assertTrue(text.contains("for 5.5 hours"), text);
        var verification = Pattern.compile("(http\\S+/cpd/verify\\.xhtml\\?c=([0-9a-f]{32}))")
                .matcher(text);
        assertTrue(verification.find(), text);
        var visitor = new PortalClient(portal());
        var genuine = visitor.get(verification.group(1));
        assertEquals(200, genuine.statusCode());
        var check = Jsoup.parse(genuine.body());
        assertFalse(check.select("#certificate-genuine").isEmpty(), genuine.body());
        assertEquals(
                "Test attendee-" + RUN,
                check.getElementById("certificate-member").text());
        assertEquals(
                "Check-in day " + RUN, check.getElementById("certificate-event").text());
        assertEquals("5.5", check.getElementById("certificate-hours").text());
        assertFalse(visitor.hasPortalSession(), "checking a certificate needs no session");
        // The same certificate asked again keeps its code.
        try (var again = org.apache.pdfbox.Loader.loadPDF(
                attendee.getBytes(certificatePath).body())) {
            assertTrue(
                    new org.apache.pdfbox.text.PDFTextStripper().getText(again).contains(verification.group(2)));
        }
        // A changed code is not a certificate; nor is another member's event theirs to download.
        String code = verification.group(2);
        String changed = (code.charAt(0) == 'a' ? "b" : "a") + code.substring(1);
        var forged = visitor.get("/cpd/verify.xhtml?c=" + changed);
        assertEquals(404, forged.statusCode());
        assertTrue(forged.body().contains("No certificate has this code"), forged.body());
        assertEquals(404, visitor.get("/cpd/verify.xhtml?c=%27%20or%201=1").statusCode());
        var member = new PortalClient(portal());
        member.signIn("member", "member", "/");
        var others = member.getBytes(certificatePath);
        assertEquals(
                404,
                others.statusCode(),
                new String(others.body(), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .substring(0, Math.min(3000, others.body().length)));
        assertEquals(404, member.getBytes("/members/cpd/certificate.pdf?e=x1").statusCode());
    }

    @Test
    void aMembersCalendarLinkListsTheirPlacesUntilItIsReplacedOrTurnedOff() throws Exception {
        var fixtures = new Fixtures(portal());
        String slug = fixtures.event(Visibility.MEMBERS, "Feed day " + RUN, 5, false);
        String other = fixtures.event(Visibility.PUBLIC, "Not mine " + RUN, 5, false);
        var member = new PortalClient(portal());
        try (var users = new KeycloakUsers()) {
            users.createMember("feed-" + RUN, "events-password");
        }
        member.signIn("feed-" + RUN, "events-password", "/");
        assertEquals("You have a place.", register(member, slug));

        String page = member.get("/members/calendar.xhtml").body();
        assertTrue(page.contains("You have no calendar link."), page);
        var made = member.postForm(
                "/members/calendar.xhtml", PortalClient.form(page, "calendar-form", "calendar-form:renew", Map.of()));
        assertEquals(200, made.statusCode());
        String link = Jsoup.parse(made.body()).getElementById("calendar-link").attr("value");
        assertTrue(link.matches("http://localhost:\\d+/api/events/mine/[A-Za-z0-9_-]{43}\\.ics"), link);
        // Shown once: the page does not show it again.
        String later = member.get("/members/calendar.xhtml").body();
        assertFalse(later.contains(link), "the secret is shown only when made");
        assertTrue(later.contains("You have a calendar link"), later);

        // A calendar program, without signing in, gets the member's places and nothing else.
        var calendar = new PortalClient(portal());
        var feed = calendar.get(link);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(feed.body().contains("SUMMARY:Feed day " + RUN), feed.body());
        assertFalse(feed.body().contains("Not mine " + RUN), feed.body());
        assertFalse(calendar.hasPortalSession());
        assertFalse(other.isEmpty());

        // A new link: the old one is not found.
        var renewed = member.postForm(
                "/members/calendar.xhtml", PortalClient.form(later, "calendar-form", "calendar-form:renew", Map.of()));
        String second =
                Jsoup.parse(renewed.body()).getElementById("calendar-link").attr("value");
        assertFalse(second.equals(link));
        assertEquals(404, calendar.get(link).statusCode());
        assertEquals(200, calendar.get(second).statusCode());

        // Turned off: not found either; a guessed or malformed secret neither.
        String now = member.get("/members/calendar.xhtml").body();
        member.postForm(
                "/members/calendar.xhtml", PortalClient.form(now, "calendar-form", "calendar-form:revoke", Map.of()));
        assertEquals(404, calendar.get(second).statusCode());
        assertTrue(member.get("/members/calendar.xhtml").body().contains("You have no calendar link."));
        assertEquals(
                404, calendar.get("/api/events/mine/" + "A".repeat(43) + ".ics").statusCode());
        assertEquals(404, calendar.get("/api/events/mine/..%2Fpublic.ics").statusCode());
    }

    @Test
    void theDeskDuplicatesAnEventAndTheMonthViewShowsEachOnItsDay() {
        var fixtures = new Fixtures(portal());
        String slug = fixtures.event(Visibility.PUBLIC, "Monthly meeting " + RUN, 60, false);
        var moderator = new PortalClient(portal());
        moderator.signIn("moderator", "moderator", "/");
        var desk = Jsoup.parse(moderator.get("/events/desk/").body());
        var row = desk.select("tr:has(a:containsOwn(Monthly meeting " + RUN + "))")
                .first();
        assertTrue(row != null, "the event is on the desk");
        String button = row.select("input[value=Duplicate]").attr("name");
        var copied =
                moderator.postForm("/events/desk/", PortalClient.form(desk.outerHtml(), "desk-form", button, Map.of()));
        assertEquals(302, copied.statusCode());
        assertTrue(
                PortalClient.location(copied).contains("/events/desk/edit.xhtml?id="), PortalClient.location(copied));
        var edit = Jsoup.parse(moderator.follow(PortalClient.location(copied)).body());
        assertEquals(
                "Copy of Monthly meeting " + RUN,
                edit.getElementById("event-form:title").attr("value"));
        assertTrue(moderator.get("/events/desk/").body().contains("Copy of Monthly meeting " + RUN));
        assertFalse(new PortalClient(portal()).get("/events/").body().contains("Copy of Monthly meeting"), "a draft");

        // The month view: the event on its day (in UK time), and a month that cannot be read shows this one.
        var visitor = new PortalClient(portal());
        String when = Jsoup.parse(visitor.get(page(slug)).body())
                .select("#event-when time")
                .first()
                .text();
        var day = java.time.LocalDate.parse(
                when.substring(0, when.indexOf(',')),
                java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK));
        var month = Jsoup.parse(visitor.get("/events/calendar.xhtml?month=" + java.time.YearMonth.from(day))
                .body());
        var cell = month.select("#calendar td:has(a:containsOwn(Monthly meeting " + RUN + "))")
                .first();
        assertTrue(cell != null, month.text());
        assertEquals(
                String.valueOf(day.getDayOfMonth()),
                cell.select(".calendar-date [aria-hidden]").text(),
                cell.text());
        assertFalse(month.text().contains("Copy of Monthly meeting"));
        assertEquals(200, visitor.get("/events/calendar.xhtml?month=junk").statusCode());
    }

    /** The plain text of the message to the address with this subject, once it has arrived. */
    @Test
    void aHundredMembersRushingForSixtyPlacesGetSixtyPlacesAndFortyOnTheWaitingList() {
        var fixtures = new Fixtures(portal());
        String slug = fixtures.event(Visibility.PUBLIC, "The rush " + RUN, 60, false);
        assertEquals("{REGISTERED=60, WAITING=40} placesTaken=60", fixtures.rush(slug, 100));
    }

    @Test
    void anAdminNamesAnOrganiserWhoRunsThatEventAndNoOther() {
        var fixtures = new Fixtures(portal());
        fixtures.event(Visibility.PUBLIC, "Run by them " + RUN, 5, true);
        String otherSlug = fixtures.event(Visibility.PUBLIC, "Run by others " + RUN, 5, false);
        var organiser = new PortalClient(portal());
        try (var users = new KeycloakUsers()) {
            users.createMember("organiser-" + RUN, "events-password");
        }
        organiser.signIn("organiser-" + RUN, "events-password", "/");
        assertEquals(404, organiser.get("/events/desk/").statusCode(), "not yet an organiser");
        assertFalse(organiser.get("/events/").body().contains("id=\"events-desk\""));

        var admin = new PortalClient(portal());
        admin.signIn("admin", "admin", "/");
        String mine = deskId(admin, "Run by them " + RUN);
        String others = deskId(admin, "Run by others " + RUN);
        String organisersPath = "/events/desk/organisers.xhtml?id=" + mine;
        var moderator = new PortalClient(portal());
        moderator.signIn("moderator", "moderator", "/");
        assertEquals(404, moderator.get(organisersPath).statusCode(), "naming organisers is for admins");
        var member = new PortalClient(portal());
        member.signIn("member", "member", "/");
        assertEquals(404, member.get(organisersPath).statusCode());

        // Bad input: refused beside the field, what was typed kept.
        String page = admin.get(organisersPath).body();
        var unknown = admin.postForm(
                organisersPath,
                PortalClient.form(
                        page,
                        "organisers-form",
                        "organisers-form:add",
                        Map.of("organisers-form:who", "nobody-" + RUN)));
        assertEquals(200, unknown.statusCode());
        var refused = Jsoup.parse(unknown.body());
        assertTrue(
                refused.getElementById("organisers-form:who-message").text().contains("No member has that"),
                unknown.body());
        assertEquals(
                "nobody-" + RUN, refused.getElementById("organisers-form:who").attr("value"));
        var empty = admin.postForm(
                organisersPath,
                PortalClient.form(page, "organisers-form", "organisers-form:add", Map.of("organisers-form:who", " ")));
        assertTrue(Jsoup.parse(empty.body())
                .getElementById("organisers-form:who-message")
                .text()
                .contains("Give the member"));
        var named = admin.postForm(
                organisersPath,
                PortalClient.form(
                        page,
                        "organisers-form",
                        "organisers-form:add",
                        Map.of("organisers-form:who", "ORGANISER-" + RUN)));
        assertEquals(302, named.statusCode(), Jsoup.parse(named.body()).text());
        assertTrue(admin.get(organisersPath).body().contains("(organiser-" + RUN + ")"));

        // Who sees what, the organiser among them: their own draft they see (to check it before
        // publishing); someone else's draft they do not; members-only events as any member.
        String draftSlug = Jsoup.parse(admin.get("/events/desk/").body())
                .select("tr:has(a:containsOwn(Run by them " + RUN + ")) a:containsOwn(Run by them)")
                .attr("href")
                .replaceAll(".*e=", "");
        String othersDraft = fixtures.event(Visibility.PUBLIC, "Someone else's draft " + RUN, 5, true);
        String membersOnly = fixtures.event(Visibility.MEMBERS, "Members only, run by others " + RUN, 5, false);
        assertEquals(200, organiser.get(page(draftSlug)).statusCode(), "their own draft");
        assertEquals(404, member.get(page(draftSlug)).statusCode());
        assertEquals(404, new PortalClient(portal()).get(page(draftSlug)).statusCode());
        assertEquals(404, organiser.get(page(othersDraft)).statusCode(), "another's draft");
        assertEquals(200, organiser.get(page(membersOnly)).statusCode());
        assertEquals(404, new PortalClient(portal()).get(page(membersOnly)).statusCode());

        // The organiser runs their event from the desk, and sees no other there.
        assertTrue(organiser.get("/events/").body().contains("id=\"events-desk\""), "the header offers the desk");
        var desk = organiser.get("/events/desk/");
        assertEquals(200, desk.statusCode());
        assertTrue(desk.body().contains("Run by them " + RUN));
        assertFalse(desk.body().contains("Run by others " + RUN));
        assertFalse(desk.body().contains("id=\"new-event\""), "new events are the moderators'");
        assertEquals(404, organiser.get("/events/desk/edit.xhtml").statusCode(), "nor may they make one");
        assertEquals(200, organiser.get("/events/desk/edit.xhtml?id=" + mine).statusCode());
        assertEquals(
                200, organiser.get("/events/desk/attendees.xhtml?id=" + mine).statusCode());
        assertEquals(200, organiser.get("/events/desk/attendees.csv?id=" + mine).statusCode());
        assertEquals(404, organiser.get("/events/desk/edit.xhtml?id=" + others).statusCode());
        assertEquals(
                404, organiser.get("/events/desk/attendees.xhtml?id=" + others).statusCode());
        assertEquals(
                404, organiser.get("/events/desk/attendees.csv?id=" + others).statusCode());
        assertEquals(404, organiser.get(organisersPath).statusCode(), "naming organisers is for admins");
        // The CSV servlet answers each by their own rights, whoever asked before them.
        assertEquals(404, member.get("/events/desk/attendees.csv?id=" + mine).statusCode());
        assertEquals(
                200, moderator.get("/events/desk/attendees.csv?id=" + others).statusCode());

        // They publish it from the desk.
        var published = organiser.postForm(
                "/events/desk/",
                PortalClient.form(
                        desk.body(), "desk-form", publishButton(desk.body(), "Run by them " + RUN), Map.of()));
        assertEquals(302, published.statusCode());
        assertTrue(organiser.get("/events/desk/").body().contains("published"));
        assertFalse(otherSlug.isEmpty());

        // Removed by the admin: the desk is gone for them.
        String now = admin.get(organisersPath).body();
        String remove = Jsoup.parse(now)
                .select("input[value=Remove Test organiser-" + RUN + "]")
                .attr("name");
        assertEquals(
                302,
                admin.postForm(organisersPath, PortalClient.form(now, "organisers-form", remove, Map.of()))
                        .statusCode());
        assertEquals(404, organiser.get("/events/desk/").statusCode());
        assertEquals(404, organiser.get("/events/desk/edit.xhtml?id=" + mine).statusCode());
    }

    @Test
    void placesByApplicationAreAwardedKeptInReserveOrDeclinedAndEachApplicantIsTold() throws Exception {
        var fixtures = new Fixtures(portal());
        String title = "Bursary school " + RUN;
        String slug = fixtures.eventByApplication(title, 1);
        var first = applicant("applicant1-" + RUN);
        var second = applicant("applicant2-" + RUN);
        var third = applicant("applicant3-" + RUN);

        String page = first.get(page(slug)).body();
        assertTrue(Jsoup.parse(page).getElementById("registration-form:register") == null, "no first-come register");
        // Bad input: an empty statement, or one byte over, is refused beside the field; the needs typed are kept.
        for (String statement : List.of("  ", "x".repeat(1501))) {
            var refused = first.postForm(
                    page(slug),
                    PortalClient.form(
                            page,
                            "registration-form",
                            "registration-form:apply",
                            Map.of("registration-form:statement", statement, "registration-form:needs", "Vegetarian")));
            assertEquals(200, refused.statusCode());
            var shown = Jsoup.parse(refused.body());
            assertFalse(
                    shown.getElementById("registration-form:statement-message")
                            .text()
                            .isEmpty(),
                    statement.length() + "");
            assertEquals(
                    "Vegetarian",
                    shown.getElementById("registration-form:needs").text());
        }
        assertEquals("", standing(first, slug));

        apply(first, slug, "I lead our EPR optimisation and would take the school's methods back to Leeds.");
        apply(second, slug, "A nurse informatician new to the role.");
        apply(third, slug, "A junior doctor building clinical decision support.");
        assertTrue(standing(first, slug).startsWith("You have applied."));

        var moderator = new PortalClient(portal());
        moderator.signIn("moderator", "moderator", "/");
        String attendees = "/events/desk/attendees.xhtml?id=" + deskId(moderator, title);
        String list = moderator.get(attendees).body();
        assertTrue(list.contains("I lead our EPR optimisation"), "statements, for the organisers");

        assertEquals(302, decide(moderator, attendees, "Award a place to Test applicant1-" + RUN));
        assertTrue(Mailbox.await("applicant1-" + RUN, "You have a place at “" + title + "”")
                .contains("awarded you a place"));
        assertEquals("You have a place.", standing(first, slug));
        // One place: the next award is refused, plainly.
        decide(moderator, attendees, "Award a place to Test applicant2-" + RUN);
        assertTrue(moderator.get(attendees).body().contains("Every place is awarded"));
        decide(moderator, attendees, "Keep Test applicant2-" + RUN + " in reserve");
        Mailbox.await("applicant2-" + RUN, "Your application for “" + title + "”: in reserve");
        assertTrue(standing(second, slug).startsWith("Your application is in reserve"));
        decide(moderator, attendees, "Decline Test applicant3-" + RUN);
        Mailbox.await("applicant3-" + RUN, "Your application for “" + title + "”");
        assertEquals("Your application was not successful this time.", standing(third, slug));

        // The first gives their place back: it can go to the reserve.
        String mine = first.get(page(slug)).body();
        first.postForm(
                page(slug),
                PortalClient.form(mine, "registration-form", "registration-form:cancel-registration", Map.of()));
        assertEquals(302, decide(moderator, attendees, "Award a place to Test applicant2-" + RUN));
        assertEquals("You have a place.", standing(second, slug));
        assertFalse(moderator.get(attendees).body().contains("Award a place to"), "nobody left to decide on");

        // Cancelled: those still hoping for a place (an application not yet decided) are told too.
        var undecided = applicant("applicant4-" + RUN);
        apply(undecided, slug, "A physiotherapist leading our community EPR work.");
        String desk = moderator.get("/events/desk/").body();
        String cancel = Jsoup.parse(desk)
                .select("tr:has(a:containsOwn(" + title + ")) input[value=Cancel the event]")
                .attr("name");
        assertEquals(
                302,
                moderator
                        .postForm("/events/desk/", PortalClient.form(desk, "desk-form", cancel, Map.of()))
                        .statusCode());
        Mailbox.await("applicant4-" + RUN, "“" + title + "” is cancelled");
        Mailbox.await("applicant2-" + RUN, "“" + title + "” is cancelled");
    }

    @Test
    void theProgrammesSessionsLieWithinTheEventAndShowOnItsPage() {
        var fixtures = new Fixtures(portal());
        String title = "Programme day " + RUN;
        String slug = fixtures.event(Visibility.PUBLIC, title, 20, false); // six hours from a week on
        var moderator = new PortalClient(portal());
        moderator.signIn("moderator", "moderator", "/");
        String path = "/events/desk/programme.xhtml?id=" + deskId(moderator, title);
        String page = moderator.get(path).body();
        var form = Jsoup.parse(page);
        String startsName =
                form.select("input[id^=programme-form:session-starts]").attr("name");
        String endsName = form.select("input[id^=programme-form:session-ends]").attr("name");
        String eventStarts =
                form.select("input[id^=programme-form:session-starts]").attr("value");
        var uk = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        var start = java.time.LocalDateTime.parse(eventStarts, uk);

        // Ending after the event (it lasts six hours): refused beside the field, the title kept.
        var refused = moderator.postForm(
                path,
                PortalClient.form(
                        page,
                        "programme-form",
                        "programme-form:add",
                        Map.of(
                                startsName,
                                eventStarts,
                                endsName,
                                start.plusHours(7).format(uk),
                                "programme-form:session-title",
                                "Closing plenary")));
        assertEquals(200, refused.statusCode());
        var shown = Jsoup.parse(refused.body());
        assertEquals(
                "A session ends by the time the event ends.",
                shown.getElementById("programme-form:session-ends-error").text());
        assertEquals(
                "Closing plenary",
                shown.getElementById("programme-form:session-title").attr("value"));

        var added = moderator.postForm(
                path,
                PortalClient.form(
                        page,
                        "programme-form",
                        "programme-form:add",
                        Map.of(
                                startsName,
                                start.plusHours(1).format(uk),
                                endsName,
                                start.plusHours(2).format(uk),
                                "programme-form:session-title",
                                "Alert fatigue: what Leeds switched off",
                                "programme-form:session-speakers",
                                "Dr Priya Shah, CCIO")));
        assertEquals(302, added.statusCode(), Jsoup.parse(added.body()).text());
        var programme =
                Jsoup.parse(new PortalClient(portal()).get(page(slug)).body()).getElementById("programme");
        assertTrue(programme.text().contains("Alert fatigue: what Leeds switched off"), programme.text());
        assertTrue(programme.text().contains("Dr Priya Shah, CCIO"));
        assertTrue(programme
                .text()
                .contains(start.plusHours(2).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"))));
        var member = new PortalClient(portal());
        member.signIn("member", "member", "/");
        assertEquals(404, member.get(path).statusCode(), "the programme's desk is the organisers'");

        // The event shortened past a session: refused beside its end, nothing changed.
        String id = path.substring(path.indexOf("id=") + 3);
        String editPath = "/events/desk/edit.xhtml?id=" + id;
        String edit = moderator.get(editPath).body();
        String eventEnds =
                Jsoup.parse(edit).select("input[id^=event-form:ends]").attr("name");
        var shortened = moderator.postForm(
                editPath,
                PortalClient.form(
                        edit,
                        "event-form",
                        "event-form:save",
                        Map.of(eventEnds, start.plusHours(1).plusMinutes(30).format(uk))));
        assertEquals(200, shortened.statusCode());
        assertTrue(
                Jsoup.parse(shortened.body())
                        .getElementById("event-form:ends-error")
                        .text()
                        .contains("would fall outside the event"),
                shortened.body());
        // Moved a day later: the programme moves with it.
        String moved = Jsoup.parse(edit).select("input[id^=event-form:starts]").attr("name");
        var later = moderator.postForm(
                editPath,
                PortalClient.form(
                        edit,
                        "event-form",
                        "event-form:save",
                        Map.of(
                                moved,
                                start.plusDays(1).format(uk),
                                eventEnds,
                                start.plusDays(1).plusHours(6).format(uk))));
        assertEquals(302, later.statusCode(), Jsoup.parse(later.body()).text());
        String dayAfter = Jsoup.parse(new PortalClient(portal()).get(page(slug)).body())
                .getElementById("programme")
                .text();
        var asShown = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.UK);
        assertTrue(dayAfter.contains(start.plusDays(1).plusHours(1).format(asShown)), start + " " + dayAfter);
        // A duplicate has the programme too.
        String desk = moderator.get("/events/desk/").body();
        String duplicate = Jsoup.parse(desk)
                .select("tr:has(a:containsOwn(" + title + ")) input[value=Duplicate]")
                .attr("name");
        var copied = moderator.postForm("/events/desk/", PortalClient.form(desk, "desk-form", duplicate, Map.of()));
        String copyEdit = PortalClient.location(copied);
        String copyId = copyEdit.substring(copyEdit.indexOf("id=") + 3);
        assertTrue(moderator
                .get("/events/desk/programme.xhtml?id=" + copyId)
                .body()
                .contains("Alert fatigue: what Leeds switched off"));
    }

    @Test
    void membersDiscussAnEventInOneForumTopic() {
        var fixtures = new Fixtures(portal());
        String slug = fixtures.event(Visibility.PUBLIC, "Discussed day " + RUN, 20, false);
        var member = new PortalClient(portal());
        member.signIn("member", "member", "/");
        String page = member.get(page(slug)).body();
        var opened =
                member.postForm(page(slug), PortalClient.form(page, "discuss-form", "discuss-form:discuss", Map.of()));
        assertEquals(302, opened.statusCode());
        String topic = PortalClient.location(opened);
        assertTrue(topic.contains("/forum/topic.xhtml?id="), topic);
        String opening = member.get(topic).body();
        assertTrue(opening.contains("Discussion of the event"), "the topic names the event");
        assertTrue(opening.contains("Discussed day " + RUN));

        var moderator = new PortalClient(portal());
        moderator.signIn("moderator", "moderator", "/");
        String again = moderator.get(page(slug)).body();
        var same = moderator.postForm(
                page(slug), PortalClient.form(again, "discuss-form", "discuss-form:discuss", Map.of()));
        assertEquals(topic, PortalClient.location(same), "one topic for everyone");
        // A visitor sees the count and is asked to sign in, without a session.
        var visitor = new PortalClient(portal());
        var shown = Jsoup.parse(visitor.get(page(slug)).body());
        assertEquals("0", shown.getElementById("reply-count").text());
        assertFalse(shown.select("#discuss-sign-in").isEmpty());
        assertFalse(visitor.hasPortalSession());
    }

    @Test
    void organisersShareSlidesInTheLibraryLinkedBothWays() {
        var fixtures = new Fixtures(portal());
        String title = "Slides day " + RUN;
        String slug = fixtures.event(Visibility.PUBLIC, title, 20, false);
        String collection = fixtures.collection();
        var moderator = new PortalClient(portal());
        moderator.signIn("moderator", "moderator", "/");
        String id = deskId(moderator, title);
        String shareLink = Jsoup.parse(moderator.get(page(slug)).body())
                .getElementById("share-slides")
                .attr("href");
        assertEquals("/library/share.xhtml?c=event-slides&for=event-" + id, shareLink);
        var member = new PortalClient(portal());
        member.signIn("member", "member", "/");
        assertTrue(
                Jsoup.parse(member.get(page(slug)).body())
                        .select("#share-slides")
                        .isEmpty(),
                "organisers only");

        String item = share(moderator, id, collection, "Safety cases that people read " + RUN);
        // A member cannot attach their own item to an event they do not run.
        String stray = share(member, id, collection, "Not the organisers' " + RUN);

        var visitor = new PortalClient(portal());
        var listed = Jsoup.parse(visitor.get(page(slug)).body()).getElementById("slides");
        assertTrue(listed.text().contains("Safety cases that people read " + RUN), listed.text());
        assertFalse(listed.text().contains("Not the organisers' " + RUN));
        var back = Jsoup.parse(visitor.get(item).body()).getElementById("shared-for");
        assertEquals("Shared for the event “" + title + "”", back.text());
        assertEquals(page(slug), back.select("a").attr("href"));
        assertTrue(Jsoup.parse(visitor.get(stray).body()).select("#shared-for").isEmpty());
    }

    /** Shares a public link through the library's form opened for the event's slides; answers the item's path. */
    private static String share(PortalClient client, String eventId, String collection, String title) {
        String path = "/library/share.xhtml?kind=link&c=" + collection + "&for=event-" + eventId;
        var shared = client.postForm(
                path,
                PortalClient.form(
                        client.get(path).body(),
                        "share-form",
                        "share-form:share",
                        Map.of(
                                "share-form:title",
                                title,
                                "share-form:link-url",
                                "https://example.org/slides/" + RUN,
                                "share-form:collection",
                                collection,
                                "share-form:public-item",
                                "on")));
        assertEquals(302, shared.statusCode(), Jsoup.parse(shared.body()).text());
        return PortalClient.location(shared);
    }

    private PortalClient applicant(String username) {
        try (var users = new KeycloakUsers()) {
            users.createMember(username, "events-password");
        }
        var client = new PortalClient(portal());
        client.signIn(username, "events-password", "/");
        return client;
    }

    private void apply(PortalClient client, String slug, String statement) {
        var answer = client.postForm(
                page(slug),
                PortalClient.form(
                        client.get(page(slug)).body(),
                        "registration-form",
                        "registration-form:apply",
                        Map.of("registration-form:statement", statement)));
        assertEquals(302, answer.statusCode(), Jsoup.parse(answer.body()).text());
    }

    /** Presses the attendees page's button with this label; answers the status. */
    private static int decide(PortalClient organiser, String attendees, String label) {
        String list = organiser.get(attendees).body();
        String button = Jsoup.parse(list).select("input[value=" + label + "]").attr("name");
        assertFalse(button.isEmpty(), "a button: " + label);
        return organiser
                .postForm(attendees, PortalClient.form(list, "attendees-form", button, Map.of()))
                .statusCode();
    }

    /** The desk's id of the event with this title, from the desk's Edit link. */
    private static String deskId(PortalClient client, String title) {
        String href = Jsoup.parse(client.get("/events/desk/").body())
                .select("tr:has(a:containsOwn(" + title + ")) a:containsOwn(Edit)")
                .attr("href");
        assertTrue(href.contains("id="), title + " on the desk");
        return href.substring(href.indexOf("id=") + 3);
    }

    private static String publishButton(String desk, String title) {
        String name = Jsoup.parse(desk)
                .select("tr:has(a:containsOwn(" + title + ")) input[value=Publish]")
                .attr("name");
        assertFalse(name.isEmpty(), "a Publish button for " + title);
        return name;
    }

    private String register(PortalClient client, String slug) {
        var form = PortalClient.form(
                client.get(page(slug)).body(),
                "registration-form",
                "registration-form:register",
                Map.of("registration-form:needs", "Step-free access, please."));
        var answer = client.postForm(page(slug), form);
        assertEquals(302, answer.statusCode(), Jsoup.parse(answer.body()).text());
        return standing(client, slug);
    }

    private String standing(PortalClient client, String slug) {
        var standing = Jsoup.parse(client.get(page(slug)).body()).getElementById("standing");
        return standing == null ? "" : standing.text();
    }
}
