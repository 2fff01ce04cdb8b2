package org.ccionetwork.portal.testing;

import java.nio.file.Path;

/** What Maven hands the integration tests: the project folder, reserved ports, the Keycloak distribution. */
public final class TestSettings {

    private TestSettings() {}

    public static Path project() {
        return Path.of(System.getProperty("portal.project", ".")).toAbsolutePath();
    }

    public static Path target() {
        return project().resolve("target");
    }

    public static int port(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(
                    "System property " + name + " is not set: run the tests through Maven (mvn verify)");
        }
        return Integer.parseInt(value);
    }

    public static int portalPort() {
        return port("it.portal.port");
    }

    public static String portalUrl() {
        return "http://localhost:" + portalPort();
    }

    public static Path keycloakDistribution() {
        return Path.of(System.getProperty(
                "keycloak.distribution", System.getProperty("user.home") + "/.ccio-portal/keycloak-26.7.3"));
    }
}
