package org.ccionetwork.portal.devserver;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster command ({@code mvn -Pcluster}): PostgreSQL, Keycloak, two portal nodes in one
 * Hazelcast cluster (TCP/IP member list on loopback) and nginx balancing them, all on this
 * machine's loopback; prints the balancer's address and stops everything on Ctrl-C. The database
 * is fresh each run (demo content loaded by the first node); the logs are kept under
 * {@code ~/.ccio-portal/cluster/logs}.
 */
public final class RunCluster {

    private RunCluster() {}

    public static void main(String[] args) throws Exception {
        Path project = Path.of(System.getProperty("portal.project", ".")).toAbsolutePath();
        Path home = Path.of(System.getProperty("portal.home", System.getProperty("user.home") + "/.ccio-portal"))
                .resolve("cluster");
        Path distribution = Path.of(System.getProperty("keycloak.distribution"));
        Path logs = home.resolve("logs");
        int port = setting("PORTAL_PORT", 8080);
        int keycloakPort = setting("KEYCLOAK_PORT", 8180);
        int managementPort = setting("KEYCLOAK_MANAGEMENT_PORT", 9180);
        List<Integer> nodePorts = List.of(setting("NODE1_PORT", 8081), setting("NODE2_PORT", 8082));
        List<Integer> gridPorts = List.of(setting("NODE1_HAZELCAST_PORT", 6900), setting("NODE2_HAZELCAST_PORT", 6910));
        for (int needed : List.of(port, keycloakPort, managementPort, nodePorts.get(0), nodePorts.get(1))) {
            if (!Ports.isFree(needed)) {
                System.err.println("Port " + needed + " is in use: is the portal already running? Stop it, or"
                        + " choose other ports (PORTAL_PORT, KEYCLOAK_PORT, NODE1_PORT, NODE2_PORT, see README).");
                System.exit(1);
            }
        }
        String balancerUrl = "http://localhost:" + port;
        var started = new java.util.ArrayDeque<AutoCloseable>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(started), "stop the cluster"));

        System.out.println("Starting PostgreSQL (a fresh database) ...");
        var postgres = PostgresServer.start(logs.resolve("postgres.log"));
        started.push(postgres);
        System.out.println("Starting Keycloak on http://localhost:" + keycloakPort + " ...");
        var keycloak = KeycloakServer.start(
                distribution,
                project,
                keycloakPort,
                managementPort,
                balancerUrl,
                home.resolve("keycloak"),
                logs.resolve("keycloak.log"));
        started.push(keycloak);

        var nodes = new java.util.ArrayList<PayaraServer>();
        for (int i = 0; i < 2; i++) {
            Map<String, String> settings = new HashMap<>();
            settings.put("PORTAL_OIDC_PROVIDER_URI", keycloak.realmUrl());
            settings.put("PORTAL_DB_URL", postgres.jdbcUrl());
            settings.put("PORTAL_DB_USER", "portal");
            // The first node loads the demo content; the second starts once it is there.
            settings.put("PORTAL_DEMO_CONTENT", String.valueOf(i == 0));
            settings.putAll(System.getenv());
            String name = "node" + (i + 1);
            System.out.println("Starting portal " + name + " on http://localhost:" + nodePorts.get(i) + " (log: "
                    + logs.resolve(name + ".log") + ") ...");
            var node = PayaraServer.start(
                    project,
                    project.resolve("target/ROOT.war"),
                    nodePorts.get(i),
                    new PayaraServer.ClusterNode(name, gridPorts.get(i), gridPorts),
                    settings,
                    home.resolve("payara-" + name),
                    logs.resolve(name + ".log"),
                    PortalJvm.OPTIONS.toArray(String[]::new));
            started.push(node);
            node.process()
                    .awaitHttpOk(java.net.URI.create(node.url() + "/health/ready"), java.time.Duration.ofMinutes(1));
            nodes.add(node);
        }
        var balancer = NginxServer.balancing(home.resolve("nginx"), port, nodePorts);
        started.push(balancer);
        balancer.process()
                .awaitHttpOk(java.net.URI.create(balancerUrl + "/health/ready"), java.time.Duration.ofSeconds(30));

        System.out.println("""

                ============================================================
                 CCIO Network Portal, two nodes behind nginx: %s
                 (node1 %s, node2 %s; Keycloak %s, admin / admin)

                 Demo logins (password = user name): member, moderator, admin

                 Try: stop a node (kill <pid>: node1 %d, node2 %d) and go on reading.
                 Press Ctrl-C to stop everything.
                ============================================================
                """.formatted(
                        balancerUrl,
                        nodes.get(0).url(),
                        nodes.get(1).url(),
                        keycloak.url(),
                        nodes.get(0).process().pid(),
                        nodes.get(1).process().pid()));
        while (balancer.process().isAlive() && keycloak.process().isAlive()) {
            Thread.sleep(1000);
        }
        System.out.println("A server stopped; see the logs in " + logs);
    }

    private static void stopAll(java.util.Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e.getMessage());
            }
        }
    }

    private static int setting(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
