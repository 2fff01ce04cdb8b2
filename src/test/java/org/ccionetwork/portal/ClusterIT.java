package org.ccionetwork.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.ccionetwork.portal.devserver.NginxServer;
import org.ccionetwork.portal.devserver.PayaraServer;
import org.ccionetwork.portal.devserver.Ports;
import org.ccionetwork.portal.devserver.PostgresServer;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.testing.Browser;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.Fixtures;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.TestSettings;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The portal as a cluster on loopback: two Payara Micro nodes in one Hazelcast cluster (TCP/IP
 * member list), PostgreSQL, the tests' Keycloak, and nginx balancing the nodes at the address the
 * realm knows. A member signs in through the balancer and replies; a visitor reading on the other
 * node sees the reply within a second; a scheduled article is published once though both nodes
 * schedule; the member's node is killed (not stopped) and the member goes on reading and replying
 * in the same session, taken from the cluster's grid by the node that is left (a form from the
 * killed node's page is taken as it was), with no sign-in form and no post lost or doubled; the
 * killed node comes back and rejoins.
 */
@ExtendWith(KeycloakExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final Path WORK = TestSettings.target().resolve("it-cluster");

    private static PostgresServer database;
    private static Path war;
    private static final List<Integer> NODE_PORTS = new ArrayList<>();
    private static final List<Integer> GRID_PORTS = new ArrayList<>();
    private static final PayaraServer[] NODES = new PayaraServer[2];
    private static NginxServer balancer;

    @BeforeAll
    static void startTheCluster() throws Exception {
        org.ccionetwork.portal.devserver.Files2.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        war = WORK.resolve("ROOT.war");
        Deployments.portalWithFixtures().as(ZipExporter.class).exportTo(war.toFile(), true);
        database = PostgresServer.start(WORK.resolve("postgres.log"));
        for (int i = 0; i < 2; i++) {
            NODE_PORTS.add(Ports.free());
            GRID_PORTS.add(Ports.free());
        }
        for (int i = 0; i < 2; i++) {
            NODES[i] = startNode(i);
        }
        // The balancer takes the portal's address in the tests' realm (no other portal runs meanwhile).
        balancer = NginxServer.balancing(WORK.resolve("nginx"), TestSettings.portalPort(), NODE_PORTS);
        balancer.process().awaitHttpOk(URI.create(balancerUrl() + "/health/ready"), Duration.ofSeconds(30));
    }

    private static PayaraServer startNode(int i) throws Exception {
        String name = "node" + (i + 1);
        var node = PayaraServer.start(
                TestSettings.project(),
                war,
                NODE_PORTS.get(i),
                new PayaraServer.ClusterNode(name, GRID_PORTS.get(i), GRID_PORTS),
                Map.of(
                        "PORTAL_DB_URL", database.jdbcUrl(),
                        "PORTAL_DB_USER", "portal",
                        "PORTAL_OIDC_PROVIDER_URI", KeycloakExtension.keycloak().url() + "/realms/ccio",
                        "PORTAL_DEMO_CONTENT", "false",
                        "PORTAL_NEWS_SCHEDULER_SECONDS", "2"),
                WORK.resolve("payara-" + name),
                WORK.resolve(name + ".log"),
                org.ccionetwork.portal.devserver.PortalJvm.OPTIONS.toArray(String[]::new));
        node.process().awaitHttpOk(URI.create(node.url() + "/health/ready"), Duration.ofMinutes(1));
        return node;
    }

    @AfterAll
    static void stopTheCluster() {
        for (AutoCloseable server : new AutoCloseable[] {balancer, NODES[0], NODES[1], database}) {
            try {
                if (server != null) {
                    server.close();
                }
            } catch (Exception e) {
                // stopping: go on with the others
            }
        }
    }

    private static String balancerUrl() {
        return "http://localhost:" + TestSettings.portalPort();
    }

    private static String log(int node) throws Exception {
        return Files.readString(WORK.resolve("node" + (node + 1) + ".log"));
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws Exception {
        var deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), what);
            Thread.sleep(100);
        }
    }

    private static HttpResponse<String> get(String url, String... headers) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(url + ": " + e.getMessage(), e);
        }
    }

    /**
     * Which node served the browser's last request: the balancer's log names the node that answered
     * each request, with the browser's affinity cookie (every node can serve a session from the grid,
     * so the session alone no longer says).
     */
    private static int nodeOf(Browser browser) throws Exception {
        var affinity = browser.driver().manage().getCookieNamed("ccio_node");
        assertTrue(affinity != null, "the balancer gave the browser its affinity");
        String last = null;
        for (String line : Files.readAllLines(WORK.resolve("nginx/access.log"))) {
            if (line.startsWith(affinity.getValue() + " ")) {
                last = line;
            }
        }
        assertTrue(last != null, "the balancer logged the browser's requests");
        String[] upstreams = last.split(" ")[1].split(",");
        int port = Integer.parseInt(upstreams[upstreams.length - 1].trim().replaceAll(".*:", ""));
        assertTrue(NODE_PORTS.contains(port), last);
        return NODE_PORTS.indexOf(port);
    }

    private static String sessionOf(Browser browser) {
        var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(cookie != null, "the member has a session");
        return cookie.getValue();
    }

    private static void reply(Browser member, String text) {
        var body = member.waitFor(By.id("reply-form:body"));
        body.clear();
        body.sendKeys(text);
        member.submit(By.id("reply-form:send"));
        member.waitFor(By.id("user-name"));
        assertEquals(1, occurrences(member.driver().getPageSource(), text), "the reply is on the page once");
    }

    private static int occurrences(String page, String text) {
        int count = 0;
        for (int at = page.indexOf(text); at >= 0; at = page.indexOf(text, at + 1)) {
            count++;
        }
        return count;
    }

    private static long count(String sql, String value) throws Exception {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), "portal", "");
                var statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void aMemberKeepsReadingAndReplyingWhenTheirNodeIsKilled() throws Exception {
        // One cluster: each node says at start which members it sees.
        await(
                "node2 sees both nodes at start",
                Duration.ofSeconds(30),
                () -> uncheckedLog(1).contains("this node sees 2 members"));
        await(
                "node1 logs node2 joining",
                Duration.ofSeconds(30),
                () -> uncheckedLog(0).contains("joined; members now 2 members"));

        var fixtures = new Fixtures(balancerUrl());
        String category = fixtures.category(Visibility.PUBLIC);
        String topic = fixtures.topic(
                category, "Cluster topic " + UUID.randomUUID().toString().substring(0, 6));
        String run = UUID.randomUUID().toString().substring(0, 8);

        try (var member = new Browser()) {
            member.signIn(balancerUrl(), "member", "member", topic);
            int home = nodeOf(member);
            int other = 1 - home;

            // A visitor reading on the other node has the page from its cache; the member's reply on
            // their node reaches it within a second, told through the cluster.
            String otherTopic = NODES[other].url() + topic;
            await(
                    "the other node keeps the page for visitors",
                    Duration.ofSeconds(15),
                    () -> "hit"
                            .equals(get(otherTopic)
                                    .headers()
                                    .firstValue("X-Page-Cache")
                                    .orElse("")));
            String first = "First reply " + run;
            reply(member, first);
            var acknowledged = Instant.now();
            await(
                    "the reply shows on the other node",
                    Duration.ofSeconds(5),
                    () -> get(otherTopic).body().contains(first));
            long delay = Duration.between(acknowledged, Instant.now()).toMillis();
            assertTrue(delay < 1000, "the other node served the old page for " + delay + " ms");

            // Both nodes run the scheduler; the article is published once.
            String title = "Scheduled in the cluster " + run;
            String article = fixtures.scheduled(title, 3);
            await(
                    "the scheduled article is published",
                    Duration.ofSeconds(30),
                    () -> get(balancerUrl() + article).statusCode() == 200);
            Thread.sleep(5000); // more rounds of both schedulers
            String slug = article.substring(article.indexOf("a=") + 2);
            assertEquals(
                    1,
                    count(
                            "select count(*) from audit_log where action = 'news.publish.scheduled' and target = ?",
                            "article " + slug),
                    "published by exactly one node, once");

            // A reply typed on the member's node is sent after that node is killed (not stopped). The
            // session and the form's page state live in the cluster's grid, so the node that is left
            // takes the form as it was: the reply is saved once, in the same session, with no sign-in
            // and no detour through Keycloak.
            String session = sessionOf(member);
            String second = "Second reply " + run;
            NODES[home].process().kill();
            reply(member, second);
            assertEquals(other, nodeOf(member), "now on the node that is left");
            assertEquals(session, sessionOf(member), "the same session, from the grid");
            assertTrue(member.currentUrl().startsWith(balancerUrl() + topic), member.currentUrl());
            assertTrue(member.driver().getPageSource().contains(first), "the first reply is still there");
            String survivor = log(other);
            assertFalse(
                    survivor.contains("A form came back from a page this node no longer holds"),
                    "the page's state was there");
            assertFalse(survivor.contains("Cannot serialize session attribute"), "every session attribute travels");

            // Where a session is gone all the same (it timed out, say): a reply sent from its page
            // shows the text back and saves nothing (one log line), and the page again signs the
            // member in through Keycloak's session, with no form and no click.
            String lost = "Reply after the session went " + run;
            member.waitFor(By.id("reply-form:body")).sendKeys(lost);
            member.driver().manage().deleteCookieNamed("JSESSIONID");
            member.submit(By.id("reply-form:send"));
            assertEquals(lost, member.waitFor(By.id("kept-text")).getAttribute("value"), "the text is kept");
            assertEquals(0, count("select count(*) from forum_posts where body_source = ?", lost));
            assertTrue(log(other).contains("A form came back from a page this node no longer holds"), "one line");
            assertFalse(log(other).contains("ViewExpiredException"), "an expected condition logs no stack trace");
            member.submit(By.id("page-again"));
            member.waitFor(By.id("user-name"));
            assertTrue(member.currentUrl().startsWith(balancerUrl() + topic), member.currentUrl());
            assertNotEquals(session, sessionOf(member), "a new session, from the sign-in again");
            reply(member, lost);
            await(
                    "node " + (other + 1) + " logs the killed node leaving",
                    Duration.ofSeconds(60),
                    () -> uncheckedLog(other).contains("left; members now 1 member"));

            // The killed node comes back and rejoins; the member goes on, on whichever node.
            NODES[home] = startNode(home);
            await(
                    "the node that came back sees both",
                    Duration.ofSeconds(30),
                    () -> uncheckedLog(home).contains("this node sees 2 members"));
            member.open(balancerUrl() + topic);
            member.waitFor(By.id("user-name"));
            String third = "Third reply " + run;
            reply(member, third);
            for (String text : List.of(first, second, lost, third)) {
                assertEquals(
                        1,
                        count("select count(*) from forum_posts where body_source = ?", text),
                        "saved exactly once: " + text);
            }
        }
        // Quiet, useful logs: a node killed, a form from its lost page, sign-ins again: no stack trace.
        for (int i = 0; i < 2; i++) {
            int node = i + 1;
            String log = log(i);
            int at = log.indexOf("\n\tat ");
            assertFalse(
                    at >= 0,
                    () -> "node" + node + "'s log holds a stack trace:\n"
                            + log.substring(
                                    Math.max(0, log.lastIndexOf("\n[", at - 1) - 2000),
                                    Math.min(log.length(), at + 2000)));
        }
    }

    /**
     * The events' capacity rule on PostgreSQL and across nodes: 100 members register at once for 60
     * places, half through each node, and get exactly 60 places and 40 on the waiting list.
     */
    @Test
    @org.junit.jupiter.api.Order(2) // after the node killed and back: both nodes serve the rush
    void aRushForTheLastPlacesThroughBothNodesOnPostgreSqlFillsThemExactly() throws Exception {
        String slug = new Fixtures(NODES[0].url()).event(Visibility.PUBLIC, "Cluster rush", 60, false);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var answers = new ArrayList<java.util.concurrent.Future<String>>();
            for (var node : NODES) {
                answers.add(pool.submit(() -> new Fixtures(node.url()).rush(slug, 50)));
            }
            int registered = 0;
            int waiting = 0;
            var outcome = java.util.regex.Pattern.compile("\\{(?:REGISTERED=(\\d+))?(?:, )?(?:WAITING=(\\d+))?\\}.*");
            for (var answer : answers) {
                String said = answer.get(3, java.util.concurrent.TimeUnit.MINUTES);
                var m = outcome.matcher(said);
                assertTrue(m.matches(), "only places and waiting, no error: " + said);
                registered += m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
                waiting += m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            }
            assertEquals(60, registered, "places");
            assertEquals(40, waiting, "waiting list");
            assertEquals(60, count("select places_taken from events where slug = ?", slug));
            assertEquals(
                    40,
                    count(
                            "select count(*) from event_registrations r, events e where e.slug = ? and r.event_id = e.id"
                                    + " and r.status = 'WAITING'",
                            slug));
        } finally {
            pool.shutdownNow();
        }
    }

    private static String uncheckedLog(int node) {
        try {
            return log(node);
        } catch (Exception e) {
            return "";
        }
    }
}
