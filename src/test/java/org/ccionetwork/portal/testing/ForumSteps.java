package org.ccionetwork.portal.testing;

import org.openqa.selenium.By;

/** What several browser tests do in the forum first, done one way. */
public final class ForumSteps {

    private ForumSteps() {}

    /** Starts a topic in the category through its form and returns the topic's address. */
    public static String startTopic(Browser browser, String portal, String category, String title, String body) {
        browser.open(portal + org.ccionetwork.portal.forum.Links.category(category));
        browser.submit(By.id("new-topic"));
        browser.waitFor(By.id("topic-form:title")).sendKeys(title);
        browser.find(By.id("topic-form:body")).sendKeys(body);
        browser.submit(By.id("topic-form:create"));
        browser.waitFor(By.id("topic-title"));
        return browser.currentUrl();
    }
}
