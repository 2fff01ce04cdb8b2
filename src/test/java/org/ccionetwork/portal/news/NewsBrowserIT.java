package org.ccionetwork.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ccionetwork.portal.files.ImagesTestData;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.testing.Browser;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.Fixtures;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.PortalClient;
import org.ccionetwork.portal.testing.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The news in a real browser, signed in through Keycloak: a moderator writes, previews and
 * schedules an article with an image; members and visitors see it only when its time comes (the
 * test moves the portal's clock rather than wait); bad input is refused beside the field with
 * nothing lost; the Atom feed parses and holds only public articles.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsBrowserIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Pattern LEAD_IMAGE = Pattern.compile("id=\"lead-image\" src=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFixtures();
    }

    @TempDir
    Path files;

    private final String portal = TestSettings.portalUrl();
    private final HttpClient http = HttpClient.newHttpClient();

    private Instant portalNow() throws Exception {
        return Instant.parse(http.send(
                        HttpRequest.newBuilder(URI.create(portal + "/api/testing/clock"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }

    private void advancePortalClock(long seconds) throws Exception {
        var answer = http.send(
                HttpRequest.newBuilder(URI.create(portal + "/api/testing/clock"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("advance=" + seconds))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private Path file(String name, byte[] bytes) throws Exception {
        return Files.write(files.resolve(name), bytes);
    }

    @Test
    void aScheduledArticleAppearsToReadersWhenItsTimeComes() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String title = "Regional day in Leeds " + unique;
        String tag = "leeds-" + unique;
        String editUrl;
        String articlePath;
        try (var moderator = new Browser()) {
            moderator.signIn(portal, "moderator", "moderator", "/news/desk/");
            moderator.waitFor(By.id("new-article")).click();
            moderator.waitFor(By.id("article-form:title")).sendKeys(title);
            moderator
                    .find(By.id("article-form:summary"))
                    .sendKeys("A day of talks and workshops for members in Yorkshire.");
            moderator
                    .find(By.id("article-form:body"))
                    .sendKeys("Join us for **talks** and workshops.\n\n- EPR optimisation\n- Safety cases");
            moderator
                    .find(By.id("article-form:image"))
                    .sendKeys(file("leeds.png", ImagesTestData.png(1600, 900)).toString());
            moderator.find(By.id("article-form:image-alt")).sendKeys("Leeds town hall at dusk");
            moderator.find(By.id("article-form:tags_input")).sendKeys("events " + tag);
            moderator.submit(By.id("article-form:save"));
            assertEquals("draft", moderator.waitFor(By.id("status")).getText());
            editUrl = moderator.currentUrl();

            // A second save keeps a second revision; the two compare line by line.
            moderator.find(By.id("article-form:body")).sendKeys("\n\nLunch is provided.");
            moderator.submit(By.id("article-form:save"));
            assertTrue(moderator.waitFor(By.id("messages")).getText().contains("Draft saved"));
            moderator.find(By.id("revisions")).click();
            moderator.waitFor(By.id("compare")).click();
            assertTrue(moderator.waitFor(By.id("diff")).getText().contains("+Lunch is provided."));
            moderator.open(editUrl);

            // The preview is the reader's page, with a notice only moderators see.
            moderator.find(By.id("preview")).click();
            assertEquals(title, moderator.waitFor(By.id("article-title")).getText());
            articlePath = moderator.currentUrl().substring(portal.length());
            assertEquals(
                    Links.article("regional-day-in-leeds-" + unique), articlePath, "the address comes from the title");
            assertTrue(moderator.find(By.id("preview-notice")).getText().contains("Readers cannot see it yet"));
            assertEquals(
                    "talks",
                    moderator.find(By.cssSelector("#article-body strong")).getText());
            Object shown = ((JavascriptExecutor) moderator.driver())
                    .executeScript(
                            "var i = document.getElementById('lead-image'); return i.complete && i.naturalWidth > 0 ? i.currentSrc : 'not loaded';");
            assertTrue(String.valueOf(shown).contains("/large-"), "the large size of the image is shown: " + shown);
            assertEquals(
                    "Leeds town hall at dusk",
                    moderator.find(By.id("lead-image")).getAttribute("alt"));

            // Scheduled a minute ahead of the portal's own clock, in UK time.
            moderator.open(editUrl);
            var at = LocalDateTime.ofInstant(portalNow().plus(1, ChronoUnit.MINUTES), UK)
                    .truncatedTo(ChronoUnit.MINUTES)
                    .plusMinutes(1);
            var publishAt = moderator.find(By.id("article-form:publish-at_input"));
            publishAt.sendKeys(
                    org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                    at.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
            moderator.submit(By.id("article-form:schedule"));
            assertEquals("scheduled", moderator.waitFor(By.id("status")).getText());
        }

        var member = new PortalClient(portal);
        member.signIn("member", "member", "/news/");
        var visitor = new PortalClient(portal);
        for (var reader : List.of(member, visitor)) {
            assertFalse(reader.get("/news/").body().contains(title), "not listed before its time");
            assertEquals(404, reader.get(articlePath).statusCode(), "not found before its time");
            assertFalse(reader.get("/").body().contains(title));
        }
        assertEquals(404, member.get("/news/desk/").statusCode(), "members have no news desk");
        assertEquals(404, member.get(editUrl).statusCode(), "nor its edit page");
        assertEquals(
                404,
                member.get(editUrl.replace("edit.xhtml", "revisions.xhtml")).statusCode());
        assertFalse(feed(visitor, Links.tagFeed(tag)).getEntries().stream()
                .anyMatch(e -> e.getTitle().equals(title)));

        advancePortalClock(180);
        long deadline = System.currentTimeMillis() + 30_000;
        while (!visitor.get("/news/").body().contains(title) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        for (var reader : List.of(member, visitor)) {
            assertTrue(reader.get("/news/").body().contains(title), "listed once published");
            var page = reader.get(articlePath);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<h1 id=\"article-title\">" + title + "</h1>"));
            assertFalse(page.body().contains("preview-notice"));
            var image = LEAD_IMAGE.matcher(page.body());
            assertTrue(image.find(), "the lead image is on the page");
            var bytes = reader.get(image.group(1));
            assertEquals(200, bytes.statusCode());
            assertEquals(
                    "image/jpeg", bytes.headers().firstValue("Content-Type").orElse(""));
        }
        var page = visitor.get(articlePath).body();
        assertTrue(
                page.contains("<meta property=\"og:title\" content=\"" + title + "\""), "Open Graph for shared links");
        assertTrue(
                page.contains("<meta property=\"og:image\" content=\"" + portal + "/news/image/"),
                "absolute image link");

        var tagged = feed(visitor, Links.tagFeed(tag));
        assertEquals(
                List.of(title),
                tagged.getEntries().stream().map(Entry::getTitle).toList());
        assertEquals(
                portal + articlePath,
                tagged.getEntries().getFirst().getAlternateLinks().getFirst().getHref());
    }

    /** The feed as a feed reader gets it: parsed by ROME as Atom 1.0, and checked against RFC 4287's required parts. */
    private static Feed feed(PortalClient reader, String path) throws Exception {
        var answer = reader.get(path);
        assertEquals(200, answer.statusCode(), path);
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        var document = DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new StringReader(answer.body())));
        assertEquals(
                "http://www.w3.org/2005/Atom", document.getDocumentElement().getNamespaceURI());
        assertEquals("feed", document.getDocumentElement().getLocalName());
        var feed = (Feed) new WireFeedInput().build(new StringReader(answer.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        assertTrue(
                feed.getId() != null && feed.getTitle() != null && feed.getUpdated() != null,
                "feed id, title, updated");
        for (Entry entry : feed.getEntries()) {
            assertTrue(
                    entry.getId() != null && entry.getTitle() != null && entry.getUpdated() != null,
                    "entry id, title, updated");
            assertTrue(
                    URI.create(entry.getAlternateLinks().getFirst().getHref()).isAbsolute(), "absolute links");
            assertFalse(entry.getAuthors().isEmpty() && feed.getAuthors().isEmpty(), "an author");
        }
        return feed;
    }

    @Test
    void theFeedIsValidAtomWithoutMembersOnlyArticles() throws Exception {
        var fixtures = new Fixtures(portal);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String tag = "feed-" + unique;
        String open = "Open news " + unique;
        String membersOnly = "Steering group " + unique;
        String draft = "Draft position " + unique;
        fixtures.article(Visibility.PUBLIC, open, tag);
        String membersPath = fixtures.article(Visibility.MEMBERS, membersOnly, tag);
        String draftPath = fixtures.draft(Visibility.PUBLIC, draft, tag);

        var visitor = new PortalClient(portal);
        var all = feed(visitor, Links.FEED).getEntries().stream()
                .map(Entry::getTitle)
                .toList();
        assertTrue(all.contains(open), "the public article is in the feed: " + all);
        assertFalse(all.contains(membersOnly), "the members-only article is not in the feed");
        assertFalse(all.contains(draft), "nor the draft");
        // The tag has one public, one members-only and one draft article.
        var tagged = feed(visitor, Links.tagFeed(tag)).getEntries().stream()
                .map(Entry::getTitle)
                .toList();
        assertEquals(List.of(open), tagged);

        assertEquals(404, visitor.get(membersPath).statusCode());
        assertEquals(404, visitor.get(draftPath).statusCode(), "drafts are not found");
        var member = new PortalClient(portal);
        member.signIn("member", "member", "/news/");
        assertEquals(200, member.get(membersPath).statusCode());
        assertEquals(404, member.get(draftPath).statusCode());
        assertFalse(
                feed(member, Links.tagFeed(tag)).getEntries().stream()
                        .anyMatch(e -> e.getTitle().equals(membersOnly)),
                "a signed-in member's feed is the public feed");
    }

    @Test
    void badInputIsRefusedBesideTheFieldAndNothingTypedIsLost() throws Exception {
        try (var moderator = new Browser()) {
            moderator.signIn(portal, "moderator", "moderator", "/news/desk/edit.xhtml");
            String summary = "s".repeat(301);
            String body = "Words that must survive every refusal.";
            moderator.waitFor(By.id("article-form:summary")).sendKeys(summary);
            moderator.find(By.id("article-form:body")).sendKeys(body);
            moderator.submit(By.id("article-form:save"));
            assertTrue(moderator
                    .waitFor(By.id("article-form:title-error"))
                    .getText()
                    .contains("title"));
            assertTrue(moderator
                    .find(By.id("article-form:summary-error"))
                    .getText()
                    .contains("300 characters"));
            assertEquals(summary, moderator.find(By.id("article-form:summary")).getAttribute("value"));
            assertEquals(body, moderator.find(By.id("article-form:body")).getAttribute("value"));

            String title = "Refusals " + UUID.randomUUID().toString().substring(0, 8);
            moderator.find(By.id("article-form:title")).sendKeys(title);
            moderator.find(By.id("article-form:summary")).clear();
            moderator.find(By.id("article-form:summary")).sendKeys("A fine summary.");
            moderator
                    .find(By.id("article-form:image"))
                    .sendKeys(file("photo.png", ImagesTestData.png(400, 300)).toString());
            moderator.submit(By.id("article-form:save"));
            assertTrue(moderator
                    .waitFor(By.id("article-form:image-alt-error"))
                    .getText()
                    .contains("Describe the image"));
            assertEquals(title, moderator.find(By.id("article-form:title")).getAttribute("value"));
            assertEquals(body, moderator.find(By.id("article-form:body")).getAttribute("value"));

            byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes();
            moderator
                    .find(By.id("article-form:image"))
                    .sendKeys(file("renamed.png", html).toString());
            moderator.find(By.id("article-form:image-alt")).sendKeys("Not really a picture");
            moderator.submit(By.id("article-form:save"));
            assertTrue(moderator
                    .waitFor(By.id("article-form:image-error"))
                    .getText()
                    .contains("not a JPEG, PNG or GIF"));
            assertEquals(title, moderator.find(By.id("article-form:title")).getAttribute("value"));
            assertEquals(
                    "Not really a picture",
                    moderator.find(By.id("article-form:image-alt")).getAttribute("value"));

            moderator.open(portal + "/news/desk/");
            assertFalse(
                    moderator.waitFor(By.id("main")).getText().contains(title), "nothing was saved by a refused form");
        }
    }
}
