package org.ccionetwork.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.ccionetwork.portal.devserver.PayaraServer;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.PortalClient;
import org.ccionetwork.portal.testing.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The run command's demo content, on the real WAR as {@code mvn -Prun} starts it (the other
 * integration tests run without it and make their own data): a newcomer finds categories, topics,
 * news and library items as a visitor, and a second start on the same database adds nothing twice.
 */
@ExtendWith(KeycloakExtension.class)
class DemoContentIT {

    private static final Pattern TOPIC_LINK = Pattern.compile("topic\\.xhtml\\?id=\\d+");
    private static final Pattern ARTICLE_LINK = Pattern.compile("/news/article\\.xhtml\\?a=[a-z0-9-]+");
    private static final Pattern ITEM_LINK = Pattern.compile("item\\.xhtml\\?id=\\d+");

    private record Seen(long welcomeTopics, long articles, long items) {}

    @Test
    void aNewcomerFindsTheDemoContentAndASecondStartAddsNothingTwice() throws Exception {
        var target = TestSettings.target();
        Path data = target.resolve("it-demo-data");
        org.ccionetwork.portal.devserver.Files2.deleteRecursively(data);
        var settings = Map.of(
                "PORTAL_DEMO_CONTENT",
                "true",
                "PORTAL_DB_URL",
                "jdbc:h2:file:" + data.resolve("portal") + ";NON_KEYWORDS=VALUE",
                "PORTAL_OIDC_PROVIDER_URI",
                KeycloakExtension.keycloak().url() + "/realms/ccio");
        Seen first;
        // The address the tests' realm knows (no other portal runs meanwhile), so a browser can sign in.
        int port = TestSettings.portalPort();
        try (var portal = PayaraServer.start(
                TestSettings.project(),
                port,
                settings,
                target.resolve("it-payara-demo"),
                target.resolve("it-logs/demo-portal.log"),
                org.ccionetwork.portal.devserver.PortalJvm.OPTIONS.toArray(String[]::new))) {
            var visitor = new PortalClient(portal.url());
            var forum = visitor.get("/forum/").body();
            assertTrue(forum.contains("Welcome and announcements"), "the public demo categories: " + forum);
            assertTrue(forum.contains("Careers and development"), forum);
            assertTrue(
                    visitor.get("/forum/category.xhtml?c=welcome")
                            .body()
                            .contains("Welcome to the CCIO Network portal"),
                    "the welcome topic");
            assertTrue(visitor.get("/news/").body().contains("Summer school 2027: bursaries open"), "the demo news");
            first = seen(visitor);
            assertTrue(first.welcomeTopics() > 0 && first.articles() > 0 && first.items() > 0, first.toString());

            // The run command's portal, used through a browser by a member, a moderator and an admin:
            // its log holds no stack trace afterwards.
            useThroughABrowser(portal.url());
            String log = java.nio.file.Files.readString(target.resolve("it-logs/demo-portal.log"));
            assertFalse(log.contains("\n\tat "), "a stack trace in the run command's log: see it-logs/demo-portal.log");
        }
        try (var portal = PayaraServer.start(
                TestSettings.project(),
                port,
                settings,
                target.resolve("it-payara-demo"),
                target.resolve("it-logs/demo-portal-again.log"),
                org.ccionetwork.portal.devserver.PortalJvm.OPTIONS.toArray(String[]::new))) {
            assertEquals(first, seen(new PortalClient(portal.url())), "a second start on the same data");
        }
    }

    private static void useThroughABrowser(String portal) {
        try (var member = new org.ccionetwork.portal.testing.Browser()) {
            member.signIn(portal, "member", "member", "/forum/category.xhtml?c=welcome");
            member.submit(org.openqa.selenium.By.cssSelector("a[href*='topic.xhtml?id=']"));
            var body = member.waitFor(org.openqa.selenium.By.id("reply-form:body"));
            body.sendKeys("A reply from the browser walk of the run command's portal.");
            member.submit(org.openqa.selenium.By.id("reply-form:send"));
            member.waitFor(org.openqa.selenium.By.id("user-name"));
            // The demo member (a demo person with the member login's Keycloak id) attended last winter's day.
            member.open(portal + "/members/cpd.xhtml");
            assertTrue(member.waitFor(org.openqa.selenium.By.id("cpd-entries"))
                    .getText()
                    .contains("Winter regional day: clinical safety cases"));
            member.open(portal + "/events/");
            assertTrue(member.waitFor(org.openqa.selenium.By.id("upcoming"))
                    .getText()
                    .contains("Places by application"));
            member.submit(org.openqa.selenium.By.linkText("Winter regional day: clinical safety cases"));
            assertTrue(member.waitFor(org.openqa.selenium.By.id("slides"))
                    .getText()
                    .contains("Writing a safety case people read"));
            assertEquals(
                    "2", member.find(org.openqa.selenium.By.id("reply-count")).getText(), "the demo discussion");
            for (String page : java.util.List.of(
                    "/",
                    "/news/",
                    "/library/",
                    "/members/",
                    "/members/edit.xhtml",
                    "/members/notifications.xhtml",
                    "/members/directory.xhtml",
                    "/forum/search.xhtml?q=welcome")) {
                member.open(portal + page);
                member.waitFor(org.openqa.selenium.By.id("user-name"));
            }
            member.waitFor(org.openqa.selenium.By.id("user-menu")).click();
            member.submit(org.openqa.selenium.By.id("sign-out-form:sign-out"));
            member.waitFor(org.openqa.selenium.By.id("sign-in"));
        }
        try (var admin = new org.ccionetwork.portal.testing.Browser()) {
            admin.signIn(portal, "admin", "admin", "/moderation/flags.xhtml");
            for (String page : java.util.List.of("/moderation/audit.xhtml", "/admin/accounts.xhtml", "/news/desk/")) {
                admin.open(portal + page);
                admin.waitFor(org.openqa.selenium.By.id("user-name"));
            }
        }
    }

    private static Seen seen(PortalClient visitor) {
        return new Seen(
                TOPIC_LINK
                        .matcher(visitor.get("/forum/category.xhtml?c=welcome").body())
                        .results()
                        .map(m -> m.group())
                        .distinct()
                        .count(),
                ARTICLE_LINK
                        .matcher(visitor.get("/news/").body())
                        .results()
                        .map(m -> m.group())
                        .distinct()
                        .count(),
                ITEM_LINK
                        .matcher(visitor.get("/library/").body())
                        .results()
                        .map(m -> m.group())
                        .distinct()
                        .count());
    }
}
