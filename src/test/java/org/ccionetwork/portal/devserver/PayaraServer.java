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

    public static PayaraServer start(
            Path project, int port, Map<String, String> settings, Path rootDir, Path log, String... jvmOptions)
            throws IOException {
        var microJar = project.resolve("target/payara-micro.jar");
        var war = project.resolve("target/ROOT.war");
        for (Path needed : List.of(microJar, war)) {
            if (!Files.isRegularFile(needed)) {
                throw new IllegalStateException(needed + " is missing: run 'mvn package' first");
            }
        }
        Files2.deleteRecursively(rootDir);
        var command = new ArrayList<String>();
        command.add(Java.executable());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of(
                "-jar",
                microJar.toString(),
                "--deploy",
                war.toString(),
                "--port",
                String.valueOf(port),
                "--nohazelcast",
                "--rootdir",
                rootDir.toString(),
                "--prebootcommandfile",
                project.resolve("src/main/payara/loopback.asadmin").toString()));
        // The WAR holds no secret: the run command and the tests give it the demo realm's.
        var environment = new java.util.HashMap<>(settings);
        environment.putIfAbsent("PORTAL_OIDC_CLIENT_SECRET", KeycloakServer.DEMO_CLIENT_SECRET);
        environment.putIfAbsent("PORTAL_ADMIN_CLIENT_SECRET", KeycloakServer.DEMO_ADMIN_CLIENT_SECRET);
        var process = ServerProcess.start("Payara Micro", command, environment, project, log);
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
