package org.ccionetwork.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ccionetwork.portal.testing.Browser;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.Select;

/**
 * The XSS corpus ({@link XssCorpusTest#payloads()}) sent through the real forms, as a member and a
 * moderator would type it (topic titles and bodies, replies, tags, profile fields, library titles
 * and descriptions, news titles, summaries and bodies, and search words in the address), then read
 * in a real browser by members and visitors: no alert opens, no element carries an event handler
 * or a script address, no foreign frame, object or base exists, and the page's security policy
 * never had to refuse anything (the sanitizer, not only the policy, kept it out).
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XssBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFixtures();
    }

    private final String portal = TestSettings.portalUrl();
    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    /** Every payload of the corpus, each in a paragraph of its own. */
    private static final String ALL = XssCorpusTest.payloads().collect(Collectors.joining("\n\n"));

    /** Short payloads, for fields of a line (titles, job titles, summaries). */
    private static final List<String> SHORT =
            List.of("<img src=x onerror=alert(1)>", "\"><script>alert(1)</script>", "<svg onload=alert(1)>");

    /** What the browser built from the page must hold nothing that could run. */
    private static void assertNothingRan(Browser browser, String where) {
        try {
            browser.driver().switchTo().alert();
            fail(where + ": an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        @SuppressWarnings("unchecked")
        var dangers = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                        var found = [];
                        document.querySelectorAll('*').forEach(function (e) {
                          for (var i = 0; i < e.attributes.length; i++) {
                            var name = e.attributes[i].name.toLowerCase();
                            var value = (e.attributes[i].value || '').replace(/[\\s\\x00-\\x1f]/g, '').toLowerCase();
                            if (name.indexOf('on') === 0) { found.push(e.tagName + ' ' + name); }
                            if (/^(href|src|action|formaction|data|background|poster|xlink:href)$/.test(name)
                                && /^(javascript|vbscript|data:text\\/html)/.test(value)) {
                              found.push(e.tagName + ' ' + name + '=' + value);
                            }
                          }
                        });
                        document.querySelectorAll(
                            'script:not([nonce]), iframe, object, embed, base, meta[http-equiv], body style, form[action*="evil"], link[href*="evil"]')
                          .forEach(function (e) { found.push(e.outerHTML.substring(0, 120)); });
                        return found;
                        """);
        assertEquals(List.of(), dangers, where);
        var refused = browser.console().stream()
                .filter(line -> line.contains("Content Security Policy") || line.contains("Refused to"))
                .toList();
        assertEquals(List.of(), refused, where + ": the policy had to refuse something the page held");
    }

    private static void type(Browser browser, String id, String text) {
        var field = browser.waitFor(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", field, text);
    }

    @Test
    void theCorpusThroughEveryFormRunsNowhere() {
        String topicPath;
        String itemPath;
        String articlePath;
        String word = "xss" + unique;
        var fixtures = new org.ccionetwork.portal.testing.Fixtures(portal);
        String category = fixtures.category(Visibility.PUBLIC);
        String collectionSlug = fixtures.collection();
        try (var member = new Browser()) {
            member.signIn(portal, "member", "member", "/forum/");

            // A topic in a public category: the title, the first post and the tags.
            member.open(portal + org.ccionetwork.portal.forum.Links.category(category));
            member.submit(By.id("new-topic"));
            type(member, "topic-form:title", SHORT.get(0) + " " + SHORT.get(1) + " " + word);
            type(member, "topic-form:body", word + "\n\n" + ALL);
            type(member, "topic-form:tags_input", "xss-" + unique);
            member.submit(By.id("topic-form:create"));
            member.waitFor(By.id("topic-title"));
            topicPath = member.currentUrl().substring(portal.length());
            assertNothingRan(member, "the new topic");

            // A reply with the whole corpus again.
            type(member, "reply-form:body", ALL);
            member.submit(By.id("reply-form:send"));
            member.waitFor(By.id("topic-title"));
            assertNothingRan(member, "the topic after the reply");

            // The profile: a line field and the biography.
            member.open(portal + "/members/edit.xhtml");
            type(member, "profile-form:job-title", SHORT.get(2));
            type(member, "profile-form:bio", ALL.substring(0, Math.min(ALL.length(), 4_900)));
            member.submit(By.id("profile-form:save"));
            member.open(portal + "/members/profile.xhtml?u=member");
            assertNothingRan(member, "the member's profile");
            member.open(portal + "/members/directory.xhtml?q=member");
            assertNothingRan(member, "the directory");

            // A library link: the title and the description.
            member.open(portal + "/library/share.xhtml?kind=link");
            type(member, "share-form:title", SHORT.get(0) + " " + word);
            type(member, "share-form:link-url", "https://example.org/" + unique);
            type(member, "share-form:description", ALL);
            new Select(member.find(By.id("share-form:collection"))).selectByValue(collectionSlug);
            var publicItem = member.find(By.id("share-form:public-item"));
            if (!publicItem.isSelected()) {
                publicItem.click();
            }
            member.submit(By.id("share-form:share"));
            member.waitFor(By.id("item-title"));
            itemPath = member.currentUrl().substring(portal.length());
            assertNothingRan(member, "the library item");

            // Words in the address: reflected, never run.
            for (String reflected : SHORT) {
                String q = URLEncoder.encode(reflected, StandardCharsets.UTF_8);
                member.open(portal + "/forum/search.xhtml?q=" + q);
                assertNothingRan(member, "search for " + reflected);
                member.open(portal + "/members/directory.xhtml?q=" + q);
                assertNothingRan(member, "directory search for " + reflected);
                member.open(portal + "/library/?q=" + q + "&tag=" + q);
                assertNothingRan(member, "library search for " + reflected);
            }
        }
        try (var moderator = new Browser()) {
            moderator.signIn(portal, "moderator", "moderator", "/news/desk/");
            moderator.waitFor(By.id("new-article")).click();
            type(moderator, "article-form:title", SHORT.get(1) + " news " + unique);
            type(moderator, "article-form:summary", SHORT.get(0));
            type(moderator, "article-form:body", ALL);
            type(moderator, "article-form:tags_input", "xss-" + unique);
            moderator.submit(By.id("article-form:publish"));
            moderator.waitFor(By.id("status"));
            moderator.find(By.id("preview")).click();
            moderator.waitFor(By.id("article-title"));
            articlePath = moderator.currentUrl().substring(portal.length());
            assertNothingRan(moderator, "the article");
            moderator.open(portal + topicPath);
            assertNothingRan(moderator, "the topic with a moderator's tools");
            moderator.open(portal + "/members/profile.xhtml?u=member");
            assertNothingRan(moderator, "the member's profile, seen by another member");
        }
        try (var visitor = new Browser()) {
            for (String page : List.of(
                    topicPath,
                    topicPath, // the second time from the visitors' cache
                    "/forum/search.xhtml?q=" + word,
                    itemPath,
                    "/library/",
                    articlePath,
                    "/news/",
                    "/")) {
                visitor.open(portal + page);
                assertNothingRan(visitor, "a visitor's " + page);
            }
            assertTrue(visitor.find(By.tagName("body")).getText().length() > 0, "the pages were read, not blank");
        }
    }
}
