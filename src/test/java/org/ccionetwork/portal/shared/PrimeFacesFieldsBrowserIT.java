package org.ccionetwork.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.ccionetwork.portal.testing.Browser;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.Fixtures;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.PageChecks;
import org.ccionetwork.portal.testing.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The PrimeFaces fields of the compose forms, in a real browser under the page's
 * Content-Security-Policy: a tags field finishes the last word typed from the tags already in use
 * (the forum's for a topic, the news desk's for an article), chosen by keyboard; the schedule's date
 * picker takes a typed UK date and time and opens its calendar from its button. Each page passes the
 * accessibility checks with the suggestions and the calendar open.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrimeFacesFieldsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFixtures();
    }

    private final String portal = TestSettings.portalUrl();

    @Test
    void aTopicsTagsFinishFromTheForumsTags() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        var fixtures = new Fixtures(portal);
        String category = fixtures.category(org.ccionetwork.portal.shared.Visibility.PUBLIC);
        fixtures.topic(category, "Tagged before " + unique, "golive" + unique + " epr");
        try (var member = new Browser()) {
            member.signIn(portal, "member", "member", "/forum/new.xhtml?c=" + category);
            var tags = member.waitFor(By.id("topic-form:tags_input"));
            tags.sendKeys("nursing golive" + unique.substring(0, 2));
            var suggestion = By.cssSelector("#topic-form\\:tags_panel li");
            new WebDriverWait(member.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(suggestion));
            assertEquals("nursing golive" + unique, member.find(suggestion).getText());
            assertEquals(List.of(), PageChecks.faults(member, "member"), "with the suggestions open");

            // The checks moved the focus away, which closes the suggestions: ask again, choose by keyboard.
            tags.sendKeys(Keys.BACK_SPACE, unique.substring(1, 2));
            new WebDriverWait(member.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(suggestion));
            // The arrow marks the suggestion before Enter takes it. The two keys typed above may each
            // start a query: the list shown by the first is replaced by the second's, losing the mark,
            // so the arrow is pressed again until the mark is there.
            var marked = By.cssSelector("#topic-form\\:tags_panel li.ui-state-highlight");
            new WebDriverWait(member.driver(), Duration.ofSeconds(20)).until(d -> {
                if (d.findElements(marked).stream().anyMatch(WebElement::isDisplayed)) {
                    return true;
                }
                tags.sendKeys(Keys.ARROW_DOWN);
                return false;
            });
            tags.sendKeys(Keys.ENTER);
            new WebDriverWait(member.driver(), Duration.ofSeconds(10))
                    .until(d -> ("nursing golive" + unique).equals(tags.getAttribute("value")));
        }
    }

    @Test
    void anArticlesTagsFinishFromTheDesksTagsAndItsScheduleHasACalendar() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        new Fixtures(portal).article(Visibility.PUBLIC, "Tagged article " + unique, "summer" + unique);
        try (var moderator = new Browser()) {
            moderator.signIn(portal, "moderator", "moderator", "/news/desk/edit.xhtml");
            var tags = moderator.waitFor(By.id("article-form:tags_input"));
            tags.sendKeys("summer" + unique.substring(0, 3));
            var suggestion = By.cssSelector("#article-form\\:tags_panel li");
            new WebDriverWait(moderator.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(suggestion));
            assertEquals("summer" + unique, moderator.find(suggestion).getText());
            moderator.find(suggestion).click();
            assertEquals("summer" + unique, tags.getAttribute("value"));

            var publishAt = moderator.find(By.id("article-form:publish-at_input"));
            publishAt.sendKeys(Keys.chord(Keys.CONTROL, "a"), "14/07/2030 09:30");
            assertEquals("14/07/2030 09:30", publishAt.getAttribute("value"), "typed as it is");
            moderator.find(By.cssSelector("#article-form\\:publish-at button")).click();
            var calendar = By.cssSelector(".ui-datepicker-panel, #article-form\\:publish-at_panel");
            new WebDriverWait(moderator.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(calendar));
            String shown = moderator.find(calendar).getText();
            assertTrue(
                    shown.contains("July") && shown.contains("2030"),
                    "the calendar opens at the typed month: " + shown);
            assertEquals(List.of(), PageChecks.faults(moderator, "moderator"), "with the calendar open");
        }
    }
}
