package org.ccionetwork.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.ccionetwork.portal.devserver.KeycloakServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one real Keycloak for the whole test run (on the ports Maven reserved, with fresh data and
 * the realms imported) before the first test class that needs it, and stops it when the run ends.
 * Register it before the Arquillian extension, so Keycloak is up before the portal starts.
 */
public class KeycloakExtension implements BeforeAllCallback {

    private static KeycloakServer server;
    private static com.icegreen.greenmail.util.GreenMail mail;

    @Override
    public void beforeAll(ExtensionContext context) {
        keycloak();
    }

    /**
     * A real SMTP server in this JVM (GreenMail, on a loopback port), where Keycloak's mail to the
     * realm's users and the portal's mail arrive; started before Keycloak, which is told its port.
     */
    public static synchronized com.icegreen.greenmail.util.GreenMail mail() {
        if (mail == null) {
            // The port Maven reserved, which the tests' portal is told (arquillian.xml); a free one otherwise.
            int port = System.getProperty("it.smtp.port") != null
                    ? TestSettings.port("it.smtp.port")
                    : org.ccionetwork.portal.devserver.Ports.free();
            mail = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(
                    port, "127.0.0.1", com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP));
            mail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        }
        return mail;
    }

    public static synchronized KeycloakServer keycloak() {
        if (server == null) {
            var target = TestSettings.target();
            var dataDir = target.resolve("it-keycloak");
            try {
                org.ccionetwork.portal.devserver.Files2.deleteRecursively(dataDir);
                server = KeycloakServer.start(
                        TestSettings.keycloakDistribution(),
                        TestSettings.project(),
                        TestSettings.port("it.keycloak.port"),
                        TestSettings.port("it.keycloak.management.port"),
                        TestSettings.portalUrl(),
                        dataDir,
                        target.resolve("it-logs/keycloak.log"),
                        mail().getSmtp().getPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // Stopped by the shutdown hook that ServerProcess registers, at the end of the run.
        }
        return server;
    }
}
