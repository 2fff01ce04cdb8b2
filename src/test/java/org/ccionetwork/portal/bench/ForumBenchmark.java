package org.ccionetwork.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.ccionetwork.portal.devserver.Files2;
import org.ccionetwork.portal.devserver.KeycloakServer;
import org.ccionetwork.portal.devserver.PayaraServer;
import org.ccionetwork.portal.devserver.Ports;
import org.ccionetwork.portal.devserver.PostgresServer;
import org.ccionetwork.portal.devserver.ServerProcess;
import org.ccionetwork.portal.shared.Database;
import org.ccionetwork.portal.shared.UrlSelectedDataSource;
import org.ccionetwork.portal.testing.PortalClient;

/**
 * The forum benchmark ({@code mvn -Pbench}, options {@code -Dbench.db=h2|postgresql},
 * {@code -Dbench.topics=100000}, {@code -Dbench.replies=9}, {@code -Dbench.duration=15s}):
 * seeds a large forum, starts Keycloak and the portal on loopback, and measures with wrk at 16
 * connections the anonymous topic page (50 replies, 20 a page), a category's first and last page,
 * and the same topic page for a signed-in member, beside nginx serving the page's bytes from a
 * file. Then the portal's resident memory and the HTTP sessions anonymous readers created.
 *
 * <p>For working on the portal's speed: {@code -Dbench.reuse=true} keeps an H2 forum seeded by an
 * earlier run (same topic and reply counts) instead of seeding again, and
 * {@code -Dbench.jvm-options="..."} adds options to the portal's JVM, and
 * {@code -Dbench.record=/tmp/recordings} keeps a flight recording of each signed-in run there
 * ({@code jfr print --events jdk.ExecutionSample} reads them).
 */
public final class ForumBenchmark {

    private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE =
            Pattern.compile("^\\s+(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

    private record Result(String name, double requestsPerSecond, double p50Millis, double p99Millis) {}

    public static void main(String[] args) throws Exception {
        Path project = Path.of(System.getProperty("portal.project", ".")).toAbsolutePath();
        Path work = project.resolve("target/bench");
        String db = System.getProperty("bench.db", "h2");
        int topics = Integer.getInteger("bench.topics", 100_000);
        int replies = Integer.getInteger("bench.replies", 9);
        String duration = System.getProperty("bench.duration", "15s");
        boolean reuse = Boolean.getBoolean("bench.reuse") && db.equals("h2") && Files.exists(work.resolve("h2/seeded"));
        requireTool("wrk");
        requireTool("nginx");
        if (reuse) {
            try (var paths = Files.list(work)) {
                paths.filter(p -> !p.getFileName().toString().equals("h2")).forEach(Files2::deleteRecursively);
            }
        } else {
            Files2.deleteRecursively(work);
        }
        Files.createDirectories(work);
        var cleanup = new ArrayList<AutoCloseable>();
        try {
            String url;
            String user = "portal";
            String password = "portal";
            if (db.equals("postgresql")) {
                var postgres = PostgresServer.start(work.resolve("postgres.log"));
                cleanup.add(postgres);
                url = postgres.jdbcUrl();
                password = "";
            } else {
                url = "jdbc:h2:file:" + work.resolve("h2/portal") + ";NON_KEYWORDS=VALUE";
            }
            var dataSource = new UrlSelectedDataSource();
            dataSource.setUrl(url);
            dataSource.setUser(user);
            dataSource.setPassword(password);
            Database.migrate(dataSource);
            ForumSeeder.Seeded seeded;
            if (reuse) {
                seeded = ForumSeeder.Seeded.read(work.resolve("h2/seeded"));
            } else
                try (var connection = DriverManager.getConnection(
                        url + (db.equals("postgresql") ? "?reWriteBatchedInserts=true" : ""), user, password)) {
                    seeded = new ForumSeeder().seed(connection, topics, replies, 2_000);
                    if (db.equals("h2")) {
                        seeded.write(work.resolve("h2/seeded"));
                    }
                }
            System.out.printf(
                    Locale.UK,
                    reuse
                            ? "Reused %,d topics and %,d posts on %s (seeded in %d s)%n"
                            : "Seeded %,d topics and %,d posts on %s in %d s%n",
                    seeded.topics(),
                    seeded.posts(),
                    db,
                    seeded.took().toSeconds());

            int port = Ports.free();
            String portal = "http://localhost:" + port;
            var keycloak = KeycloakServer.start(
                    Path.of(System.getProperty("keycloak.distribution")),
                    project,
                    Ports.free(),
                    Ports.free(),
                    portal,
                    work.resolve("keycloak"),
                    work.resolve("keycloak.log"));
            cleanup.add(keycloak);
            Map<String, String> settings = new HashMap<>();
            settings.put("PORTAL_DB_URL", url);
            settings.put("PORTAL_DB_USER", user);
            settings.put("PORTAL_DB_PASSWORD", password);
            settings.put("PORTAL_OIDC_PROVIDER_URI", keycloak.realmUrl());
            var jvmOptions = new ArrayList<>(List.of("-Xmx1g", "-Xms1g"));
            String extraOptions = System.getProperty("bench.jvm-options", "").strip();
            if (!extraOptions.isEmpty()) {
                jvmOptions.addAll(List.of(extraOptions.split("\\s+")));
            }
            var payara = PayaraServer.start(
                    project,
                    port,
                    settings,
                    work.resolve("payara-root"),
                    work.resolve("portal.log"),
                    jvmOptions.toArray(String[]::new));
            cleanup.addFirst(payara);

            String topicPath = "/forum/topic.xhtml?id=" + seeded.benchmarkTopicId();
            String categoryPath = "/forum/category.xhtml?c=" + seeded.benchmarkCategorySlug();
            String lastPagePath = categoryPath + "&oldest=true";
            String deepPagePath = followOlder(portal, categoryPath, DEEP_PAGE - 1);
            for (String path : List.of(topicPath, categoryPath, lastPagePath, deepPagePath)) {
                warmUp(portal + path);
            }
            long sessionsBefore = sessionsCreated(portal);
            var results = new ArrayList<Result>();
            results.add(wrk("anonymous topic page (50 replies, page 1)", portal + topicPath, duration));
            long anonymousSessions = sessionsCreated(portal) - sessionsBefore;

            // Signed in, nothing comes from the page cache: these measure the database and the rendering.
            var member = new PortalClient(portal);
            member.signIn("member", "member", topicPath);
            String cookie = member.cookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID"))
                    .map(c -> "JSESSIONID=" + c.getValue())
                    .findFirst()
                    .orElseThrow();
            for (String path : List.of(topicPath, categoryPath, lastPagePath, deepPagePath)) {
                warmUp(portal + path, "Cookie: " + cookie);
            }
            long pid = payara.process().pid();
            results.add(recorded(
                    pid,
                    "category-first",
                    () -> wrk(
                            "category page 1 (signed in, uncached)",
                            portal + categoryPath,
                            duration,
                            "Cookie: " + cookie)));
            results.add(recorded(
                    pid,
                    "category-last",
                    () -> wrk(
                            "category last page (signed in, uncached)",
                            portal + lastPagePath,
                            duration,
                            "Cookie: " + cookie)));
            results.add(recorded(
                    pid,
                    "category-deep",
                    () -> wrk(
                            "category page " + DEEP_PAGE + " (signed in, older cursor)",
                            portal + deepPagePath,
                            duration,
                            "Cookie: " + cookie)));
            results.add(recorded(
                    pid,
                    "topic",
                    () -> wrk("signed-in member's topic page", portal + topicPath, duration, "Cookie: " + cookie)));

            // The ceiling: nginx serving the same bytes from a file.
            byte[] page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(portal + topicPath))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body();
            var nginx = startNginx(work.resolve("nginx"), page);
            cleanup.addFirst(nginx.process());
            results.add(wrk("nginx, same bytes from a file", nginx.url() + "/topic.html", duration));

            long rssKb = rssKilobytes(payara.process().pid());
            print(results, page.length, rssKb, anonymousSessions, db, seeded);
        } finally {
            for (AutoCloseable closeable : cleanup) {
                closeable.close();
            }
        }
    }

    private record Nginx(ServerProcess process, String url) {}

    private static Nginx startNginx(Path dir, byte[] page) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.write(dir.resolve("html/topic.html"), page);
        int port = Ports.free();
        Files.writeString(dir.resolve("nginx.conf"), """
                user root;
                worker_processes 2;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    default_type text/html;
                    client_body_temp_path %1$s/tmp;
                    proxy_temp_path %1$s/tmp;
                    fastcgi_temp_path %1$s/tmp;
                    uwsgi_temp_path %1$s/tmp;
                    scgi_temp_path %1$s/tmp;
                    server {
                        listen 127.0.0.1:%2$d;
                        root %1$s/html;
                    }
                }
                """.formatted(dir, port));
        Files.createDirectories(dir.resolve("tmp"));
        var process = ServerProcess.start(
                "nginx",
                List.of("nginx", "-c", dir.resolve("nginx.conf").toString(), "-p", dir.toString()),
                Map.of(),
                dir,
                dir.resolve("nginx.log"));
        process.awaitHttpOk(URI.create("http://127.0.0.1:" + port + "/topic.html"), Duration.ofSeconds(20));
        return new Nginx(process, "http://127.0.0.1:" + port);
    }

    /** The page this many "Older topics" links after the given one: a keyset cursor deep in the list. */
    private static String followOlder(String portal, String path, int times) throws Exception {
        var client = HttpClient.newHttpClient();
        var older = Pattern.compile("id=\"older\" href=\"\\?([^\"]+)\"");
        String current = path;
        for (int i = 0; i < times; i++) {
            String body = client.send(
                            HttpRequest.newBuilder(URI.create(portal + current)).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            var link = older.matcher(body);
            if (!link.find()) {
                throw new IllegalStateException("No older page after " + current);
            }
            current = "/forum/category.xhtml?" + link.group(1).replace("&amp;", "&");
        }
        return current;
    }

    private static final int DEEP_PAGE = 150;

    /** Every page answers 200, then a short load on it, so that the runs measure compiled code, not the JIT at work. */
    private static void warmUp(String url, String... headers) throws Exception {
        var client = HttpClient.newHttpClient();
        for (int i = 0; i < 50; i++) {
            var request = HttpRequest.newBuilder(URI.create(url));
            for (String header : headers) {
                request.header(
                        header.substring(0, header.indexOf(':')),
                        header.substring(header.indexOf(':') + 1).strip());
            }
            var response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
        }
        wrk("warm-up", url, "5s", headers);
    }

    private static long sessionsCreated(String portal) throws Exception {
        String body = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(portal + "/health/live"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var matcher = Pattern.compile("\"created\":\"?([0-9]+)").matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No session count in /health/live: " + body);
        }
        return Long.parseLong(matcher.group(1));
    }

    private static Result wrk(String name, String url, String duration, String... headers) throws Exception {
        var command = new ArrayList<>(List.of("wrk", "-t2", "-c16", "-d" + duration, "--latency", "--timeout", "5s"));
        for (String header : headers) {
            command.addAll(List.of("-H", header));
        }
        command.add(url);
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        var requests = REQUESTS.matcher(output);
        if (!requests.find() || output.contains("Non-2xx")) {
            throw new IllegalStateException("wrk on " + url + " failed or saw errors:\n" + output);
        }
        Map<String, Double> percentiles = new HashMap<>();
        var percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double value = Double.parseDouble(percentile.group(2));
            double millis = switch (percentile.group(3)) {
                case "us" -> value / 1000;
                case "s" -> value * 1000;
                default -> value;
            };
            percentiles.put(percentile.group(1), millis);
        }
        return new Result(
                name,
                Double.parseDouble(requests.group(1)),
                percentiles.getOrDefault("50", -1.0),
                percentiles.getOrDefault("99", -1.0));
    }

    /** One signed-in run, with a flight recording of it kept when -Dbench.record=folder asks for one. */
    private static Result recorded(long pid, String name, Callable<Result> run) throws Exception {
        String folder = System.getProperty("bench.record", "");
        if (folder.isBlank()) {
            return run.call();
        }
        Path file = Path.of(folder).toAbsolutePath().resolve(name + ".jfr");
        Files.createDirectories(file.getParent());
        jcmd(pid, "JFR.start", "name=" + name, "settings=profile");
        var result = run.call();
        jcmd(pid, "JFR.stop", "name=" + name, "filename=" + file);
        System.out.println("Flight recording of " + result.name() + ": " + file);
        return result;
    }

    private static void jcmd(long pid, String... arguments) throws Exception {
        var command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid)));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + output);
        }
    }

    private static long rssKilobytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static void print(
            List<Result> results,
            int pageBytes,
            long rssKb,
            long anonymousSessions,
            String db,
            ForumSeeder.Seeded seeded) {
        double nginx = results.getLast().requestsPerSecond();
        var out = new StringBuilder();
        out.append(String.format(
                Locale.UK,
                "%nForum benchmark: %,d topics, %,d posts on %s; wrk -t2 -c16; page %,d bytes%n",
                seeded.topics(),
                seeded.posts(),
                db,
                pageBytes));
        int width = results.stream().mapToInt(r -> r.name().length()).max().orElse(4);
        out.append(String.format(
                Locale.UK,
                "| %-" + width + "s | %10s | %8s | %8s | %9s |%n",
                "what",
                "requests/s",
                "p50 ms",
                "p99 ms",
                "vs nginx"));
        out.append("|")
                .append("-".repeat(width + 2))
                .append("|")
                .append("-".repeat(12))
                .append("|")
                .append("-".repeat(10))
                .append("|")
                .append("-".repeat(10))
                .append("|")
                .append("-".repeat(11))
                .append("|\n");
        for (Result r : results) {
            out.append(String.format(
                    Locale.UK,
                    "| %-" + width + "s | %10.0f | %8.2f | %8.2f | %8.1f%% |%n",
                    r.name(),
                    r.requestsPerSecond(),
                    r.p50Millis(),
                    r.p99Millis(),
                    100 * r.requestsPerSecond() / nginx));
        }
        double first = results.get(1).requestsPerSecond();
        double last = results.get(2).requestsPerSecond();
        double deep = results.get(3).requestsPerSecond();
        out.append(String.format(
                Locale.UK,
                "Category last page costs %.2fx the first (throughput), p50 %.2f ms vs %.2f ms%n",
                first / last,
                results.get(2).p50Millis(),
                results.get(1).p50Millis()));
        out.append(String.format(
                Locale.UK,
                "Category page %d costs %.2fx the first (throughput), p50 %.2f ms vs %.2f ms%n",
                DEEP_PAGE,
                first / deep,
                results.get(3).p50Millis(),
                results.get(1).p50Millis()));
        out.append(String.format(Locale.UK, "Portal JVM resident memory after the runs: %,d MiB%n", rssKb / 1024));
        out.append(String.format(Locale.UK, "HTTP sessions created by anonymous readers: %d%n", anonymousSessions));
        System.out.print(out);
    }

    private static void requireTool(String tool) throws Exception {
        var process = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(tool + " is not installed: apt-get install wrk nginx-light");
        }
    }
}
