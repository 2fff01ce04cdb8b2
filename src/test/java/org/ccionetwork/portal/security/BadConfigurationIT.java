package org.ccionetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;
import org.ccionetwork.portal.devserver.PayaraServer;
import org.ccionetwork.portal.devserver.Ports;
import org.ccionetwork.portal.testing.PortalClient;
import org.ccionetwork.portal.testing.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real WAR on Payara Micro whose sign-in provider is not there (Keycloak points at a port where
 * nobody listens) while its database is fine. The portal says so plainly in its log, reports that
 * part (and only that part) not ready, keeps serving visitors, and shows a friendly page to whoever
 * tries to sign in, never a stack trace. The database going away is {@link DatabaseRecoveryIT}'s.
 */
class BadConfigurationIT {

    private static PayaraServer portal;
    private static final int DEAD_KEYCLOAK_PORT = Ports.free();

    @BeforeAll
    static void startWithBadConfiguration() throws Exception {
        var target = TestSettings.target();
        org.ccionetwork.portal.devserver.Files2.deleteRecursively(target.resolve("it-bad-config-h2"));
        portal = PayaraServer.start(
                TestSettings.project(),
                Ports.free(),
                Map.of(
                        "PORTAL_DB_URL",
                        "jdbc:h2:file:" + target.resolve("it-bad-config-h2/portal") + ";NON_KEYWORDS=VALUE",
                        "PORTAL_OIDC_PROVIDER_URI",
                        "http://localhost:" + DEAD_KEYCLOAK_PORT + "/realms/ccio"),
                target.resolve("it-payara-bad-config"),
                target.resolve("it-logs/bad-config-portal.log"),
                "-Xmx512m");
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void readinessIsDownAndSaysWhichButNotWhy() {
        var answer = new PortalClient(portal.url()).get("/health/ready");
        assertEquals(503, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"status\":\"DOWN\""), answer.body());
        assertTrue(answer.body().matches("(?s).*\"name\":\"database\",\"status\":\"UP\".*"), answer.body());
        assertTrue(answer.body().matches("(?s).*\"name\":\"sign-in-provider\",\"status\":\"DOWN\".*"), answer.body());
        // Public: a load balancer reads it, so the error text (addresses, drivers) stays in the log.
        for (String secret : new String[] {"error", "jdbc", "Exception", "http://", "\"data\":{\""}) {
            assertFalse(answer.body().contains(secret), secret + " in " + answer.body());
        }
    }

    @Test
    void visitorsStillReadWithoutTheSignInProvider() {
        for (String page : new String[] {"/", "/forum/", "/news/", "/library/"}) {
            var answer = new PortalClient(portal.url()).get(page);
            assertEquals(200, answer.statusCode(), page);
        }
    }

    @Test
    void signingInWhileKeycloakIsDownShowsAFriendlyErrorPage() {
        var answer = new PortalClient(portal.url()).follow("/signin?returnTo=/");
        assertTrue(answer.statusCode() >= 500, "status " + answer.statusCode());
        assertFriendly(answer.body());
    }

    @Test
    void pagesThatNeedNoDataStillWork() {
        var answer = new PortalClient(portal.url()).get("/privacy.xhtml");
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("Privacy notice"));
    }

    @Test
    void theLogSaysPlainlyWhatIsWrong() throws Exception {
        new PortalClient(portal.url()).follow("/signin?returnTo=/");
        String log = Files.readString(portal.process().log());
        assertTrue(
                log.contains(
                        "The portal cannot reach its sign-in provider (portal.oidc.provider-uri = http://localhost:"
                                + DEAD_KEYCLOAK_PORT + "/realms/ccio)"),
                "sign-in provider message naming the provider it tried");
    }

    @Test
    void sessionsAreKeptInMemoryOnASingleNodeWithoutANoisyLog() throws Exception {
        // A single node (--nohazelcast) keeps sessions in memory: a session made (here by a sign-in
        // that cannot reach Keycloak), used again, and one the node never knew (a browser's cookie
        // from before a restart) write no "Hazelcast is not enabled" stack traces into the log.
        long before = Files.size(portal.process().log());
        var client = new PortalClient(portal.url());
        client.follow("/signin?returnTo=/");
        assertTrue(client.hasPortalSession(), "signing in starts a session");
        assertEquals(200, client.get("/").statusCode());
        for (String page : new String[] {"/", "/forum/", "/news/"}) {
            var answer = new PortalClient(portal.url())
                    .get(page, "Cookie", "JSESSIONID=0123456789abcdef0123456789ab; JSESSIONIDVERSION=2f:0");
            assertEquals(200, answer.statusCode(), page);
        }
        String written = "";
        for (int wait = 0; wait < 10 && !written.contains("cannot reach its sign-in provider"); wait++) {
            Thread.sleep(200);
            byte[] log = Files.readAllBytes(portal.process().log());
            written = new String(
                    java.util.Arrays.copyOfRange(log, (int) before, log.length),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(written.contains("cannot reach its sign-in provider"), "the sign-in was logged:\n" + written);
        for (String noise :
                new String[] {"Hazelcast is not enabled", "BackingStoreException", "load session from store"}) {
            assertFalse(written.contains(noise), noise + " in the log:\n" + written);
        }
    }

    private static void assertFriendly(String body) {
        assertTrue(body.contains("Sorry, there is a problem with the service"), body);
        // (PrimeFaces' own settings script names exception classes for its error-page mapping,
        // so the check looks for what a leaked failure would show, not for the word "Exception".)
        for (String leak : new String[] {
            "Caused by",
            "\tat ",
            "at org.",
            "at java.",
            "ConnectException",
            "SQLException",
            "PSQLException",
            "EclipseLink",
            "jdbc:",
            "localhost:" + DEAD_KEYCLOAK_PORT,
            "Stack"
        }) {
            assertFalse(body.contains(leak), "the page leaks '" + leak + "':\n" + body);
        }
    }
}
