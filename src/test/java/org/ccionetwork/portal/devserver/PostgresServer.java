package org.ccionetwork.portal.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A private PostgreSQL server for tests: a fresh cluster in a temporary folder, on a free loopback
 * port, with trust authentication for the user {@code portal}. Run as the {@code postgres} user
 * when the tests run as root, because PostgreSQL refuses to run as root.
 */
public final class PostgresServer implements AutoCloseable {

    private ServerProcess process;
    private final Path dir;
    private final int port;
    private final List<String> command;
    private final Path log;

    private PostgresServer(ServerProcess process, Path dir, int port, List<String> command, Path log) {
        this.process = process;
        this.dir = dir;
        this.port = port;
        this.command = command;
        this.log = log;
    }

    /** Stops the server as a crash would (the process killed), keeping its data: the database goes away. */
    public void kill() {
        process.kill();
    }

    /** Starts the stopped server again, on the same port with the same data, and waits until it answers. */
    public void restart() throws IOException {
        process = ServerProcess.start("PostgreSQL", command, Map.of(), dir, log);
        awaitConnection(Duration.ofSeconds(60));
    }

    /** The folder holding initdb and postgres, if PostgreSQL is installed. */
    public static Optional<Path> binaries() {
        var versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (var dirs = Files.list(versions)) {
                var newest = dirs.map(d -> d.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                        .max(Comparator.comparing(Path::toString));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public static PostgresServer start(Path log) throws IOException, InterruptedException {
        Path bin = binaries()
                .orElseThrow(() -> new IllegalStateException(
                        "PostgreSQL is not installed (apt-get install postgresql); .ci/run installs it"));
        Path dir = Files.createTempDirectory("portal-pg-");
        Path data = dir.resolve("data");
        Path socket = dir.resolve("socket");
        Files.createDirectories(socket);
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
        }
        run(asPostgres(
                root,
                List.of(
                        bin.resolve("initdb").toString(),
                        "-D",
                        data.toString(),
                        "-U",
                        "portal",
                        "--auth=trust",
                        "-E",
                        "UTF8",
                        "--no-sync")));
        int port = Ports.free();
        var command = asPostgres(
                root,
                List.of(
                        bin.resolve("postgres").toString(),
                        "-D",
                        data.toString(),
                        "-p",
                        String.valueOf(port),
                        "-k",
                        socket.toString(),
                        "-c",
                        "listen_addresses=127.0.0.1",
                        "-c",
                        "fsync=off"));
        var process = ServerProcess.start("PostgreSQL", command, Map.of(), dir, log);
        var server = new PostgresServer(process, dir, port, command, log);
        server.awaitConnection(Duration.ofSeconds(60));
        return server;
    }

    private static List<String> asPostgres(boolean root, List<String> command) {
        if (!root) {
            return command;
        }
        var wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private void awaitConnection(Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            try (var connection = DriverManager.getConnection(jdbcUrl(), "portal", "")) {
                return;
            } catch (SQLException e) {
                last = e;
                ServerProcess.sleep(Duration.ofMillis(300));
            }
        }
        close();
        throw new IllegalStateException("PostgreSQL did not accept connections: " + last + "\n" + process.tail());
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    @Override
    public void close() {
        process.close();
        Files2.deleteRecursively(dir);
    }
}
