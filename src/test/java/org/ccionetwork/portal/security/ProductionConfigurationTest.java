package org.ccionetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What production starts from, read as files: the realm compose imports holds no account and no
 * default secret and asks staff for a one-time code, compose starts only with every secret given,
 * the public proxy hides Keycloak's admin console, and the WAR carries no secret of its own.
 */
class ProductionConfigurationTest {

    private static final Path PROJECT =
            Path.of(System.getProperty("portal.project", ".")).toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode realm() throws IOException {
        return JSON.readTree(PROJECT.resolve("keycloak-realm.json").toFile());
    }

    @Test
    void theProductionRealmHoldsNoAccountButServiceAccounts() throws IOException {
        for (JsonNode user : realm().path("users")) {
            assertTrue(
                    user.has("serviceAccountClientId"),
                    "a person's account in the production realm: "
                            + user.path("username").asText());
            assertFalse(user.has("credentials"), user.path("username").asText());
        }
        // The demo accounts live in the run command's and the tests' import only.
        var demo = JSON.readTree(
                PROJECT.resolve("src/test/resources/keycloak-demo.json").toFile());
        var names = new ArrayList<String>();
        demo.path("users").forEach(u -> names.add(u.path("username").asText()));
        assertEquals(List.of("member", "moderator", "admin"), names);
    }

    @Test
    void everySecretInTheRealmComesFromTheEnvironmentWithoutADefault() throws IOException {
        var secrets = new ArrayList<String>();
        realm().path("clients").forEach(c -> {
            if (c.has("secret")) {
                secrets.add(c.path("secret").asText());
            }
        });
        realm().path("identityProviders")
                .forEach(p -> secrets.add(p.path("config").path("clientSecret").asText()));
        assertFalse(secrets.isEmpty());
        for (String secret : secrets) {
            assertTrue(secret.matches("\\$\\{[A-Z_]+}"), "a secret with a default or a value: " + secret);
        }
    }

    @Test
    void theRealmSetsAPasswordPolicyBruteForceProtectionAndAOneTimeCodeForStaff() throws IOException {
        var realm = realm();
        String policy = realm.path("passwordPolicy").asText();
        var length = Pattern.compile("length\\((\\d+)\\)").matcher(policy);
        assertTrue(length.find() && Integer.parseInt(length.group(1)) >= 12, policy);
        assertTrue(policy.contains("notUsername"), policy);
        assertTrue(realm.path("bruteForceProtected").asBoolean());

        String browser = realm.path("browserFlow").asText();
        var flows = new java.util.HashMap<String, JsonNode>();
        realm.path("authenticationFlows").forEach(f -> flows.put(f.path("alias").asText(), f));
        assertTrue(flows.containsKey(browser), "the browser flow is the realm's own: " + browser);
        var configs = new java.util.HashMap<String, String>();
        realm.path("authenticatorConfig")
                .forEach(c -> configs.put(
                        c.path("alias").asText(),
                        c.path("config").path("condUserRole").asText()));
        var codeFor = new java.util.HashSet<String>();
        collectOneTimeCodeRoles(flows, flows.get(browser), configs, codeFor);
        assertEquals(java.util.Set.of("moderator", "admin"), codeFor);
    }

    /** The roles for which a conditional subflow, reached from the flow, asks for a one-time code. */
    private static void collectOneTimeCodeRoles(
            java.util.Map<String, JsonNode> flows,
            JsonNode flow,
            java.util.Map<String, String> configs,
            java.util.Set<String> roles) {
        String role = null;
        boolean otp = false;
        for (JsonNode step : flow.path("authenticationExecutions")) {
            if (step.path("authenticatorFlow").asBoolean()) {
                collectOneTimeCodeRoles(flows, flows.get(step.path("flowAlias").asText()), configs, roles);
            } else if ("conditional-user-role".equals(step.path("authenticator").asText())) {
                role = configs.get(step.path("authenticatorConfig").asText());
            } else if ("auth-otp-form".equals(step.path("authenticator").asText())
                    && "REQUIRED".equals(step.path("requirement").asText())) {
                otp = true;
            }
        }
        if (role != null && otp) {
            roles.add(role);
        }
    }

    @Test
    void composeStartsOnlyWithEverySecretGiven() throws IOException {
        String compose = Files.readString(PROJECT.resolve("docker/compose.yaml"));
        var variable = Pattern.compile("\\$\\{([A-Z_]+)(:?[-?])?([^}]*)}").matcher(compose);
        int secrets = 0;
        while (variable.find()) {
            String name = variable.group(1);
            if (name.contains("PASSWORD") || name.contains("SECRET") || name.equals("KEYCLOAK_ADMIN")) {
                secrets++;
                assertEquals(":?", variable.group(2), "compose gives " + name + " a default: " + variable.group());
            }
        }
        assertTrue(secrets >= 6, "secrets found in compose: " + secrets);
    }

    @Test
    void thePublicProxyHidesKeycloaksAdminConsoleAndMasterRealm() throws IOException {
        String nginx = Files.readString(PROJECT.resolve("docker/nginx.conf"));
        var refusal = Pattern.compile("location ~ \\^/\\(admin\\|realms/master\\)\\(/\\|\\$\\) \\{\\s*return 404;")
                .matcher(nginx);
        assertTrue(refusal.find(), "no refusal of /admin and /realms/master in the proxy");
        assertTrue(
                refusal.start() < nginx.indexOf("proxy_pass http://keycloak"),
                "the refusal stands in Keycloak's server block");
    }

    @Test
    void theWarCarriesNoSecret() throws IOException {
        var config = Files.readAllLines(PROJECT.resolve("src/main/resources/META-INF/microprofile-config.properties"));
        for (String line : config) {
            assertFalse(
                    line.matches("\\s*[^#]*secret[^=]*=\\s*\\S+.*"), "a secret in the WAR's configuration: " + line);
        }
        try (Stream<Path> sources = Files.walk(PROJECT.resolve("src/main/java"))) {
            var defaults = Pattern.compile("@ConfigProperty\\(name = \"[^\"]*secret\", defaultValue");
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                assertFalse(defaults.matcher(Files.readString(source)).find(), "a default secret in " + source);
            }
        }
    }

    @Test
    void theNodeImageRunsWithTheMeasuredMemoryAndOnlyPayaraOptionsTheTestsUse() throws IOException {
        String dockerfile = Files.readString(PROJECT.resolve("docker/Dockerfile"));
        var javaOptions = Pattern.compile("JAVA_OPTS=\"([^\"]*)\"").matcher(dockerfile);
        assertTrue(javaOptions.find(), "the Dockerfile sets JAVA_OPTS");
        assertEquals(
                org.ccionetwork.portal.devserver.PortalJvm.OPTIONS,
                java.util.List.of(javaOptions.group(1).split("\\s+")),
                "the node's memory settings are the ones the benchmark measured");
        assertTrue(
                dockerfile.contains("MALLOC_ARENA_MAX=" + org.ccionetwork.portal.devserver.PortalJvm.MALLOC_ARENA_MAX));
        // Every Payara Micro option the image passes is one the tests start Payara with (PayaraServer):
        // a misspelt or invented option stops the node at start, which no test here would see otherwise.
        var tested = java.util.Set.of(
                "--deploy",
                "--port",
                "--prebootcommandfile",
                "--name",
                "--clustermode",
                "--startport",
                "--interfaces",
                "--clustername",
                "--rootdir",
                "--nohazelcast");
        String entrypoint = dockerfile.substring(dockerfile.indexOf("ENTRYPOINT"));
        var options = Pattern.compile("\\s(--[a-zA-Z]+)").matcher(entrypoint);
        int found = 0;
        while (options.find()) {
            assertTrue(tested.contains(options.group(1)), "an option no test starts Payara with: " + options.group(1));
            found++;
        }
        assertTrue(found >= 4, entrypoint);
    }
}
