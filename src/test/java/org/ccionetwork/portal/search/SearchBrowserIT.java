package org.ccionetwork.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.testing.Axe;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The header's search box in a real browser: suggestions appear after three letters and are
 * chosen with the keyboard alone; the results page marks the words found, shows the kinds with
 * their counts, passes axe (WCAG 2.2 AA), and a members-only thing is found only after signing in
 * through Keycloak. The suggestions' address answers nobody but the portal's own script.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFixtures();
    }

    private final String portal = TestSettings.portalUrl();

    @Test
    void suggestsWhileTypingAndFindsByKind() throws Exception {
        var fixtures = new Fixtures(portal);
        String word = "brw" + System.nanoTime() % 1_000_000_000L;
        String category = fixtures.category(Visibility.PUBLIC);
        String topic = fixtures.topic(category, "Onboarding " + word + " nurses");
        String closed = fixtures.category(Visibility.MEMBERS);
        fixtures.topic(closed, "Members' " + word + " notes");

        // The documents are written in the background once each change commits: wait for them.
        var visitor = new PortalClient(portal);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!visitor.get("/search/?q=" + word).body().contains("Discussions <span class=\"count\">(1)")) {
            assertTrue(System.nanoTime() < until, "indexed within 20 s");
            Thread.sleep(100);
        }
        try (var browser = new Browser()) {
            browser.open(portal + "/news/");
            var box = browser.waitFor(By.id("site-q"));
            box.sendKeys(word.substring(0, 6));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("#site-suggestions [role=option]"))
                            .isEmpty());
            var options = browser.findAll(By.cssSelector("#site-suggestions [role=option]"));
            assertEquals(
                    List.of("Onboarding " + word + " nurses Discussions"),
                    options.stream().map(o -> o.getText().strip()).toList(),
                    "a visitor: the public topic only");
            assertEquals("true", box.getAttribute("aria-expanded"));
            box.sendKeys(Keys.ARROW_DOWN);
            assertEquals("site-suggestion-0", box.getAttribute("aria-activedescendant"));
            box.sendKeys(Keys.ENTER);
            browser.waitForUrlStartingWith(portal + topic);

            browser.open(portal + "/search/?q=" + word);
            assertEquals(
                    "Discussions (1)",
                    browser.waitFor(By.id("kind-discussions")).getText());
            assertEquals(
                    List.of(word),
                    browser.findAll(By.cssSelector("#results-discussions mark")).stream()
                            .map(m -> m.getText())
                            .distinct()
                            .toList());
            assertEquals(List.of(), Axe.check(browser.driver()), "the results page passes axe");

            browser.signIn(portal, "member", "member", "/search/?q=" + word);
            assertEquals(
                    "Discussions (2)",
                    browser.waitFor(By.id("kind-discussions")).getText(),
                    "a member finds both");
        }
    }

    @Test
    void theSuggestionsAnswerOnlyThePortalsScript() {
        var visitor = new PortalClient(portal);
        assertEquals(404, visitor.get("/api/search/suggest?q=onboarding").statusCode(), "no same-origin header");
        var page = visitor.get("/search/?q=" + "x".repeat(1000) + "%22%22-%27%3B");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"nothing-to-search\""), "a plain answer to nothing searchable");
        assertEquals(null, page.headers().firstValue("Set-Cookie").orElse(null), "no session for a visitor's search");
    }
}
