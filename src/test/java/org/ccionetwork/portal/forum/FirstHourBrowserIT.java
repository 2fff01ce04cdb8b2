package org.ccionetwork.portal.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ccionetwork.portal.testing.Browser;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.ForumSteps;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.PortalClient;
import org.ccionetwork.portal.testing.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What a first hour of use showed, each in a real browser: "Members" leads to the directory, the
 * "Quote selection" button shows only beside a selection inside a post, and a topic's views are the
 * readings it had, seen within seconds by visitors (whose pages are cached) and members alike.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FirstHourBrowserIT {

    private static final Pattern VIEWS = Pattern.compile("(\\d+) views?");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFixtures();
    }

    private final String portal = TestSettings.portalUrl();

    @Test
    void membersInTheNavigationOpensTheDirectory() {
        try (var member = new Browser()) {
            member.signIn(portal, "member", "member", "/");
            member.submit(By.id("nav-members"));
            assertEquals("Members' directory", member.waitFor(By.tagName("h1")).getText());
        }
    }

    @Test
    void quoteSelectionShowsOnlyBesideASelectionInAPost() {
        try (var member = new Browser()) {
            member.signIn(portal, "member", "member", "/");
            String topic =
                    startTopic(member, "Quoting " + UUID.randomUUID().toString().substring(0, 6));
            member.open(topic);
            member.waitFor(By.id("reply-form:body"));
            var button = member.find(By.id("quote-selection"));
            assertFalse(button.isDisplayed(), "no button while nothing is selected");

            var js = (JavascriptExecutor) member.driver();
            js.executeScript("window.getSelection().selectAllChildren(document.querySelector('#topic-title'));");
            assertFalse(button.isDisplayed(), "no button for a selection outside the posts");

            js.executeScript(
                    "window.getSelection().selectAllChildren(document.querySelector('#post-1 .post-body p'));");
            member.waitFor(By.id("quote-selection"));
            var post = member.find(By.cssSelector("#post-1 .post-body")).getRect();
            var shown = button.getRect();
            assertTrue(
                    shown.getY() >= post.getY() && shown.getY() <= post.getY() + post.getHeight() + 60,
                    "beside the selection: post at " + post.getY() + ".." + (post.getY() + post.getHeight())
                            + ", button at " + shown.getY());

            js.executeScript("window.getSelection().removeAllRanges();");
            new org.openqa.selenium.support.ui.WebDriverWait(member.driver(), Duration.ofSeconds(5))
                    .until(d -> !button.isDisplayed());
        }
    }

    @Test
    void viewsCountEveryReadingAndShowWithinSeconds() throws Exception {
        String topic;
        try (var member = new Browser()) {
            member.signIn(portal, "member", "member", "/");
            topic = startTopic(member, "Counted " + UUID.randomUUID().toString().substring(0, 6));
        }
        String path = topic.substring(portal.length());
        var visitor = new PortalClient(portal);
        // At least five readings, some of them answered from the visitors' cache (a batch of counts
        // written meanwhile drops the cached page once, so a hit may take a few readings).
        int readings = 0;
        boolean cached = false;
        while (readings < 5 || (!cached && readings < 30)) {
            var answer = visitor.get(path);
            assertEquals(200, answer.statusCode());
            readings++;
            cached |= "hit".equals(answer.headers().firstValue("X-Page-Cache").orElse(""));
        }
        assertTrue(cached, "visitors are served from the cache");
        // The member's own first reading and the visitor's: shown within seconds though cached.
        long expected = 1 + readings;
        long seen = 0;
        var deadline = Instant.now().plusSeconds(20);
        while (seen < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            seen = views(visitor.get(path).body());
        }
        assertTrue(seen >= expected, "a visitor still sees " + seen + " views after " + expected);
        try (var member = new Browser()) {
            member.signIn(portal, "moderator", "moderator", path);
            long shownToMember = views(member.waitFor(By.id("topic-counts")).getText());
            assertTrue(shownToMember >= seen + 1, "a member sees " + shownToMember + " after " + seen);
        }
    }

    private static long views(String text) {
        var matcher = VIEWS.matcher(text.replaceAll("<[^>]+>", ""));
        assertTrue(matcher.find(), "no view count in " + text);
        return Long.parseLong(matcher.group(1));
    }

    private static String category;

    /** Starts a topic in the test's own public category. */
    private String startTopic(Browser browser, String title) {
        synchronized (FirstHourBrowserIT.class) {
            if (category == null) {
                category = new org.ccionetwork.portal.testing.Fixtures(portal)
                        .category(org.ccionetwork.portal.shared.Visibility.PUBLIC);
            }
        }
        return ForumSteps.startTopic(browser, portal, category, title, "Somebody has done this before.");
    }
}
