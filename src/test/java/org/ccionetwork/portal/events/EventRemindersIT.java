package org.ccionetwork.portal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
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
 * Mail before and after an event, with the portal's clock moved on (so in a class of its own): the
 * week's and the day's reminders go once to those with a place and to nobody waiting; a change of
 * place tells everyone registered or waiting; once the event is over, the needs they gave are gone.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
class EventRemindersIT {

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

    @Test
    void remindersGoOnceToThoseWithAPlaceAChangeToEveryoneAndNeedsGoAfterTheEvent() throws Exception {
        var fixtures = new Fixtures(portal());
        String title = "Reminded day " + RUN;
        String slug = fixtures.event(Visibility.PUBLIC, title, 1, false); // starts in a week
        var placed = member("placed-" + RUN);
        var waiting = member("waiting-" + RUN);
        register(placed, slug);
        register(waiting, slug);
        assertTrue(Jsoup.parse(waiting.get("/events/event.xhtml?e=" + slug).body())
                .getElementById("standing")
                .text()
                .contains("waiting list"));

        String week = "Reminder: “" + title + "” is next week";
        assertTrue(fixtures.reminders() >= 1);
        String text = Mailbox.await("placed-" + RUN, week);
        assertTrue(text.contains("Leeds Town Hall"), text);
        assertTrue(text.contains("/events/event.xhtml?e=" + slug), text);
        fixtures.reminders();
        Thread.sleep(2500); // the outbox's sender goes every second: a second reminder would have gone by now
        assertEquals(1, Mailbox.count("placed-" + RUN, week), "the week's reminder once");
        assertEquals(0, Mailbox.count("waiting-" + RUN, week), "nobody waiting is reminded");

        // The organisers move it: everyone registered or waiting is told.
        var moderator = new PortalClient(portal());
        moderator.signIn("moderator", "moderator", "/");
        String id = Jsoup.parse(moderator.get("/events/desk/").body())
                .select("tr:has(a:containsOwn(" + title + ")) a:containsOwn(Edit)")
                .attr("href")
                .replaceAll(".*id=", "");
        String editPath = "/events/desk/edit.xhtml?id=" + id;
        String edit = moderator.get(editPath).body();
        var saved = moderator.postForm(
                editPath,
                PortalClient.form(
                        edit,
                        "event-form",
                        "event-form:save",
                        Map.of("event-form:venue", "Leeds General Infirmary, Great George Street")));
        assertEquals(302, saved.statusCode(), Jsoup.parse(saved.body()).text());
        String changed = "“" + title + "” has changed";
        assertTrue(Mailbox.await("placed-" + RUN, changed).contains("Leeds General Infirmary"));
        assertTrue(Mailbox.await("waiting-" + RUN, changed).contains("Leeds General Infirmary"));

        // A form opened while registration was open, sent after it closed (a day before the start).
        var late = member("late-" + RUN);
        String lateForm = late.get("/events/event.xhtml?e=" + slug).body();

        // The day before: the day's reminder, once.
        advance(6 * 86400 + 3600); // 23 hours before it starts
        var refused = late.postForm(
                "/events/event.xhtml?e=" + slug,
                PortalClient.form(lateForm, "registration-form", "registration-form:register", Map.of()));
        assertEquals(200, refused.statusCode(), "the page again, no error");
        assertEquals(
                "Registration has closed.",
                Jsoup.parse(refused.body())
                        .getElementById("registration-closed")
                        .text());
        assertTrue(
                Jsoup.parse(late.get("/events/event.xhtml?e=" + slug).body())
                        .select("#standing")
                        .isEmpty(),
                "no place");
        String day = "Reminder: “" + title + "” is tomorrow";
        fixtures.reminders();
        assertTrue(Mailbox.await("placed-" + RUN, day).contains("Leeds General Infirmary"));
        fixtures.reminders();
        Thread.sleep(2500);
        assertEquals(1, Mailbox.count("placed-" + RUN, day), "the day's reminder once");
        assertEquals(0, Mailbox.count("waiting-" + RUN, day));

        // Needs are the organisers' until the event is over, then gone.
        String attendees = "/events/desk/attendees.xhtml?id=" + id;
        assertTrue(moderator.get(attendees).body().contains("Needs: Step-free access, please."));
        advance(86400); // an hour into the event (six hours, from a week after it was made): kept
        fixtures.reminders();
        assertTrue(moderator.get(attendees).body().contains("Needs: Step-free access, please."), "kept on the day");
        advance(86400); // over
        fixtures.reminders();
        assertFalse(moderator.get(attendees).body().contains("Step-free access"), "needs deleted after the event");
    }

    private PortalClient member(String username) {
        try (var users = new KeycloakUsers()) {
            users.createMember(username, "events-password");
        }
        var client = new PortalClient(portal());
        client.signIn(username, "events-password", "/");
        return client;
    }

    private static void register(PortalClient client, String slug) {
        String page = "/events/event.xhtml?e=" + slug;
        var answer = client.postForm(
                page,
                PortalClient.form(
                        client.get(page).body(),
                        "registration-form",
                        "registration-form:register",
                        Map.of("registration-form:needs", "Step-free access, please.")));
        assertEquals(302, answer.statusCode());
    }

    private void advance(long seconds) throws Exception {
        var answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(portal() + "/api/testing/clock"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("advance=" + seconds))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
    }
}
