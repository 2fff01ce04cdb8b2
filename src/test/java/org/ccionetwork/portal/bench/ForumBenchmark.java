package org.ccionetwork.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
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
import org.ccionetwork.portal.persistence.Database;
import org.ccionetwork.portal.persistence.UrlSelectedDataSource;
import org.ccionetwork.portal.testing.PortalClient;

/**
 * The forum benchmark ({@code mvn -Pbench}, options {@code -Dbench.db=h2|postgresql},
 * {@code -Dbench.topics=100000}, {@code -Dbench.replies=9}, {@code -Dbench.duration=15s}):
 * seeds a large forum, starts Keycloak and the portal on loopback, and measures with wrk at 16
 * connections the anonymous topic page (50 replies, 20 a page), a category's first and last page,
 * and the same topic page for a signed-in member, beside nginx serving the page's bytes from a
 * file; and the anonymous page again with gzip asked for, beside nginx serving the same compressed
 * bytes. Then the portal's resident memory and the HTTP sessions anonymous readers created.
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

    /** One wrk run: throughput, latency, and every answer that was not a 200 or never came. */
    private record Result(
            String name, double requestsPerSecond, double p50Millis, double p99Millis, long notOk, long errors) {
        boolean failed() {
            return notOk > 0 || errors > 0;
        }
    }

    /** A row measured in several interleaved rounds. */
    private record Row(String name, List<Result> runs) {
        double median(java.util.function.ToDoubleFunction<Result> value) {
            var sorted = runs.stream().mapToDouble(value).sorted().toArray();
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        double min(java.util.function.ToDoubleFunction<Result> value) {
            return runs.stream().mapToDouble(value).min().orElse(0);
        }

        double max(java.util.function.ToDoubleFunction<Result> value) {
            return runs.stream().mapToDouble(value).max().orElse(0);
        }

        boolean failed() {
            return runs.stream().anyMatch(Result::failed);
        }
    }

    /**
     * Counts every answer that is not a 200 (wrk itself takes 3xx as success) and every socket error
     * and timeout, summed over wrk's threads, printed at the end for {@link #wrk} to read.
     */
    private static final String COUNTING_SCRIPT = """
            local threads = {}
            function setup(thread) table.insert(threads, thread) end
            function init(args) not_ok = 0 end
            function response(status, headers, body) if status ~= 200 then not_ok = not_ok + 1 end end
            function done(summary, latency, requests)
              local total = 0
              for _, t in ipairs(threads) do total = total + t:get("not_ok") end
              local e = summary.errors
              io.write(string.format("Counted: not_ok %d errors %d\\n", total,
                e.connect + e.read + e.write + e.timeout + e.status))
            end
            """;

    private static final Pattern COUNTED = Pattern.compile("Counted: not_ok ([0-9]+) errors ([0-9]+)");

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
        boolean passed = false;
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
            if (reuse) {
                try (var connection = DriverManager.getConnection(url, user, password);
                        var statement = connection.createStatement()) {
                    // The seeded forum is not indexed on H2 (see ForumSeeder.index): nothing to index at start.
                    statement.execute("update search_backfill set done = true where kind = 'discussions'");
                }
            }
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
            // The writing rows measure how fast the portal takes replies, not its limit of six a minute per member.
            settings.put("PORTAL_FORUM_POSTS_PER_MINUTE", "1000000");
            var jvmOptions = new ArrayList<>(org.ccionetwork.portal.devserver.PortalJvm.OPTIONS);
            String extraOptions = System.getProperty("bench.jvm-options", "").strip();
            if (!extraOptions.isEmpty()) {
                jvmOptions.addAll(List.of(extraOptions.split("\\s+")));
            }
            // Start-up: from the portal's process starting (Keycloak running, the database there) to its first page.
            long startedAt = System.nanoTime();
            var payara = PayaraServer.start(
                    project,
                    port,
                    settings,
                    work.resolve("payara-root"),
                    work.resolve("portal.log"),
                    jvmOptions.toArray(String[]::new));
            cleanup.addFirst(payara);
            double startSeconds = firstPage(portal + "/", startedAt);
            System.out.printf(
                    Locale.UK, "The portal answered its first page %.1f s after it was started%n", startSeconds);

            String topicPath = "/forum/topic.xhtml?id=" + seeded.benchmarkTopicId();
            String categoryPath = "/forum/category.xhtml?c=" + seeded.benchmarkCategorySlug();
            String lastPagePath = categoryPath + "&oldest=true";
            String deepPagePath = followOlder(portal, categoryPath, DEEP_PAGE - 1);
            for (String path : List.of(topicPath, categoryPath, lastPagePath, deepPagePath)) {
                warmUp(portal + path);
            }
            // Signed in, nothing comes from the page cache: these measure the database and the rendering.
            var member = new PortalClient(portal);
            member.signIn("member", "member", topicPath);
            // The portal's session cookies of the signed-in client.
            String cookie = member.portalCookieHeader();
            System.out.println("Signed in as member; the runs send the cookies " + cookie.replaceAll("=[^;]+", ""));
            for (String path : List.of(topicPath, categoryPath, lastPagePath, deepPagePath)) {
                warmUp(portal + path, "Cookie: " + cookie);
            }
            long pid = payara.process().pid();

            // The ceiling: nginx serving the same bytes from a file (a visitor's copy of the page).
            var visitorPage = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(portal + topicPath))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            byte[] page = visitorPage.body();
            // The same page as a client that accepts gzip gets it (the page cache's compressed bytes).
            byte[] compressed = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(portal + topicPath))
                                    .header("Accept-Encoding", "gzip")
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body();
            var nginx = org.ccionetwork.portal.devserver.NginxServer.serving(
                    work.resolve("nginx"), Map.of("topic.html", page, "topic.html.gz", compressed));
            cleanup.addFirst(nginx.process());

            // Each row in every round, rows interleaved, so that drift and noise fall on all alike.
            var rows = new java.util.LinkedHashMap<String, Callable<Result>>();
            String anonymousName = "anonymous topic page (50 replies, page 1)";
            rows.put(anonymousName, () -> {
                verifyVisitorsCachedPage(portal + topicPath, page.length, false);
                var result = wrk(anonymousName, portal + topicPath, duration);
                verifyVisitorsCachedPage(portal + topicPath, page.length, false);
                return result;
            });
            rows.put(ANONYMOUS_GZIP, () -> {
                verifyVisitorsCachedPage(portal + topicPath, compressed.length, true);
                var result = wrk(ANONYMOUS_GZIP, portal + topicPath, duration, "Accept-Encoding: gzip");
                verifyVisitorsCachedPage(portal + topicPath, compressed.length, true);
                return result;
            });
            var signedIn = new java.util.LinkedHashMap<String, String>();
            signedIn.put("category page 1 (signed in, uncached)", categoryPath);
            signedIn.put("category last page (signed in, uncached)", lastPagePath);
            signedIn.put("category page " + DEEP_PAGE + " (signed in, older cursor)", deepPagePath);
            signedIn.put("signed-in member's topic page", topicPath);
            signedIn.forEach((name, path) -> rows.put(name, () -> {
                verifySignedIn(portal + path, cookie);
                var result = recorded(pid, name, () -> wrk(name, portal + path, duration, "Cookie: " + cookie));
                verifySignedIn(portal + path, cookie);
                return result;
            }));
            if (db.equals("postgresql")) {
                // The search (#16) over the seeded forum: a word in about half the posts, and one in 1 of 10,000.
                for (String word : List.of(ForumSeeder.COMMON_WORD, ForumSeeder.RARE_WORD)) {
                    String name = (word.equals(ForumSeeder.COMMON_WORD) ? SEARCH_COMMON : SEARCH_RARE);
                    String searchUrl = portal + "/search/?q=" + word;
                    rows.put(name, () -> {
                        verifySearch(searchUrl);
                        long[] before = cpuMillis(pid);
                        var result = wrk(name, searchUrl, duration);
                        long[] after = cpuMillis(pid);
                        double searches =
                                result.requestsPerSecond() * seconds(duration).toSeconds();
                        System.out.printf(
                                Locale.UK,
                                "CPU per search (%s): the portal %.2f ms, the rest of the machine (the database, wrk) %.2f ms%n",
                                word,
                                (after[0] - before[0]) / searches,
                                (after[1] - before[1] - (after[0] - before[0])) / searches);
                        return result;
                    });
                }
            }
            // Writing (#17): members replying and liking through the pages' forms while a member reads.
            var replyTopics = new ArrayList<String>();
            for (int i = 0; i < WRITERS; i++) {
                replyTopics.add("/forum/topic.xhtml?id=" + (seeded.benchmarkTopicId() + 1 + i));
            }
            var writers = Writers.signIn(portal, keycloak.url(), replyTopics, seeded.benchmarkTopicId() + 1000);
            writers.run(java.time.Duration.ofSeconds(5)); // warm-up
            var duringWriting = new java.util.HashMap<String, Result>();
            rows.put(WRITING_REPLIES, () -> {
                verifySignedIn(portal + topicPath, cookie);
                var reading = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return wrk(READING_WHILE_WRITING, portal + topicPath, duration, "Cookie: " + cookie);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                var wrote = recorded(pid, WRITING_REPLIES, () -> writers.run(seconds(duration)));
                duringWriting.put(READING_WHILE_WRITING, reading.get());
                duringWriting.put(
                        WRITING_LIKES,
                        new Result(WRITING_LIKES, wrote.likesPerSecond(), wrote.likeP50(), wrote.likeP99(), 0, 0));
                verifySignedIn(portal + topicPath, cookie);
                return new Result(
                        WRITING_REPLIES,
                        wrote.repliesPerSecond(),
                        wrote.replyP50(),
                        wrote.replyP99(),
                        wrote.failures(),
                        0);
            });
            rows.put(WRITING_LIKES, () -> duringWriting.get(WRITING_LIKES));
            rows.put(READING_WHILE_WRITING, () -> duringWriting.get(READING_WHILE_WRITING));
            rows.put(NGINX, () -> wrk("nginx", nginx.url() + "/topic.html", duration));
            rows.put(NGINX_GZIP, () -> {
                verifyNginxGzip(nginx.url() + "/topic.html.gz", compressed);
                return wrk("nginx gzip", nginx.url() + "/topic.html.gz", duration, "Accept-Encoding: gzip");
            });

            int rounds = Integer.getInteger("bench.rounds", 3);
            long sessionsBefore = sessionsCreated(portal);
            var measured = new java.util.LinkedHashMap<String, List<Result>>();
            for (int round = 1; round <= rounds; round++) {
                System.out.printf(Locale.UK, "Round %d of %d%n", round, rounds);
                for (var row : rows.entrySet()) {
                    measured.computeIfAbsent(row.getKey(), name -> new ArrayList<>())
                            .add(row.getValue().call());
                }
            }
            long sessionsDuring = sessionsCreated(portal) - sessionsBefore;
            var results = measured.entrySet().stream()
                    .map(e -> new Row(e.getKey(), e.getValue()))
                    .toList();

            long rssKb = rssKilobytes(payara.process().pid(), "VmRSS:");
            long peakRssKb = rssKilobytes(payara.process().pid(), "VmHWM:");
            var heap = heapAfterFullGc(pid);
            passed = print(
                    results,
                    page.length,
                    compressed.length,
                    startSeconds,
                    rssKb,
                    peakRssKb,
                    sessionsDuring,
                    heap,
                    String.join(" ", jvmOptions),
                    db,
                    seeded,
                    rounds);
        } finally {
            for (AutoCloseable closeable : cleanup) {
                closeable.close();
            }
        }
        if (!passed) {
            System.out.println("THE BENCHMARK FAILED: see the rows marked FAILED, the sessions and the memory above");
            System.exit(1);
        }
    }

    /** Seconds from the given start until the page answers 200 (asked every 100 ms). */
    private static double firstPage(String url, long startedAt) throws Exception {
        var client = HttpClient.newHttpClient();
        while (true) {
            try {
                var answer = client.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(java.time.Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return (System.nanoTime() - startedAt) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - startedAt > 300_000_000_000L) {
                throw new IllegalStateException(url + " did not answer 200 within 5 minutes of the start");
            }
            Thread.sleep(100);
        }
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

    private static final String ANONYMOUS_GZIP = "anonymous topic page, gzip asked for";
    private static final String NGINX = "nginx, same bytes from a file";
    private static final String SEARCH_COMMON = "search, a word in half the posts (visitor)";
    private static final String SEARCH_RARE = "search, a word in 1 post of 10,000 (visitor)";
    private static final String NGINX_GZIP = "nginx, same gzip bytes from a file";
    private static final int WRITERS = 8;
    private static final String WRITING_REPLIES = "members replying (8 writers; a reader meanwhile)";
    private static final String WRITING_LIKES = "members liking (the same writers)";
    private static final String READING_WHILE_WRITING = "signed-in member's topic page, while they write";

    /** wrk's duration ("15s", "1m") as a Duration. */
    private static java.time.Duration seconds(String duration) {
        long n = Long.parseLong(duration.replaceAll("[^0-9]", ""));
        return duration.endsWith("m") ? java.time.Duration.ofMinutes(n) : java.time.Duration.ofSeconds(n);
    }

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

    private static Path countingScript;

    private static Result wrk(String name, String url, String duration, String... headers) throws Exception {
        if (countingScript == null) {
            countingScript = Files.createTempFile("wrk-counting-", ".lua");
            Files.writeString(countingScript, COUNTING_SCRIPT);
            countingScript.toFile().deleteOnExit();
        }
        var command = new ArrayList<>(List.of(
                "wrk",
                "-t2",
                "-c16",
                "-d" + duration,
                "--latency",
                "--timeout",
                "5s",
                "-s",
                countingScript.toString()));
        for (String header : headers) {
            command.addAll(List.of("-H", header));
        }
        command.add(url);
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        var requests = REQUESTS.matcher(output);
        var counted = COUNTED.matcher(output);
        if (!requests.find() || !counted.find()) {
            throw new IllegalStateException("wrk on " + url + " failed:\n" + output);
        }
        long notOk = Long.parseLong(counted.group(1));
        long errors = Long.parseLong(counted.group(2));
        if (notOk + errors > 0) {
            System.out.printf(Locale.UK, "%s: %d answers not 200, %d socket errors or timeouts%n", name, notOk, errors);
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
                percentiles.getOrDefault("99", -1.0),
                notOk,
                errors);
    }

    /** One signed-in run, with a flight recording of it kept when -Dbench.record=folder asks for one. */
    private static <T> T recorded(long pid, String name, Callable<T> run) throws Exception {
        String folder = System.getProperty("bench.record", "");
        if (folder.isBlank()) {
            return run.call();
        }
        // jcmd splits its arguments at spaces: the recording's name and file are the row's name in plain letters.
        String plain = name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        Path file = Path.of(folder).toAbsolutePath().resolve(plain + ".jfr");
        Files.createDirectories(file.getParent());
        jcmd(pid, "JFR.start", "name=" + plain, "settings=profile");
        var result = run.call();
        jcmd(pid, "JFR.stop", "name=" + plain, "filename=" + file);
        System.out.println("Flight recording of " + name + ": " + file);
        return result;
    }

    /** CPU time spent so far, in ms: by the portal's process, and by the whole machine (not idle), from /proc. */
    private static long[] cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long portalTicks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().split("\\s+");
        long busyTicks = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) { // user, nice, system, irq, softirq, steal
            busyTicks += Long.parseLong(cpu[i]);
        }
        // Linux counts both in clock ticks of 10 ms (USER_HZ 100).
        return new long[] {portalTicks * 10, busyTicks * 10};
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

    /** A process's resident memory now (VmRSS) or at its highest so far (VmHWM), in KiB. */
    /** The reliability issue's limit for one node's resident memory under load: 600 MB. */
    private static final long MEMORY_LIMIT_BYTES = 600_000_000L;

    private static long rssKilobytes(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** A signed-in row measures the member's page: the session still shows the member, and nothing is cached. */
    private static void verifySignedIn(String url, String cookie) throws Exception {
        var answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200
                || !answer.body().contains("id=\"user-name\"")
                || !answer.body().contains("Maya Member")
                || answer.headers().firstValue("X-Page-Cache").isPresent()) {
            throw new IllegalStateException("The signed-in row would not measure the member's page: " + url
                    + " answered " + answer.statusCode() + ", cache "
                    + answer.headers().firstValue("X-Page-Cache").orElse("none")
                    + (answer.body().contains("id=\"sign-in\"")
                            ? ", to a visitor: the session is not the member's"
                            : "")
                    + "; its header reads: " + header(answer.body()));
        }
    }

    /**
     * The anonymous row measures the visitors' cache: a hit, no cookie, and the bytes nginx serves
     * (give or take the digits of the view count, which grows meanwhile).
     */
    private static void verifyVisitorsCachedPage(String url, int nginxBytes, boolean gzip) throws Exception {
        // The view counts written every few seconds drop the topic's page once: it is kept again at
        // the next request, so a few tries are allowed for the hit.
        HttpResponse<byte[]> answer = null;
        var request = HttpRequest.newBuilder(URI.create(url));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            answer = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if ("hit".equals(answer.headers().firstValue("X-Page-Cache").orElse(""))) {
                break;
            }
            Thread.sleep(250);
        }
        if (answer.statusCode() != 200
                || !"hit".equals(answer.headers().firstValue("X-Page-Cache").orElse(""))
                || answer.headers().firstValue("Set-Cookie").isPresent()
                || gzip
                        != answer.headers()
                                .firstValue("Content-Encoding")
                                .orElse("")
                                .equals("gzip")
                || Math.abs(answer.body().length - nginxBytes) > 32) {
            throw new IllegalStateException("The anonymous row would not measure the cached page: " + url + " answered "
                    + answer.statusCode() + ", cache "
                    + answer.headers().firstValue("X-Page-Cache").orElse("none")
                    + ", encoding "
                    + answer.headers().firstValue("Content-Encoding").orElse("none")
                    + ", " + answer.body().length + " bytes against nginx's " + nginxBytes);
        }
    }

    /** The compressed ceiling serves the portal's compressed bytes, marked as such. */
    /** A search page that found the seeded posts, for a visitor, without a session. */
    private static void verifySearch(String url) throws Exception {
        var answer = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200
                || !answer.body().contains("id=\"results-discussions\"")
                || answer.headers().firstValue("Set-Cookie").isPresent()) {
            throw new IllegalStateException(
                    "The search page " + url + " did not find the seeded posts: " + answer.statusCode());
        }
    }

    private static void verifyNginxGzip(String url, byte[] compressed) throws Exception {
        var answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200
                || !"gzip"
                        .equals(answer.headers().firstValue("Content-Encoding").orElse(""))
                || !java.util.Arrays.equals(compressed, answer.body())) {
            throw new IllegalStateException("nginx would not serve the portal's compressed page: " + url + " answered "
                    + answer.statusCode() + ", encoding "
                    + answer.headers().firstValue("Content-Encoding").orElse("none") + ", "
                    + answer.body().length + " bytes");
        }
    }

    private static String header(String page) {
        int start = Math.max(0, page.indexOf("<header"));
        return page.substring(start, Math.min(page.length(), start + 1500));
    }

    /** The heap the portal really holds: used after a full collection, and the heap's size. */
    private record Heap(long usedKb, long committedKb) {}

    private static Heap heapAfterFullGc(long pid) throws Exception {
        jcmd(pid, "GC.run");
        var process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(pid),
                        "GC.heap_info")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        var matcher = Pattern.compile("total (?:reserved )?([0-9]+)K, (?:committed ([0-9]+)K, )?used ([0-9]+)K")
                .matcher(output);
        // One line for G1's heap; one per generation for the serial collector (young, tenured): summed.
        long total = 0;
        long used = 0;
        int found = 0;
        while (matcher.find()) {
            total += Long.parseLong(matcher.group(2) != null ? matcher.group(2) : matcher.group(1));
            used += Long.parseLong(matcher.group(3));
            found++;
        }
        if (found == 0) {
            throw new IllegalStateException("No heap figures from jcmd GC.heap_info:\n" + output);
        }
        return new Heap(used, total);
    }

    /** Prints the table and the checks; answers whether every row passed its checks. */
    private static boolean print(
            List<Row> rows,
            int pageBytes,
            int compressedBytes,
            double startSeconds,
            long rssKb,
            long peakRssKb,
            long sessionsDuring,
            Heap heap,
            String jvm,
            String db,
            ForumSeeder.Seeded seeded,
            int rounds) {
        // A compressed row is set against nginx serving the compressed bytes, the others against the plain ones.
        double nginx = row(rows, NGINX).median(Result::requestsPerSecond);
        double nginxGzip = row(rows, NGINX_GZIP).median(Result::requestsPerSecond);
        var out = new StringBuilder();
        out.append(String.format(
                Locale.UK,
                "%nForum benchmark: %,d topics, %,d posts on %s; wrk -t2 -c16; page %,d bytes (%,d gzip-compressed);"
                        + " median of %d interleaved rounds (min-max)%n",
                seeded.topics(),
                seeded.posts(),
                db,
                pageBytes,
                compressedBytes,
                rounds));
        int width = rows.stream().mapToInt(r -> r.name().length()).max().orElse(4);
        out.append(String.format(
                Locale.UK,
                "| %-" + width + "s | %18s | %16s | %16s | %9s | %s |%n",
                "what",
                "requests/s",
                "p50 ms",
                "p99 ms",
                "vs nginx",
                "checked"));
        out.append("|")
                .append("-".repeat(width + 2))
                .append("|")
                .append("-".repeat(20))
                .append("|")
                .append("-".repeat(18))
                .append("|")
                .append("-".repeat(18))
                .append("|")
                .append("-".repeat(11))
                .append("|")
                .append("-".repeat(9))
                .append("|\n");
        for (Row r : rows) {
            out.append(String.format(
                    Locale.UK,
                    "| %-" + width
                            + "s | %6.0f (%4.0f-%4.0f) | %5.2f (%.2f-%.2f) | %5.2f (%.2f-%.2f) | %8.1f%% | %-7s |%n",
                    r.name(),
                    r.median(Result::requestsPerSecond),
                    r.min(Result::requestsPerSecond),
                    r.max(Result::requestsPerSecond),
                    r.median(Result::p50Millis),
                    r.min(Result::p50Millis),
                    r.max(Result::p50Millis),
                    r.median(Result::p99Millis),
                    r.min(Result::p99Millis),
                    r.max(Result::p99Millis),
                    100
                            * r.median(Result::requestsPerSecond)
                            / (r.name().equals(ANONYMOUS_GZIP) || r.name().equals(NGINX_GZIP) ? nginxGzip : nginx),
                    r.failed() ? "FAILED" : "ok"));
        }
        var first = row(rows, "category page 1 (signed in, uncached)");
        var last = row(rows, "category last page (signed in, uncached)");
        var deep = row(rows, "category page " + DEEP_PAGE + " (signed in, older cursor)");
        out.append(String.format(
                Locale.UK,
                "Category last page costs %.2fx the first (median throughput), p50 %.2f ms vs %.2f ms%n",
                first.median(Result::requestsPerSecond) / last.median(Result::requestsPerSecond),
                last.median(Result::p50Millis),
                first.median(Result::p50Millis)));
        out.append(String.format(
                Locale.UK,
                "Category page %d costs %.2fx the first (median throughput), p50 %.2f ms vs %.2f ms%n",
                DEEP_PAGE,
                first.median(Result::requestsPerSecond) / deep.median(Result::requestsPerSecond),
                deep.median(Result::p50Millis),
                first.median(Result::p50Millis)));
        out.append(String.format(
                Locale.UK,
                "Checked: every signed-in run began and ended on the member's own uncached page; every anonymous run on"
                        + " a cache hit with no cookie and nginx's byte count (compressed when asked, nginx's gzip file the"
                        + " portal's compressed bytes); a row is FAILED by any answer not 200"
                        + " (3xx included), socket error or timeout%n"));
        out.append(String.format(
                Locale.UK,
                "Portal JVM (%s): resident memory at its peak, under the load %,d MiB (%s the limit of 600 MB),"
                        + " after the runs %,d MiB; heap in use after a full GC %,d MiB of %,d MiB%n",
                jvm,
                peakRssKb / 1024,
                peakRssKb * 1024 <= MEMORY_LIMIT_BYTES ? "within" : "OVER",
                rssKb / 1024,
                heap.usedKb() / 1024,
                heap.committedKb() / 1024));
        out.append(String.format(
                Locale.UK,
                "HTTP sessions created during the runs: %d (visitors get none; the member keeps one)%n",
                sessionsDuring));
        out.append(String.format(
                Locale.UK,
                "Start-up: the portal answered its first page %.1f s after its process started (Keycloak already"
                        + " running, the seeded database there; %s the target of 15 s)%n",
                startSeconds,
                startSeconds <= 15 ? "within" : "OVER"));
        if (rows.stream().anyMatch(r -> r.name().equals(SEARCH_COMMON))) {
            double common = row(rows, SEARCH_COMMON).median(Result::p99Millis);
            double rare = row(rows, SEARCH_RARE).median(Result::p99Millis);
            out.append(String.format(
                    Locale.UK,
                    "Search: p99 %.1f ms for a common word, %.1f ms for a rare one (%s the target of 100 ms)%n",
                    common,
                    rare,
                    Math.max(common, rare) <= 100 ? "within" : "OVER"));
        }
        if (rows.stream().anyMatch(r -> r.name().equals(WRITING_REPLIES))) {
            var replies = row(rows, WRITING_REPLIES);
            double reading = row(rows, READING_WHILE_WRITING).median(Result::p99Millis);
            boolean within = replies.median(Result::requestsPerSecond) >= 150
                    && replies.median(Result::p99Millis) <= 200
                    && reading <= 50;
            out.append(String.format(
                    Locale.UK,
                    "Writing: %.0f replies/s with p99 %.1f ms and %.0f likes/s, the reader's p99 meanwhile %.1f ms,"
                            + " failures %d (%s the targets of 150 replies/s, p99 200 ms, readers' p99 50 ms); the"
                            + " replies row's min-max is over rounds, its failures count replies and likes%n",
                    replies.median(Result::requestsPerSecond),
                    replies.median(Result::p99Millis),
                    row(rows, WRITING_LIKES).median(Result::requestsPerSecond),
                    reading,
                    replies.runs().stream().mapToLong(Result::notOk).sum(),
                    within ? "within" : "OVER"));
        }
        System.out.print(out);
        return rows.stream().noneMatch(Row::failed) && sessionsDuring == 0 && peakRssKb * 1024 <= MEMORY_LIMIT_BYTES;
    }

    private static Row row(List<Row> rows, String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static void requireTool(String tool) throws Exception {
        var process = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(tool + " is not installed: apt-get install wrk nginx-light");
        }
    }
}
