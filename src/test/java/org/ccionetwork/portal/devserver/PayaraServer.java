package org.ccionetwork.portal.devserver;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The portal's WAR on Payara Micro, as a process of its own, listening on loopback only. Settings
 * reach the portal as environment variables, which MicroProfile Config reads.
 */
public final class PayaraServer implements AutoCloseable {

    private final ServerProcess process;
    private final int port;

    private PayaraServer(ServerProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** A single node (Hazelcast off), with the project's WAR. */
    public static PayaraServer start(
            Path project, int port, Map<String, String> settings, Path rootDir, Path log, String... jvmOptions)
            throws IOException {
        return start(project, project.resolve("target/ROOT.war"), port, null, settings, rootDir, log, jvmOptions);
    }

    /**
     * A node of a cluster: its name, its Hazelcast port, and every node's Hazelcast port on loopback
     * (a TCP/IP member list, never multicast).
     */
    public record ClusterNode(String name, int hazelcastPort, List<Integer> memberPorts) {

        List<String> arguments() {
            return List.of(
                    "--name",
                    name,
                    "--clustername",
                    "ccio-portal",
                    "--clustermode",
                    "tcpip:"
                            + memberPorts.stream()
                                    .map(p -> "127.0.0.1:" + p)
                                    .collect(java.util.stream.Collectors.joining(",")),
                    "--interfaces",
                    "127.0.0.1",
                    "--startport",
                    String.valueOf(hazelcastPort));
        }
    }

    /**
     * The WAR on Payara Micro: alone (node null: Payara started with {@code --nohazelcast}, sessions
     * in the node's memory: loopback.asadmin) or as a node of a cluster (sessions in the cluster's
     * grid: replicated-sessions.asadmin).
     */
    public static PayaraServer start(
            Path project,
            Path war,
            int port,
            ClusterNode node,
            Map<String, String> settings,
            Path rootDir,
            Path log,
            String... jvmOptions)
            throws IOException {
        var microJar = project.resolve("target/payara-micro.jar");
        for (Path needed : List.of(microJar, war)) {
            if (!Files.isRegularFile(needed)) {
                throw new IllegalStateException(needed + " is missing: run 'mvn package' first");
            }
        }
        Files2.deleteRecursively(rootDir);
        var command = new ArrayList<String>();
        command.add(Java.executable());
        command.addAll(List.of(jvmOptions));
        if (node != null) {
            // Hazelcast's server socket on loopback only, like everything else here.
            command.add("-Dhazelcast.socket.bind.any=false");
        }
        command.addAll(
                List.of("-jar", microJar.toString(), "--deploy", war.toString(), "--port", String.valueOf(port)));
        if (node == null) {
            command.add("--nohazelcast");
        } else {
            command.addAll(node.arguments());
        }
        command.addAll(List.of(
                "--rootdir",
                rootDir.toString(),
                "--prebootcommandfile",
                project.resolve("src/main/payara/loopback.asadmin").toString()));
        if (node != null) {
            command.addAll(List.of(
                    "--postbootcommandfile",
                    project.resolve("src/main/payara/replicated-sessions.asadmin")
                            .toString()));
        }
        // The WAR holds no secret: the run command and the tests give it the demo realm's.
        var environment = new java.util.HashMap<>(settings);
        environment.putIfAbsent("PORTAL_OIDC_CLIENT_SECRET", KeycloakServer.DEMO_CLIENT_SECRET);
        environment.putIfAbsent("PORTAL_ADMIN_CLIENT_SECRET", KeycloakServer.DEMO_ADMIN_CLIENT_SECRET);
        environment.putIfAbsent("MALLOC_ARENA_MAX", PortalJvm.MALLOC_ARENA_MAX);
        var process = ServerProcess.start(
                node == null ? "Payara Micro" : "Payara Micro " + node.name(), command, environment, project, log);
        process.awaitHttpOk(
                URI.create("http://localhost:" + port + "/health/live"),
                Duration.ofMinutes(3),
                "Exception while loading the app");
        return new PayaraServer(process, port);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public ServerProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
