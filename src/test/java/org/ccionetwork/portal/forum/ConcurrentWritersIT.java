package org.ccionetwork.portal.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.Fixtures;
import org.ccionetwork.portal.testing.FixturesServlet;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.KeycloakUsers;
import org.ccionetwork.portal.testing.PortalClient;
import org.ccionetwork.portal.text.Formats;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 64 writers at once (8 logins, 8 signed-in sessions each), through the same HTTP the forms send:
 * each replies to one topic and starts a topic in the same category, all released together. No
 * answer is a 5xx, every acknowledged post is there exactly once, and the counters the pages show
 * are exact. (Before the rows were locked, 18 members replying at once got HTTP 500 on 52 of 72
 * replies.)
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
class ConcurrentWritersIT {

    private static final int LOGINS = 8;
    private static final int SESSIONS_PER_LOGIN = 8;
    private static final Pattern TOPIC_ID = Pattern.compile("[?&]id=(\\d+)");
    private static final String NEW_TOPIC = "/forum/new.xhtml?c=";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFixtures();
    }

    @ArquillianResource
    private java.net.URL url;

    private record Answers(HttpResponse<String> reply, HttpResponse<String> topic, long millis) {}

    @Test
    void sixtyFourWritersAtOnceLoseNothingAndCountExactly() throws Exception {
        String portal = url.toString().replaceAll("/+$", "");
        var fixtures = new Fixtures(portal);
        String category = fixtures.category(Visibility.PUBLIC);
        String topic = fixtures.topic(category, "Everyone replies here at once");
        var matcher = TOPIC_ID.matcher(topic);
        assertTrue(matcher.find(), topic);
        String topicId = matcher.group(1);

        var writers = signInWriters(portal);
        // A member's view of the category before the writing: its rows are then shared, and must go with it.
        assertEquals(200, writers.getLast().get(Links.category(category)).statusCode());
        String run = UUID.randomUUID().toString().substring(0, 8);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(writers.size());
        var answers = new ArrayList<Future<Answers>>();
        try {
            for (int i = 0; i < writers.size(); i++) {
                var client = writers.get(i);
                int number = i;
                String reply = "Reply " + i + " of run " + run;
                String title = "Topic " + i + " of run " + run;
                // Each writer's two forms are opened first, as a member with two tabs would.
                String topicPage = client.get(topic).body();
                String newTopicPage = client.get(NEW_TOPIC + category).body();
                answers.add(pool.submit(() -> {
                    start.await();
                    long began = System.nanoTime();
                    var replied = client.postForm(
                            topic,
                            org.ccionetwork.portal.testing.PortalClient.form(
                                    topicPage, "reply-form", "reply-form:send", Map.of("reply-form:body", reply)));
                    var started = client.postForm(
                            NEW_TOPIC + category,
                            org.ccionetwork.portal.testing.PortalClient.form(
                                    newTopicPage,
                                    "topic-form",
                                    "topic-form:create",
                                    Map.of(
                                            "topic-form:title",
                                            title,
                                            "topic-form:body",
                                            "Started at once by writer " + number + ".")));
                    return new Answers(replied, started, (System.nanoTime() - began) / 1_000_000);
                }));
            }
            start.countDown();
            var statuses = new ConcurrentHashMap<Integer, Integer>();
            var millis = new ArrayList<Long>();
            for (var future : answers) {
                var answer = future.get();
                millis.add(answer.millis());
                statuses.merge(answer.reply().statusCode(), 1, Integer::sum);
                statuses.merge(answer.topic().statusCode(), 1, Integer::sum);
            }
            millis.sort(null);
            System.out.printf(
                    "%d writers, a reply and a topic each: median %d ms, slowest %d ms for both%n",
                    writers.size(), millis.get(millis.size() / 2), millis.getLast());
            assertEquals(Map.of(302, 2 * writers.size()), statuses, "every reply and topic acknowledged, none a 5xx");
        } finally {
            pool.shutdownNow();
        }

        var visitor = new PortalClient(portal);
        var topicHtml = new StringBuilder();
        int pages = (1 + writers.size() + Topic.POSTS_PER_PAGE - 1) / Topic.POSTS_PER_PAGE;
        for (int page = 1; page <= pages + 1; page++) {
            topicHtml.append(visitor.get("/forum/topic.xhtml?id=" + topicId + "&page=" + page)
                    .body());
        }
        // A member reads the same pages: the posts every member shares (SharedParts), read by the writers' first
        // views before the replies, must have gone with each reply as it committed.
        var member = writers.getLast();
        var memberTopicHtml = new StringBuilder();
        for (int page = 1; page <= pages + 1; page++) {
            memberTopicHtml.append(member.get("/forum/topic.xhtml?id=" + topicId + "&page=" + page)
                    .body());
        }
        String categoryHtml = allCategoryPages(visitor, category);
        String memberCategoryHtml = allCategoryPages(member, category);
        var missingOrTwice = new ArrayList<String>();
        for (int i = 0; i < writers.size(); i++) {
            count(topicHtml, "Reply " + i + " of run " + run + "<", missingOrTwice);
            count(memberTopicHtml, "Reply " + i + " of run " + run + "<", missingOrTwice);
            count(categoryHtml, "Topic " + i + " of run " + run + "<", missingOrTwice);
            count(memberCategoryHtml, "Topic " + i + " of run " + run + "<", missingOrTwice);
        }
        assertEquals(List.of(), missingOrTwice, "each post present exactly once");

        // The category: the fixture's topic and the writers' topics; its opening post, the replies, their openings.
        String counts = Formats.count(1 + writers.size(), "topic", "topics") + " · "
                + Formats.count(1 + 2L * writers.size(), "post", "posts");
        var entry = Jsoup.parse(visitor.get("/forum/").body())
                .select("li:contains(" + FixturesServlet.categoryName(category) + ")")
                .last();
        assertTrue(entry != null && entry.text().contains(counts), "the category counts " + counts + ": " + entry);
        assertTrue(
                Jsoup.parse(categoryHtml).text().contains(writers.size() + " replies"),
                "the topic counts " + writers.size() + " replies");
    }

    /**
     * 8 logins, each signed in 8 times (8 sessions), through Keycloak's login page: the logins in
     * parallel, each one's sessions one after another (Keycloak's brute-force guard takes a login's
     * own simultaneous sign-ins for an attack).
     */
    private static List<PortalClient> signInWriters(String portal) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        var pool = Executors.newFixedThreadPool(LOGINS);
        try (var users = new KeycloakUsers()) {
            var signedIn = new ArrayList<Future<List<PortalClient>>>();
            for (int login = 0; login < LOGINS; login++) {
                String username = "writer" + login + "-" + suffix;
                users.createMember(username, "writer-password");
                signedIn.add(pool.submit(() -> {
                    var sessions = new ArrayList<PortalClient>();
                    for (int session = 0; session < SESSIONS_PER_LOGIN; session++) {
                        var client = new PortalClient(portal);
                        client.signIn(username, "writer-password", "/");
                        sessions.add(client);
                    }
                    return sessions;
                }));
            }
            var clients = new ArrayList<PortalClient>();
            for (var future : signedIn) {
                clients.addAll(future.get());
            }
            return clients;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String allCategoryPages(PortalClient visitor, String category) {
        var html = new StringBuilder();
        String page = Links.category(category);
        for (int hops = 0; page != null && hops < 20; hops++) {
            String body = visitor.get(page).body();
            html.append(body);
            var older = Jsoup.parse(body).selectFirst("a[rel=next]");
            page = older == null ? null : "/forum/category.xhtml" + older.attr("href");
        }
        return html.toString();
    }

    private static void count(CharSequence html, String marker, List<String> wrong) {
        int found = 0;
        for (int at = html.toString().indexOf(marker);
                at >= 0;
                at = html.toString().indexOf(marker, at + 1)) {
            found++;
        }
        if (found != 1) {
            wrong.add(marker + " ×" + found);
        }
    }
}
