package org.ccionetwork.portal.devserver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The run command ({@code mvn -Prun}): starts a mail catcher, Keycloak with the realms imported and
 * the portal on the embedded H2 database, prints where to go and who to be, and stops them on Ctrl-C. Data is
 * kept under {@code ~/.ccio-portal/data} between runs.
 */
public final class RunPortal {

    private RunPortal() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path project = Path.of(System.getProperty("portal.project", ".")).toAbsolutePath();
        Path home = Path.of(System.getProperty("portal.home", System.getProperty("user.home") + "/.ccio-portal"));
        Path distribution = Path.of(System.getProperty("keycloak.distribution"));
        int port = setting("PORTAL_PORT", 8080);
        int keycloakPort = setting("KEYCLOAK_PORT", 8180);
        int managementPort = setting("KEYCLOAK_MANAGEMENT_PORT", 9180);
        int smtpPort = setting("SMTP_PORT", 2525);
        int mailPort = setting("MAIL_CATCHER_PORT", 8025);
        Path data = home.resolve("data");
        Path logs = home.resolve("logs");
        String portalUrl = "http://localhost:" + port;
        for (int needed : new int[] {port, keycloakPort, managementPort, smtpPort, mailPort}) {
            if (!Ports.isFree(needed)) {
                System.err.println(
                        "Port " + needed + " is in use: is the portal already running? Stop it, or choose other"
                                + " ports with PORTAL_PORT, KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT, SMTP_PORT"
                                + " and MAIL_CATCHER_PORT.");
                System.exit(1);
            }
        }

        long started = System.nanoTime();
        // Every message the portal and Keycloak send is caught here, on loopback.
        var mail = MailCatcher.start(smtpPort, mailPort);

        System.out.println("Starting Keycloak on http://localhost:" + keycloakPort + " (log: "
                + logs.resolve("keycloak.log") + ") ...");
        var keycloak = KeycloakServer.start(
                distribution,
                project,
                keycloakPort,
                managementPort,
                portalUrl,
                data.resolve("keycloak"),
                logs.resolve("keycloak.log"),
                smtpPort);

        Map<String, String> settings = new HashMap<>();
        settings.put("PORTAL_OIDC_PROVIDER_URI", keycloak.realmUrl());
        settings.put("PORTAL_DB_URL", "jdbc:h2:file:" + data.resolve("portal") + ";NON_KEYWORDS=VALUE");
        settings.put("PORTAL_DEMO_CONTENT", "true");
        settings.put("PORTAL_PUBLIC_URL", portalUrl);
        settings.put("PORTAL_MAIL_HOST", "127.0.0.1");
        settings.put("PORTAL_MAIL_PORT", Integer.toString(smtpPort));
        settings.put("PORTAL_MAIL_SECURITY", "none");
        settings.put("PORTAL_MAIL_NOTIFICATION_DELAY_SECONDS", "30");
        settings.putAll(System.getenv()); // what the person set wins
        long keycloakReady = System.nanoTime();
        System.out.println("Starting the portal on " + portalUrl + " (log: " + logs.resolve("portal.log") + ") ...");
        var portal = PayaraServer.start(
                project,
                port,
                settings,
                home.resolve("payara-root"),
                logs.resolve("portal.log"),
                PortalJvm.OPTIONS.toArray(String[]::new));
        portal.process().awaitHttpOk(java.net.URI.create(portalUrl + "/health/ready"), java.time.Duration.ofMinutes(1));
        long ready = System.nanoTime();

        System.out.println("""

                ============================================================
                 CCIO Network Portal is running: %s
                 Keycloak (sign-in):             %s  (admin console: admin / admin)
                 Mail (every message caught):    %s

                 Demo logins (password = user name):
                   member      member
                   moderator   member, moderator
                   admin       member, moderator, admin
                   nhs.staff   through "Sign in with your NHS identity"

                 Logs:    %s (portal.log, keycloak.log)
                 Started in %.1f s (Keycloak %.1f s, then the portal %.1f s)

                 Press Ctrl-C to stop both servers.
                ============================================================
                """.formatted(
                        portalUrl,
                        keycloak.url(),
                        mail.url(),
                        logs,
                        (ready - started) / 1e9,
                        (keycloakReady - started) / 1e9,
                        (ready - keycloakReady) / 1e9));
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            portal.close();
                            keycloak.close();
                            mail.close();
                        },
                        "stop portal and keycloak"));
        while (portal.process().isAlive() && keycloak.process().isAlive()) {
            Thread.sleep(1000);
        }
        System.out.println("A server stopped; see the logs in " + logs);
    }

    private static int setting(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
