package org.ccionetwork.portal.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.ccionetwork.portal.testing.Browser;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.FixturesServlet;
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

/**
 * The forums in a real browser, signed in through Keycloak: members start topics in Markdown,
 * quote, like and flag; a moderator locks a topic under a member's feet; visitors find nothing
 * members-only. The test makes its own categories, one public and one members-only.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForumBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFixtures();
    }

    private final String portal = TestSettings.portalUrl();

    private static String open;
    private static String membersOnly;

    /** The test's public category. */
    private synchronized String open() {
        if (open == null) {
            open = new org.ccionetwork.portal.testing.Fixtures(portal)
                    .category(org.ccionetwork.portal.shared.Visibility.PUBLIC);
        }
        return open;
    }

    /** The test's members-only category. */
    private synchronized String membersOnly() {
        if (membersOnly == null) {
            membersOnly = new org.ccionetwork.portal.testing.Fixtures(portal)
                    .category(org.ccionetwork.portal.shared.Visibility.MEMBERS);
        }
        return membersOnly;
    }

    /** Starts a topic through the form and returns its page's URL. */
    private String startTopic(Browser browser, String category, String title, String body) {
        browser.open(portal + "/forum/category.xhtml?c=" + category);
        browser.waitFor(By.id("new-topic")).click();
        browser.waitFor(By.id("topic-form:title")).sendKeys(title);
        browser.find(By.id("topic-form:body")).sendKeys(body);
        browser.submit(By.id("topic-form:create"));
        browser.waitFor(By.id("topic-title"));
        return browser.currentUrl();
    }

    @Test
    void aMemberStartsATopicInMarkdownAndSeesItRendered() {
        try (var browser = new Browser()) {
            browser.signIn(portal, "member", "member", "/forum/");
            browser.open(portal + Links.category(membersOnly()));
            browser.waitFor(By.id("new-topic")).click();

            // A missing title is refused beside the field, and what was typed stays.
            browser.waitFor(By.id("topic-form:body")).sendKeys("Draft text that must survive");
            browser.submit(By.id("topic-form:create"));
            assertTrue(
                    browser.waitFor(By.id("topic-form:title-error")).getText().contains("title"));
            assertEquals(
                    "Draft text that must survive",
                    browser.find(By.id("topic-form:body")).getAttribute("value"));

            String title = "Smartcards <script>alert(1)</script> "
                    + UUID.randomUUID().toString().substring(0, 6);
            browser.find(By.id("topic-form:title")).sendKeys(title);
            browser.find(By.id("topic-form:body")).clear();
            browser.find(By.id("topic-form:body"))
                    .sendKeys("We needed **two** rounds:\n\n| Week | Issued |\n|---|---|\n| 1 | 340 |\n\n"
                            + "<script>alert('x')</script> [bad](javascript:alert(1))");
            browser.submit(By.id("topic-form:create"));

            assertEquals(title, browser.waitFor(By.id("topic-title")).getText(), "a title is text, never markup");
            assertEquals(List.of(), browser.findAll(By.cssSelector("#topic-title script")));
            var first = browser.find(By.id("post-1"));
            assertEquals(
                    "two",
                    first.findElement(By.cssSelector(".post-body strong")).getText());
            assertEquals(
                    "340",
                    first.findElement(By.cssSelector(".post-body td:last-child"))
                            .getText());
            assertTrue(first.getText().contains("<script>alert('x')</script>"), "raw HTML is shown as text");
            assertEquals(List.of(), browser.findAll(By.cssSelector(".post-body script")));
            assertTrue(browser.findAll(By.cssSelector(".post-body a[href^='javascript']"))
                    .isEmpty());
        }
    }

    @Test
    void aModeratorQuotesAndLikesAMembersPost() {
        String topicUrl;
        try (var member = new Browser()) {
            member.signIn(portal, "member", "member", "/forum/");
            topicUrl = startTopic(
                    member,
                    open(),
                    "Quote me " + UUID.randomUUID().toString().substring(0, 6),
                    "Benefits realisation starts *before* go-live.");
        }
        try (var moderator = new Browser()) {
            moderator.signIn(portal, "moderator", "moderator", "/forum/");
            moderator.open(topicUrl);
            moderator.submit(By.cssSelector("#post-1 .like-button"));
            assertEquals(
                    "1 like",
                    moderator.waitFor(By.cssSelector("#post-1 .likes")).getText());
            moderator.find(By.cssSelector("#post-1 .likes")).click();
            assertEquals(
                    "Liked by Owen Moderator",
                    moderator.waitFor(By.cssSelector("#post-1 .liked-by")).getText());
            assertTrue(moderator.findAll(By.cssSelector("#post-1 .like-button")).isEmpty(), "no second like");

            moderator.find(By.cssSelector("#post-1 .quote-link")).click();
            var body = moderator.waitFor(By.id("reply-form:body"));
            assertTrue(
                    body.getAttribute("value").startsWith("> Benefits realisation starts *before* go-live."),
                    body.getAttribute("value"));
            body.sendKeys("Agreed: baseline measures first.");
            moderator.submit(By.id("reply-form:send"));

            var reply = moderator.waitFor(By.id("post-2"));
            assertTrue(reply.findElement(By.cssSelector(".post-body blockquote"))
                    .getText()
                    .contains("Benefits realisation"));
            assertTrue(
                    reply.findElement(By.cssSelector(".in-reply-to")).getText().contains("#1"));
            assertTrue(reply.getText().contains("Agreed: baseline measures first."));
        }
    }

    @Test
    void aReplyToATopicLockedMeanwhileIsRefusedAndTheTextKept() {
        try (var member = new Browser();
                var moderator = new Browser()) {
            member.signIn(portal, "member", "member", "/forum/");
            String topicUrl = startTopic(
                    member,
                    membersOnly(),
                    "Lock me " + UUID.randomUUID().toString().substring(0, 6),
                    "Opening post");
            member.waitFor(By.id("reply-form:body")).sendKeys("My carefully written reply");

            moderator.signIn(portal, "moderator", "moderator", "/forum/");
            moderator.open(topicUrl);
            moderator.submit(By.id("moderator-tools:lock"));
            moderator.waitFor(By.id("locked-notice"));

            member.submit(By.id("reply-form:send"));
            assertTrue(member.waitFor(By.id("reply-form:body-error")).getText().contains("locked"));
            assertEquals(
                    "My carefully written reply",
                    member.find(By.id("reply-form:body")).getAttribute("value"));
            assertTrue(member.findAll(By.id("post-2")).isEmpty(), "nothing was posted");

            moderator.open(portal + "/moderation/audit.xhtml");
            assertTrue(moderator.waitFor(By.id("audit-form:audit")).getText().contains("topic.lock"));
        }
    }

    @Test
    void anEditSavedInAnotherTabMeanwhileIsNotOverwrittenAndTheTextIsKept() {
        try (var member = new Browser()) {
            member.signIn(portal, "member", "member", "/forum/");
            startTopic(
                    member,
                    open(),
                    "Edit me twice " + UUID.randomUUID().toString().substring(0, 6),
                    "The first text");
            member.submit(By.linkText("Edit"));
            String editUrl = member.currentUrl();
            String first = member.driver().getWindowHandle();
            member.waitFor(By.id("edit-form:body")).sendKeys(" and the first tab's words");

            member.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            member.open(editUrl);
            member.waitFor(By.id("edit-form:body")).sendKeys(" and the second tab's words");
            member.submit(By.id("edit-form:save"));
            assertTrue(member.waitFor(By.cssSelector("#post-1 .post-body"))
                    .getText()
                    .contains("second tab"));

            member.driver().switchTo().window(first);
            member.submit(By.id("edit-form:save"));
            assertTrue(member.waitFor(By.id("edit-form:body-error"))
                    .getText()
                    .contains("changed in another window or tab"));
            assertEquals(
                    "The first text and the first tab's words",
                    member.find(By.id("edit-form:body")).getAttribute("value"),
                    "the text typed is kept");
            member.open(editUrl);
            assertEquals(
                    "The first text and the second tab's words",
                    member.waitFor(By.id("edit-form:body")).getAttribute("value"),
                    "the other tab's edit stands");
        }
    }

    @Test
    void aFlaggedPostReachesTheModeratorQueue() {
        String reason =
                "Mentions a patient by name " + UUID.randomUUID().toString().substring(0, 6);
        try (var member = new Browser()) {
            member.signIn(portal, "member", "member", "/forum/");
            startTopic(
                    member,
                    membersOnly(),
                    "Flag me " + UUID.randomUUID().toString().substring(0, 6),
                    "Something that needs a look");
            member.find(By.cssSelector("#post-1 .flag-link")).click();
            member.waitFor(By.id("flag-form:reason")).sendKeys(reason);
            member.submit(By.id("flag-form:flag"));
            member.waitFor(By.id("topic-title"));
        }
        String topicUrl;
        try (var moderator = new Browser()) {
            moderator.signIn(portal, "moderator", "moderator", "/moderation/flags.xhtml");
            assertTrue(moderator.waitFor(By.id("flags-form:flags")).getText().contains(reason));

            // The moderator follows the flag and hides the post, saying why.
            moderator.find(By.xpath("//tr[.//q[text()='" + reason + "']]//a")).click();
            moderator.waitFor(By.cssSelector("#post-1 .flag-link")).click();
            moderator.waitFor(By.id("flag-form:reason")).sendKeys("Patient identifiable");
            moderator.submit(By.id("flag-form:hide"));
            String hidden =
                    moderator.waitFor(By.cssSelector("#post-1 .post-body")).getText();
            assertTrue(hidden.contains("hidden by a moderator (Owen Moderator): Patient identifiable"), hidden);
            assertTrue(hidden.contains("Something that needs a look"), "moderators still read it");
            topicUrl = moderator.currentUrl();

            // Dealt with: the moderator dismisses the flag, and it leaves the queue.
            moderator.open(portal + "/moderation/flags.xhtml");
            var flag = By.xpath("//tr[.//q[text()='" + reason + "']]");
            moderator.submit(By.xpath("//tr[.//q[text()='" + reason + "']]//input[@value='Dismiss']"));
            moderator.waitFor(By.id("flags-form:flags"));
            assertTrue(moderator.findAll(flag).isEmpty(), "the dismissed flag has left the queue");
        }
        var visitorView = new PortalClient(portal);
        visitorView.signIn("member", "member", "/forum/");
        String page = visitorView
                .get(topicUrl.replace(portal, "").replaceAll("#.*$", ""))
                .body();
        assertTrue(page.contains("This post was hidden by a moderator."), "members see that it was hidden");
        assertFalse(page.contains("Something that needs a look"), "but not its text");
    }

    @Test
    void visitorsFindNoMembersOnlyTopicsAndGetNoSession() {
        var visitor = new PortalClient(portal);
        assertEquals(404, visitor.get(Links.category(membersOnly())).statusCode());
        var member = new PortalClient(portal);
        member.signIn("member", "member", Links.category(membersOnly()));
        var members = member.get(Links.category(membersOnly()));
        assertEquals(200, members.statusCode());
        var matcher =
                java.util.regex.Pattern.compile("topic.xhtml\\?id=([0-9]+)").matcher(members.body());
        assertTrue(matcher.find(), "the members-only category the test made has topics");
        String topicId = matcher.group(1);

        assertEquals(404, visitor.get("/forum/topic.xhtml?id=" + topicId).statusCode());
        var page = member.get("/forum/topic.xhtml?id=" + topicId);
        var post = java.util.regex.Pattern.compile("/forum/post/([0-9]+)").matcher(page.body());
        assertTrue(post.find());
        assertEquals(404, visitor.get("/forum/post/" + post.group(1)).statusCode(), "permalink");
        assertEquals(302, member.get("/forum/post/" + post.group(1)).statusCode());
        assertEquals(404, visitor.get("/forum/topic.xhtml?id=999999999").statusCode(), "forged id");
        assertEquals(404, visitor.get("/forum/topic.xhtml?id=abc").statusCode(), "garbage id");

        // Drafts: only a signed-in member's own script may use them.
        String draft = "/api/drafts/reply/" + topicId;
        assertEquals(404, visitor.get(draft, "X-Portal-Request", "1").statusCode(), "visitor");
        assertEquals(404, visitor.put(draft, "sneaky", "X-Portal-Request", "1").statusCode(), "visitor saving");
        assertEquals(404, member.put(draft, "cross-site", new String[0]).statusCode(), "no same-origin header");
        assertEquals(204, member.put(draft, "mine", "X-Portal-Request", "1").statusCode());
        assertEquals("mine", member.get(draft, "X-Portal-Request", "1").body());
        assertEquals(
                404,
                member.put("/api/drafts/reply/999999999", "x", "X-Portal-Request", "1")
                        .statusCode(),
                "forged topic");

        // The editor's helpers likewise.
        assertEquals(
                404,
                visitor.get("/api/editor/mentions?q=mem", "X-Portal-Request", "1")
                        .statusCode());
        assertEquals(404, member.get("/api/editor/mentions?q=mem").statusCode(), "no same-origin header");
        assertEquals(
                200,
                member.get("/api/editor/mentions?q=mem", "X-Portal-Request", "1")
                        .statusCode());

        var open = visitor.get(Links.category(open()));
        assertEquals(200, open.statusCode());
        assertTrue(open.headers().allValues("Set-Cookie").isEmpty());
        assertFalse(visitor.hasPortalSession());
    }

    @Test
    void aMentionedMemberSeesANotification() {
        try (var moderator = new Browser();
                var member = new Browser()) {
            // The moderator has signed in before, so the portal knows their user name.
            moderator.signIn(portal, "moderator", "moderator", "/forum/");

            member.signIn(portal, "member", "member", "/forum/");
            String title = "Mention " + UUID.randomUUID().toString().substring(0, 6);
            startTopic(member, open(), title, "Opening post");
            member.waitFor(By.id("reply-form:body")).sendKeys("What do you think, @moderator?");
            member.submit(By.id("reply-form:send"));
            var mention = member.waitFor(By.cssSelector("#post-2 .post-body a"));
            assertEquals("@moderator", mention.getText());
            assertTrue(mention.getAttribute("href").endsWith("/members/profile.xhtml?u=moderator"));

            moderator.open(portal + "/forum/");
            assertTrue(Integer.parseInt(
                            moderator.waitFor(By.id("unread-count")).getText().replaceAll("[^0-9]", ""))
                    >= 1);
            moderator.find(By.id("notifications")).click();
            assertTrue(
                    moderator
                            .waitFor(By.id("notification-list"))
                            .getText()
                            .contains("Maya Member mentioned you in “" + title + "”"),
                    moderator.find(By.id("notification-list")).getText());
            moderator
                    .find(By.linkText("Maya Member mentioned you in “" + title + "”"))
                    .click();
            assertTrue(moderator.waitFor(By.id("post-2")).getText().contains("What do you think"));
        }
    }

    @Test
    void aDraftSurvivesLeavingThePageAndIsDiscardedWhenPosted() {
        try (var member = new Browser()) {
            member.signIn(portal, "member", "member", "/forum/");
            String topicUrl = startTopic(
                    member, open(), "Drafts " + UUID.randomUUID().toString().substring(0, 6), "Opening post");
            member.waitFor(By.id("reply-form:body")).sendKeys("Half-written thought");
            new org.openqa.selenium.support.ui.WebDriverWait(member.driver(), java.time.Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.id("reply-form:body-draft-status"))
                            .getText()
                            .startsWith("Draft saved"));

            member.open(portal + "/forum/");
            member.open(topicUrl);
            var body = member.waitFor(By.id("reply-form:body"));
            new org.openqa.selenium.support.ui.WebDriverWait(member.driver(), java.time.Duration.ofSeconds(15))
                    .until(d -> !body.getAttribute("value").isEmpty());
            assertEquals("Half-written thought", body.getAttribute("value"));
            assertEquals(
                    "Your draft was restored.",
                    member.find(By.id("reply-form:body-draft-status")).getText());

            member.submit(By.id("reply-form:send"));
            member.waitFor(By.id("post-2"));
            member.open(topicUrl);
            member.waitFor(By.id("reply-form:body"));
            var client = new PortalClient(portal);
            client.signIn("member", "member", "/forum/");
            String topicId = topicUrl.replaceAll(".*id=([0-9]+).*", "$1");
            assertEquals(
                    204,
                    client.get("/api/drafts/reply/" + topicId, "X-Portal-Request", "1")
                            .statusCode(),
                    "discarded once posted");
        }
    }

    @Test
    void aMemberSeesWhatIsUnreadAndJumpsToIt() {
        try (var member = new Browser();
                var moderator = new Browser()) {
            member.signIn(portal, "member", "member", "/forum/");
            String title = "Unread " + UUID.randomUUID().toString().substring(0, 6);
            String topicUrl = startTopic(member, membersOnly(), title, "Opening post");

            moderator.signIn(portal, "moderator", "moderator", "/forum/");
            moderator.open(topicUrl);
            moderator.waitFor(By.id("reply-form:body")).sendKeys("A reply the member has not seen");
            moderator.submit(By.id("reply-form:send"));
            moderator.waitFor(By.id("post-2"));

            member.open(portal + Links.category(membersOnly()));
            var unreadLink = By.xpath(
                    "//li[contains(@class,'topic-row')][a[text()='" + title + "']]//*[contains(@class,'unread')]");
            String unread = member.waitFor(unreadLink).getText();
            assertTrue(unread.startsWith("1 unread"), unread);
            member.submit(unreadLink);
            assertTrue(member.currentUrl().endsWith("#post-2"), member.currentUrl());
            assertEquals(
                    "New", member.waitFor(By.cssSelector("#post-2 .tag-new")).getText());
            assertTrue(member.findAll(By.cssSelector("#post-1 .tag-new")).isEmpty());
        }
    }

    @Test
    void aModeratorRenamesMovesAndDeletesATopicAndReadsAPostsHistory() {
        String topicUrl;
        try (var member = new Browser()) {
            member.signIn(portal, "member", "member", "/forum/");
            topicUrl = startTopic(
                    member, open(), "Tidy me " + UUID.randomUUID().toString().substring(0, 6), "First words");
            member.find(By.linkText("Edit")).click();
            var body = member.waitFor(By.id("edit-form:body"));
            body.clear();
            body.sendKeys("Second thoughts");
            member.submit(By.id("edit-form:save"));
            assertTrue(member.waitFor(By.cssSelector("#post-1 .post-body"))
                    .getText()
                    .contains("Second thoughts"));
        }
        try (var moderator = new Browser()) {
            moderator.signIn(portal, "moderator", "moderator", "/forum/");
            moderator.open(topicUrl);
            moderator.waitFor(By.cssSelector("#post-1 .history-link")).click();
            assertEquals("Second thoughts", moderator.waitFor(By.id("current")).getText());
            assertTrue(moderator.find(By.cssSelector(".revision")).getText().contains("First words"));

            moderator.open(topicUrl);
            String renamed = "Renamed " + UUID.randomUUID().toString().substring(0, 6);
            var title = moderator.waitFor(By.id("topic-admin:new-title"));
            title.clear();
            title.sendKeys(renamed);
            moderator.submit(By.id("topic-admin:rename"));
            assertEquals(renamed, moderator.waitFor(By.id("topic-title")).getText());

            new org.openqa.selenium.support.ui.Select(moderator.find(By.id("topic-admin:new-category")))
                    .selectByVisibleText(FixturesServlet.categoryName(membersOnly()));
            moderator.submit(By.id("topic-admin:move"));
            assertTrue(moderator
                    .waitFor(By.className("breadcrumb"))
                    .getText()
                    .contains(FixturesServlet.categoryName(membersOnly())));

            moderator.submit(By.id("moderator-tools:delete-topic"));
            moderator.waitForUrlStartingWith(portal + Links.category(membersOnly()));
            assertEquals(
                    404,
                    new PortalClient(portal).get(topicUrl.replace(portal, "")).statusCode());

            moderator.open(portal + "/moderation/audit.xhtml");
            String audit = moderator.waitFor(By.id("audit-form:audit")).getText();
            assertTrue(
                    audit.contains("topic.rename") && audit.contains("topic.move") && audit.contains("topic.delete"),
                    audit);
        }
    }

    @Test
    void theEditorPreviewsSuggestsMentionsAndQuotesASelection() {
        try (var moderator = new Browser()) {
            moderator.signIn(portal, "moderator", "moderator", "/forum/"); // so the portal knows @moderator
        }
        try (var member = new Browser()) {
            member.signIn(portal, "member", "member", "/forum/");
            startTopic(
                    member,
                    open(),
                    "Editor " + UUID.randomUUID().toString().substring(0, 6),
                    "Interoperability is a team sport.");
            var body = member.waitFor(By.id("reply-form:body"));
            body.sendKeys("Hello **bold** and _slanted_ ");
            assertEquals(
                    "bold",
                    member.waitFor(By.cssSelector("#reply-form\\:body-preview .preview-body strong"))
                            .getText());

            body.sendKeys("@mode");
            var option = member.waitFor(By.xpath("//ul[@id='reply-form:body-mentions']/li[contains(., '@moderator')]"));
            var offered = member.findAll(By.cssSelector("#reply-form\\:body-mentions li")).stream()
                    .map(org.openqa.selenium.WebElement::getText)
                    .toList();
            assertTrue(
                    offered.stream()
                            .allMatch(o -> o.toLowerCase(java.util.Locale.ROOT).matches("(mode.*|.*\\(@mode.*)")),
                    "only members whose name or user name starts with 'mode': " + offered);
            body.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertTrue(body.getAttribute("value").endsWith("@moderator "), body.getAttribute("value"));

            ((org.openqa.selenium.JavascriptExecutor) member.driver())
                    .executeScript(
                            "window.getSelection().selectAllChildren(document.querySelector('#post-1 .post-body p'));");
            member.waitFor(By.id("quote-selection")).click();
            assertTrue(
                    body.getAttribute("value").contains("> Interoperability is a team sport."),
                    body.getAttribute("value"));
            assertTrue(body.getAttribute("value").contains("[post #1](/forum/post/"), body.getAttribute("value"));
        }
    }

    @Test
    void anAdminAddsACategoryAndOthersCannot() {
        String slug = "added-" + UUID.randomUUID().toString().substring(0, 6);
        try (var admin = new Browser()) {
            admin.signIn(portal, "admin", "admin", "/admin/categories.xhtml");
            admin.waitFor(By.id("category-form:name")).sendKeys("Added by the admin");
            admin.find(By.id("category-form:slug")).sendKeys("Not A Slug!");
            admin.submit(By.id("category-form:create"));
            assertTrue(
                    admin.waitFor(By.id("category-form:slug-error")).getText().contains("lower-case"));
            assertEquals(
                    "Added by the admin",
                    admin.find(By.id("category-form:name")).getAttribute("value"),
                    "kept");
            var slugField = admin.find(By.id("category-form:slug"));
            slugField.clear();
            slugField.sendKeys(slug);
            new org.openqa.selenium.support.ui.Select(admin.find(By.id("category-form:visibility")))
                    .selectByValue("PUBLIC");
            admin.submit(By.id("category-form:create"));
            assertTrue(admin.waitFor(By.id("categories")).getText().contains(slug));

            admin.find(By.xpath("//tr[td[text()='" + slug + "']]//a")).click();
            var name = admin.waitFor(By.id("category-form:name"));
            name.clear();
            name.sendKeys("Renamed by the admin");
            admin.submit(By.id("category-form:save"));
            assertTrue(admin.waitFor(By.id("categories")).getText().contains("Renamed by the admin"));
        }
        assertEquals(
                200,
                new PortalClient(portal).get("/forum/category.xhtml?c=" + slug).statusCode(),
                "public: visitors read it");
        var member = new PortalClient(portal);
        member.signIn("member", "member", "/forum/");
        assertEquals(404, member.get("/admin/categories.xhtml").statusCode());
        assertEquals(404, member.get("/admin/category.xhtml?c=" + slug).statusCode());
    }
}
