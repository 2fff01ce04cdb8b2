package org.ccionetwork.portal.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the tests' Keycloak (and its SMTP server) when the integration tests begin, so that
 * tests running inside the server, where no JUnit extension of the client side can run, find it
 * ready. Unit test runs (no Keycloak port reserved) start nothing.
 */
public class KeycloakForIntegrationTests implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("it.keycloak.port") != null) {
            KeycloakExtension.keycloak();
        }
    }
}
