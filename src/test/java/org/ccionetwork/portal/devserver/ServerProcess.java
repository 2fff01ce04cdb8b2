package org.ccionetwork.portal.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A server this project starts (Keycloak, Payara Micro, PostgreSQL): started with its output going
 * to a log file, waited for until a URL answers, and stopped by its own process id (its children
 * too), never by name.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ServerProcess.class.getName());
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;

    private ServerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ServerProcess start(
            String name, List<String> command, Map<String, String> environment, Path workDir, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        var builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        var process = builder.start();
        LOG.info(() -> name + " started as process " + process.pid() + ", log " + log);
        var server = new ServerProcess(name, process, log);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop " + name));
        return server;
    }

    /** Waits until the URL answers 200, failing early if the process dies. */
    public void awaitHttpOk(URI uri, Duration timeout) {
        awaitHttpOk(uri, timeout, null);
    }

    /** Waits until the URL answers 200, failing early if the process dies or its log shows the failure marker. */
    public void awaitHttpOk(URI uri, Duration timeout, String failureInLog) {
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (failureInLog != null && logContains(failureInLog)) {
                close();
                throw new IllegalStateException(name + " failed (" + failureInLog + "); see " + log + "\n" + tail());
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before " + uri
                        + " answered; see " + log + "\n" + tail());
            }
            try {
                var response = HTTP.send(
                        HttpRequest.newBuilder(uri)
                                // Long enough for a server still starting: a client that gives up mid-answer
                                // leaves a broken-pipe stack trace in its log.
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            sleep(Duration.ofMillis(500));
        }
        close();
        throw new IllegalStateException(
                name + " did not answer " + uri + " within " + timeout + "; see " + log + "\n" + tail());
    }

    private boolean logContains(String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** The last lines of the log, for failure messages. */
    public String tail() {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Kills the process and its children at once, as a crash or a pulled plug would. */
    public void kill() {
        var children = process.descendants().toList();
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        var deadline = Instant.now().plusSeconds(30);
        while (children.stream().anyMatch(ProcessHandle::isAlive)
                && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(100));
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        var children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
        LOG.info(() -> name + " (process " + process.pid() + ") stopped");
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
