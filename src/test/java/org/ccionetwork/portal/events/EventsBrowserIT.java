package org.ccionetwork.portal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ccionetwork.portal.testing.Browser;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.Fixtures;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.KeycloakUsers;
import org.ccionetwork.portal.testing.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Events in a real browser, everyone signed in through Keycloak's page: a moderator creates and
 * publishes an event in the desk's form; a member registers, finds it among their registrations and
 * downloads its calendar file (parsed here); the next member goes on the waiting list and is
 * promoted when the first cancels; an application is awarded; check-in makes the CPD entry, and the
 * certificate's verification page, opened by a visitor, confirms it.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsBrowserIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final String PASSWORD = "events-password";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFixtures();
    }

    private final String portal = TestSettings.portalUrl();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void fromTheDeskToTheCertificate() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String title = "Browser regional day " + unique;
        Instant now = Instant.parse(get("/api/testing/clock"));
        LocalDateTime starts = LocalDateTime.ofInstant(now, UK)
                .plusDays(10)
                .truncatedTo(ChronoUnit.HOURS)
                .withHour(9);
        try (var users = new KeycloakUsers()) {
            for (String who : new String[] {"first", "second", "applicant"}) {
                users.createMember("browser-" + who + "-" + unique, PASSWORD);
            }
        }

        String eventUrl;
        String attendeesUrl;
        try (var moderator = new Browser()) {
            moderator.signIn(portal, "moderator", "moderator", "/events/desk/");
            moderator.submit(By.id("new-event"));
            moderator.waitFor(By.id("event-form:title")).sendKeys(title);
            new org.openqa.selenium.support.ui.Select(moderator.find(By.id("event-form:kind")))
                    .selectByVisibleText("Regional event");
            type(moderator, "event-form:starts_input", starts.format(TYPED));
            type(moderator, "event-form:ends_input", starts.plusHours(7).format(TYPED));
            moderator.find(By.id("event-form:venue")).sendKeys("Leeds Town Hall, The Headrow, Leeds LS1 3AD");
            moderator.find(By.id("event-form:region")).sendKeys("Yorkshire");
            moderator.find(By.id("event-form:description")).sendKeys("Talks and **workshops**.");
            type(moderator, "event-form:capacity", "1");
            type(
                    moderator,
                    "event-form:registration-opens_input",
                    LocalDateTime.ofInstant(now, UK).minusHours(1).format(TYPED));
            type(
                    moderator,
                    "event-form:registration-closes_input",
                    starts.minusDays(1).format(TYPED));
            type(moderator, "event-form:cpd-hours", "6");
            moderator.submit(By.id("event-form:save"));
            assertTrue(moderator.waitFor(By.id("messages")).getText().contains("Saved as a draft"));
            var row = By.xpath("//tr[td/a[normalize-space()='" + title + "']]");
            assertTrue(moderator.find(row).getText().contains("draft"));
            moderator.submit(By.xpath("//tr[td/a[normalize-space()='" + title + "']]//input[@value='Publish']"));
            assertTrue(moderator.find(row).getText().contains("published"));
            eventUrl = moderator.find(By.linkText(title)).getAttribute("href");
            attendeesUrl = moderator
                    .find(By.xpath("//tr[td/a[normalize-space()='" + title + "']]//a[.='Attendees']"))
                    .getAttribute("href");
        }

        try (var first = new Browser();
                var second = new Browser()) {
            first.signIn(portal, "browser-first-" + unique, PASSWORD, "/events/");
            first.open(eventUrl);
            first.waitFor(By.id("registration-form:needs")).sendKeys("Step-free access");
            first.submit(By.id("registration-form:register"));
            assertEquals("You have a place.", first.waitFor(By.id("standing")).getText());
            first.open(portal + "/events/");
            assertTrue(first.waitFor(By.id("my-registrations")).getText().contains(title));
            // The calendar file, as a calendar program reads it.
            first.open(eventUrl);
            String ics = get(
                    first.waitFor(By.id("add-to-calendar")).getAttribute("href").substring(portal.length()));
            var calendar = Biweekly.parse(ics).first();
            var entry = calendar.getEvents().getFirst();
            assertEquals(title, entry.getSummary().getValue());
            assertEquals(
                    starts.atZone(UK).toInstant(),
                    entry.getDateStart().getValue().toInstant());
            assertEquals(
                    "Leeds Town Hall, The Headrow, Leeds LS1 3AD",
                    entry.getLocation().getValue());

            // Full: the next member waits, and is promoted when the first cancels.
            second.signIn(portal, "browser-second-" + unique, PASSWORD, "/events/");
            second.open(eventUrl);
            assertEquals(
                    "Join the waiting list",
                    second.waitFor(By.id("registration-form:register")).getAttribute("value"));
            second.submit(By.id("registration-form:register"));
            assertEquals(
                    "You are on the waiting list: number 1.",
                    second.waitFor(By.id("standing")).getText());
            first.open(eventUrl);
            first.submit(By.id("registration-form:cancel-registration"));
            second.open(eventUrl);
            assertEquals("You have a place.", second.waitFor(By.id("standing")).getText());
        }

        // Places by application: the organisers award one.
        String bursary = "Browser bursary school " + unique;
        String bursarySlug = new Fixtures(portal).eventByApplication(bursary, 10);
        try (var applicant = new Browser();
                var moderator = new Browser()) {
            applicant.signIn(portal, "browser-applicant-" + unique, PASSWORD, "/events/");
            applicant.open(portal + Links.event(bursarySlug));
            applicant
                    .waitFor(By.id("registration-form:statement"))
                    .sendKeys("I lead our EPR work in a trust in Leeds.");
            applicant.submit(By.id("registration-form:apply"));
            assertTrue(applicant.waitFor(By.id("standing")).getText().startsWith("You have applied."));
            moderator.signIn(portal, "moderator", "moderator", "/events/desk/");
            moderator.submit(By.xpath("//tr[td/a[normalize-space()='" + bursary + "']]//a[.='Attendees']"));
            assertTrue(moderator.waitFor(By.id("attendees")).getText().contains("I lead our EPR work"));
            moderator.submit(By.cssSelector("input[value='Award a place to Test browser-applicant-" + unique + "']"));
            assertTrue(moderator.waitFor(By.id("messages")).getText().contains("Place awarded"));
            applicant.open(portal + Links.event(bursarySlug));
            assertEquals(
                    "You have a place.", applicant.waitFor(By.id("standing")).getText());

            // Check-in on the day makes the CPD entry; the certificate's page confirms it to anyone.
            moderator.open(attendeesUrl);
            moderator.submit(By.cssSelector("input[value='Check in Test browser-second-" + unique + "']"));
            assertTrue(moderator.waitFor(By.id("attendees")).getText().contains("Checked in"));
        }
        String verification;
        try (var second = new Browser()) {
            second.signIn(portal, "browser-second-" + unique, PASSWORD, "/members/cpd.xhtml");
            assertTrue(second.waitFor(By.id("cpd-entries")).getText().contains(title));
            assertTrue(
                    second.find(By.id("cpd-years")).getText().contains("6 hours"),
                    second.find(By.id("cpd-years")).getText());
            String pdfUrl = second.find(By.cssSelector("#cpd-entries a.certificate-link"))
                    .getAttribute("href");
            var cookie = second.driver().manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue())
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("");
            var pdf = http.send(
                    HttpRequest.newBuilder(URI.create(pdfUrl))
                            .header("Cookie", cookie)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
                var link = Pattern.compile("http\\S+/cpd/verify\\.xhtml\\?c=[0-9a-f]{32}")
                        .matcher(text);
                assertTrue(link.find(), text);
                verification = link.group();
            }
        }
        try (var visitor = new Browser()) {
            visitor.open(verification);
            assertTrue(
                    visitor.waitFor(By.id("certificate-genuine")).getText().contains("This certificate is genuine."));
            assertEquals(
                    "Test browser-second-" + unique,
                    visitor.find(By.id("certificate-member")).getText());
            assertEquals(title, visitor.find(By.id("certificate-event")).getText());
            assertEquals("6", visitor.find(By.id("certificate-hours")).getText());
        }
    }

    /** Replaces a field's text with the given. */
    private static void type(Browser browser, String id, String text) {
        browser.waitFor(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        browser.find(By.id(id)).sendKeys(Keys.TAB);
    }

    private String get(String path) throws Exception {
        var answer = http.send(
                HttpRequest.newBuilder(URI.create(portal + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), path);
        return answer.body();
    }
}
