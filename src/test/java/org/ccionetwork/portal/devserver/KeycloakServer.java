package org.ccionetwork.portal.devserver;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak, started from the distribution that Maven unpacks (see the pom), in development
 * mode on loopback, with the portal's realm and the NHS identity stand-in imported. Its own data
 * lives in {@code dataDir}; an existing realm there is kept, not imported again.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "ccio";
    public static final String UPSTREAM_REALM = "nhs-identity";

    private final ServerProcess process;
    private final int port;

    private KeycloakServer(ServerProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param distribution the unpacked keycloak-x.y.z folder
     * @param project      the project folder, holding keycloak-realm.json and docker/keycloak/
     * @param portalUrl    where the portal runs, for the realm's redirect URIs
     */
    public static KeycloakServer start(
            Path distribution, Path project, int port, int managementPort, String portalUrl, Path dataDir, Path log)
            throws IOException {
        return start(
                distribution,
                project,
                port,
                managementPort,
                portalUrl,
                dataDir,
                log,
                Integer.parseInt(System.getenv().getOrDefault("SMTP_PORT", "2525")));
    }

    /** The same, with the realm's mail going to an SMTP server on this machine's port (the tests' GreenMail). */
    public static KeycloakServer start(
            Path distribution,
            Path project,
            int port,
            int managementPort,
            String portalUrl,
            Path dataDir,
            Path log,
            int smtpPort)
            throws IOException {
        var kcSh = distribution.resolve("bin/kc.sh");
        if (!Files.isExecutable(kcSh)) {
            throw new IllegalStateException("No Keycloak distribution at " + distribution
                    + ": it is unpacked by 'mvn package' (maven-dependency-plugin, keycloak-quarkus-dist zip)");
        }
        var importDir = distribution.resolve("data/import");
        Files.createDirectories(importDir);
        try (var old = Files.list(importDir)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Files.writeString(importDir.resolve(REALM + "-realm.json"), demoRealm(project.resolve("keycloak-realm.json")));
        Files.copy(
                project.resolve("docker/keycloak/" + UPSTREAM_REALM + "-realm.json"),
                importDir.resolve(UPSTREAM_REALM + "-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(dataDir);

        String url = "http://localhost:" + port;
        var command = List.of(
                kcSh.toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--health-enabled=true",
                "--import-realm",
                "--db-url=jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("keycloakdb")
                        + ";NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE");
        var environment = Map.of(
                "JAVA_HOME",
                Java.home().toString(),
                "KC_BOOTSTRAP_ADMIN_USERNAME",
                "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                "admin",
                "PORTAL_URL",
                portalUrl,
                "KEYCLOAK_URL",
                url,
                "SMTP_HOST",
                System.getenv().getOrDefault("SMTP_HOST", "127.0.0.1"),
                "SMTP_PORT",
                Integer.toString(smtpPort),
                // The realm names its secrets without defaults; these demo ones exist here only.
                "PORTAL_CLIENT_SECRET",
                DEMO_CLIENT_SECRET,
                "PORTAL_ADMIN_CLIENT_SECRET",
                DEMO_ADMIN_CLIENT_SECRET,
                "NHS_BROKER_CLIENT_SECRET",
                "nhs-broker-demo-secret");
        var process = ServerProcess.start("Keycloak", command, environment, distribution, log);
        process.awaitHttpOk(URI.create("http://localhost:" + managementPort + "/health/ready"), Duration.ofMinutes(4));
        process.awaitHttpOk(
                URI.create(url + "/realms/" + REALM + "/.well-known/openid-configuration"), Duration.ofSeconds(30));
        return new KeycloakServer(process, port);
    }

    /** The portal client's secret in the run command's and the tests' realm (never in production's). */
    public static final String DEMO_CLIENT_SECRET = "portal-demo-secret";

    /** The admin client's secret in the run command's and the tests' realm (never in production's). */
    public static final String DEMO_ADMIN_CLIENT_SECRET = "portal-admin-demo-secret";

    /**
     * The production realm with the demo accounts and relaxed sign-in of keycloak-demo.json (test
     * resources) merged in: the production realm file itself holds no account and no default secret.
     */
    static String demoRealm(Path productionRealm) throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var realm = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(productionRealm.toFile());
        com.fasterxml.jackson.databind.JsonNode demo;
        try (var in = KeycloakServer.class.getResourceAsStream("/keycloak-demo.json")) {
            if (in == null) {
                throw new IllegalStateException("keycloak-demo.json is not on the test class path");
            }
            demo = json.readTree(in);
        }
        demo.get("overrides").properties().forEach(entry -> realm.set(entry.getKey(), entry.getValue()));
        var users = (com.fasterxml.jackson.databind.node.ArrayNode) realm.withArray("users");
        demo.get("users").forEach(users::add);
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    public ServerProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
