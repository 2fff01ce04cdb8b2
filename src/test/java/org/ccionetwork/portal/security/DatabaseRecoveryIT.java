package org.ccionetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.ccionetwork.portal.devserver.PayaraServer;
import org.ccionetwork.portal.devserver.Ports;
import org.ccionetwork.portal.devserver.PostgresServer;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.PortalClient;
import org.ccionetwork.portal.testing.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR on Payara Micro on a private PostgreSQL that goes away and comes back, with the real
 * Keycloak up throughout. Readiness names the part that is down (the database) and not the one
 * that is up; pages needing data are friendly while it is away; and the portal recovers by itself,
 * with no restart, both when the database was never there at start and when it dies under a
 * running portal with connections in its pool.
 */
@ExtendWith(KeycloakExtension.class)
class DatabaseRecoveryIT {

    private static PostgresServer database;
    private static PayaraServer portal;

    @BeforeAll
    static void startThePortalWhileTheDatabaseIsDown() throws Exception {
        var target = TestSettings.target();
        database = PostgresServer.start(target.resolve("it-logs/recovery-postgres.log"));
        database.kill();
        portal = PayaraServer.start(
                TestSettings.project(),
                Ports.free(),
                Map.of(
                        "PORTAL_DB_URL",
                        database.jdbcUrl(),
                        "PORTAL_DB_USER",
                        "portal",
                        "PORTAL_OIDC_PROVIDER_URI",
                        KeycloakExtension.keycloak().url() + "/realms/ccio"),
                target.resolve("it-payara-recovery"),
                target.resolve("it-logs/recovery-portal.log"),
                "-Xmx512m");
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private static HttpResponse<String> get(String path) {
        return new PortalClient(portal.url()).get(path);
    }

    /** Asks until the answer is as wanted, for at most 30 s; answers the last one. */
    private static HttpResponse<String> until(String path, Predicate<HttpResponse<String>> wanted, String what)
            throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            var answer = get(path);
            if (wanted.test(answer)) {
                return answer;
            }
            assertTrue(Instant.now().isBefore(deadline), what + " within 30 s; last: " + answer.statusCode());
            Thread.sleep(500);
        }
    }

    private static void assertDatabaseAloneIsDown() {
        var ready = get("/health/ready");
        assertEquals(503, ready.statusCode(), ready.body());
        assertTrue(ready.body().matches("(?s).*\"name\":\"database\",\"status\":\"DOWN\".*"), ready.body());
        assertTrue(ready.body().matches("(?s).*\"name\":\"sign-in-provider\",\"status\":\"UP\".*"), ready.body());
        var home = get("/");
        assertEquals(500, home.statusCode());
        assertTrue(home.body().contains("Sorry, there is a problem with the service"), home.body());
        assertFalse(home.body().contains("PSQLException") || home.body().contains("jdbc:"), home.body());
        assertEquals(200, get("/privacy.xhtml").statusCode(), "pages needing no data still work");
    }

    @Test
    void theDatabaseDownAtStartThenBackThenDeadUnderLoadThenBackAgain() throws Exception {
        // 1. Down from the start: only the database part is reported down, and the log says which.
        assertDatabaseAloneIsDown();
        assertTrue(
                java.nio.file.Files.readString(portal.process().log())
                        .contains("The portal cannot reach or prepare its database (portal.db.url = "
                                + database.jdbcUrl() + ")"),
                "the log names the database it tried");

        // 2. It comes back: the schema is made and the pages work, without restarting the portal.
        database.restart();
        until("/health/ready", r -> r.statusCode() == 200, "ready once the database is back");
        var forum = until("/forum/", r -> r.statusCode() == 200, "the forum once the database is back");
        assertTrue(forum.body().contains("Forum"), forum.body());
        for (int i = 0; i < 10; i++) {
            assertEquals(200, get("/forum/?n=" + i).statusCode(), "pooled connections in use");
        }

        // 3. It dies under the running portal, pooled connections and all.
        database.kill();
        until("/health/ready", r -> r.statusCode() == 503, "not ready once the database dies");
        assertDatabaseAloneIsDown();

        // 4. Back again: the pool's dead connections are replaced and every page works again.
        database.restart();
        until("/health/ready", r -> r.statusCode() == 200, "ready once the database is back again");
        for (int i = 0; i < 40; i++) {
            var answer = get("/forum/search.xhtml?q=summer" + i);
            assertEquals(200, answer.statusCode(), "request " + i + " after the database came back");
        }
    }
}
