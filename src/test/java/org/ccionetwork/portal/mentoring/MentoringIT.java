package org.ccionetwork.portal.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mentoring in the running portal, through the forms members use and the mail a real SMTP server
 * (GreenMail) receives: an offer and a request, each refused without consent and keeping what was
 * typed; the mentors proposed by area and profession (never by a field the mentor hides, never
 * one without a free place); the ask, the acceptance and the introduction mail to both with the
 * other's address; the pair on both members' own profile page and nowhere else; a decline that
 * tells the mentee and proposes someone else; an end that tells the other side; admins' numbers
 * without names, and nobody else's.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
class MentoringIT {

    private static final String PASSWORD = "mentoring-test-password";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static KeycloakUsers users;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFixtures();
    }

    @ArquillianResource
    private java.net.URL url;

    @BeforeAll
    static void people() {
        users = new KeycloakUsers();
        for (String who :
                List.of("mentor", "busy", "hidden", "mentee", "second", "outsider", "kind", "other", "seeker")) {
            users.createMember(name(who), PASSWORD);
        }
    }

    @AfterAll
    static void close() {
        users.close();
    }

    private static String name(String who) {
        return who + "-" + RUN;
    }

    /** The display name Keycloak gives the tests' members. */
    private static String shown(String who) {
        return "Test " + name(who);
    }

    private String portal() {
        return url.toString().replaceAll("/+$", "");
    }

    private PortalClient signedIn(String who) {
        var client = new PortalClient(portal());
        client.signIn(name(who), PASSWORD, "/");
        return client;
    }

    private static Document page(PortalClient client, String path) {
        var answer = client.get(path);
        assertEquals(200, answer.statusCode(), path);
        return Jsoup.parse(answer.body());
    }

    private static void offer(PortalClient client, String areas, String places) {
        var form = PortalClient.form(
                client.get("/mentoring/offer.xhtml").body(),
                "offer-form",
                "offer-form:save",
                Map.of("offer-form:areas", areas, "offer-form:places", places, "offer-form:consents", "on"));
        assertEquals(302, client.postForm("/mentoring/offer.xhtml", form).statusCode(), "offered: " + areas);
    }

    private static void request(PortalClient client, String wants, String areas) {
        var form = PortalClient.form(
                client.get("/mentoring/request.xhtml").body(),
                "request-form",
                "request-form:save",
                Map.of("request-form:wants", wants, "request-form:areas", areas, "request-form:consents", "on"));
        assertEquals(302, client.postForm("/mentoring/request.xhtml", form).statusCode(), "requested: " + wants);
    }

    /** Presses the button on the mentoring page whose label is this (each row's button names its member). */
    private static void press(PortalClient client, String label) {
        var body = client.get("/mentoring/").body();
        var button = Jsoup.parse(body).select("#mentoring-form input[type=submit]").stream()
                .filter(b -> b.attr("value").equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no button " + label + " in " + Jsoup.parse(body).text()));
        var form = PortalClient.form(body, "mentoring-form", button.attr("name"), Map.of());
        var answer = client.postForm("/mentoring/", form);
        assertEquals(302, answer.statusCode(), label);
    }

    private static List<String> proposed(PortalClient client) {
        return page(client, "/mentoring/").select("#proposals .proposal a").stream()
                .map(a -> a.text())
                .toList();
    }

    @Test
    void fromAnOfferToTheIntroductionMail() throws Exception {
        String area = "safety-" + RUN;
        var fixtures = new Fixtures(portal());
        var mentor = signedIn("mentor");
        // Without consent: refused beside the box, what was typed kept.
        var refused = PortalClient.form(
                mentor.get("/mentoring/offer.xhtml").body(),
                "offer-form",
                "offer-form:save",
                Map.of("offer-form:areas", area + " epr", "offer-form:places", "1"));
        var again =
                Jsoup.parse(mentor.postForm("/mentoring/offer.xhtml", refused).body());
        assertEquals(
                "Tick the box to agree to the introduction by email.",
                again.select("#offer-form\\:consents-error").text());
        assertEquals(area + " epr", again.select("#offer-form\\:areas").attr("value"));
        offer(mentor, area + " epr", "1");
        fixtures.profile(name("mentor"), "CNIO", "North West", "");

        // One who offers something else and shows nursing, but hides it; one who hides nothing but is full later.
        var hidden = signedIn("hidden");
        offer(hidden, "rostering-" + RUN, "2");
        fixtures.profile(name("hidden"), "NURSE", "North West", "ROLE,REGION");
        var busy = signedIn("busy");
        offer(busy, "rostering-" + RUN, "1");
        fixtures.profile(name("busy"), "CNIO", "London", "");

        var mentee = signedIn("mentee");
        fixtures.profile(name("mentee"), "NURSE", "North West", "");
        var tooShort = PortalClient.form(
                mentee.get("/mentoring/request.xhtml").body(),
                "request-form",
                "request-form:save",
                Map.of("request-form:wants", "Help!", "request-form:consents", "on"));
        var shortPage = Jsoup.parse(
                mentee.postForm("/mentoring/request.xhtml", tooShort).body());
        assertTrue(shortPage.select("#request-form\\:wants-error").text().startsWith("Between 20 and 2,000"));
        assertEquals("Help!", shortPage.select("#request-form\\:wants").text());
        String wants = "I am a ward sister becoming a CNIO and need help with a clinical safety case " + RUN;
        request(mentee, wants, area);

        var proposals = proposed(mentee);
        assertEquals(shown("mentor"), proposals.getFirst(), "the area asked for first: " + proposals);
        assertTrue(proposals.contains(shown("busy")), "a CNIO is of the nurse's profession: " + proposals);
        assertFalse(proposals.contains(shown("hidden")), "matched only by fields they hide: " + proposals);
        assertTrue(page(mentee, "/mentoring/").text().contains("mentors in " + area));

        press(mentee, "Ask " + shown("mentor"));
        var asked = Mailbox.await(name("mentor"), shown("mentee") + " would like you as their mentor");
        assertTrue(asked.contains(wants), asked);
        assertTrue(page(mentee, "/mentoring/").select("#proposals .proposal").isEmpty(), "one ask at a time");

        var strangerPage = page(signedIn("outsider"), "/mentoring/");
        assertFalse(strangerPage.text().contains(wants), "the ask is for the mentor's eyes");

        var mentorPage = page(mentor, "/mentoring/");
        assertTrue(mentorPage.select("#asks-to-me").text().contains(wants));
        press(mentor, "Accept " + shown("mentee"));
        var toMentee = Mailbox.await(name("mentee"), "Mentoring: meet " + shown("mentor"));
        assertTrue(toMentee.contains(name("mentor") + "@example.org"), toMentee);
        var toMentor = Mailbox.await(name("mentor"), "Mentoring: meet " + shown("mentee"));
        assertTrue(toMentor.contains(name("mentee") + "@example.org") && toMentor.contains(wants), toMentor);

        assertTrue(
                page(mentee, "/members/").select("#my-mentoring").text().contains("Your mentor: " + shown("mentor")));
        assertTrue(
                page(mentor, "/members/").select("#my-mentoring").text().contains("Your mentee: " + shown("mentee")));
        assertTrue(
                page(signedIn("outsider"), "/members/").select("#my-mentoring").isEmpty());
        var publicProfile = page(signedIn("outsider"), "/members/profile.xhtml?u=" + name("mentor"))
                .text();
        assertFalse(publicProfile.contains(shown("mentee")), "the pair is on neither public profile");

        // The mentor's one place is taken: nobody else is proposed to them.
        var second = signedIn("second");
        request(second, "Looking for someone who has written safety cases " + RUN, area);
        assertFalse(proposed(second).contains(shown("mentor")), "no free place");

        // Admins see numbers, no names; a member does not find the page.
        var admin = new PortalClient(portal());
        admin.signIn("admin", "admin", "/");
        var numbers = page(admin, "/admin/mentoring.xhtml");
        assertTrue(Long.parseLong(numbers.select("#accepted").text()) >= 1);
        assertTrue(Long.parseLong(numbers.select("#mentors-offering").text()) >= 3);
        assertFalse(numbers.text().contains(RUN), "no names, no words of a request");
        assertEquals(404, mentee.get("/admin/mentoring.xhtml").statusCode());
        assertTrue(List.of(302, 303, 401, 404)
                .contains(new PortalClient(portal()).get("/mentoring/").statusCode()));
    }

    @Test
    void aDeclineProposesSomeoneElseAndAnEndTellsTheOtherSide() throws Exception {
        String area = "rota-" + RUN;
        var kind = signedIn("kind");
        offer(kind, area, "2");
        var other = signedIn("other");
        offer(other, area, "2");
        var seeker = signedIn("seeker");
        request(seeker, "I want to learn how to lead an e-rostering roll-out " + RUN, area);
        assertEquals(List.of(shown("kind"), shown("other")), proposed(seeker), "ties go to who offered first");

        press(seeker, "Ask " + shown("kind"));
        press(kind, "Decline " + shown("seeker"));
        var declined = Mailbox.await(name("seeker"), shown("kind") + " cannot mentor you this time");
        assertTrue(declined.contains("Your request stays open"), declined);
        assertEquals(List.of(shown("other")), proposed(seeker), "not proposed again after declining");

        press(seeker, "Ask " + shown("other"));
        press(other, "Accept " + shown("seeker"));
        Mailbox.await(name("seeker"), "Mentoring: meet " + shown("other"));
        request(seeker, "And now someone for the rota's second year " + RUN, area);
        assertEquals(
                List.of(shown("kind")),
                proposed(seeker),
                "a new request: who declined the last one may be asked again, not who mentors them already");
        press(seeker, "End the mentorship with " + shown("other"));
        var ended = Mailbox.await(name("other"), "Your mentorship with " + shown("seeker") + " has ended");
        assertTrue(ended.contains("Thank you"), ended);
        assertTrue(page(other, "/members/").select("#my-mentoring").isEmpty(), "ended: no longer on the profile");
    }
}
