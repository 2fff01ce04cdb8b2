package org.ccionetwork.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.ccionetwork.portal.devserver.PayaraServer;
import org.ccionetwork.portal.devserver.Ports;
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
        int port = Ports.free();
        try (var portal = PayaraServer.start(
                TestSettings.project(),
                port,
                settings,
                target.resolve("it-payara-demo"),
                target.resolve("it-logs/demo-portal.log"),
                "-Xmx384m")) {
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
        }
        try (var portal = PayaraServer.start(
                TestSettings.project(),
                port,
                settings,
                target.resolve("it-payara-demo"),
                target.resolve("it-logs/demo-portal-again.log"),
                "-Xmx384m")) {
            assertEquals(first, seen(new PortalClient(portal.url())), "a second start on the same data");
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
