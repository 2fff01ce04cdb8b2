package org.ccionetwork.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of src/main/java, read from the source: the portal's packages (features and the
 * infrastructure under them) depend on each other without circles, and no class grows past
 * about 400 lines.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/ccionetwork/portal");
    private static final Pattern REFERENCE = Pattern.compile("org\\.ccionetwork\\.portal\\.([a-z]+)\\.");
    private static final int MOST_LINES = 420;

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top-level package under org.ccionetwork.portal a source file is in ("" for the root). */
    private static String packageOf(Path source) {
        var relative = MAIN.relativize(source);
        return relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
    }

    /** Which packages each package refers to (imports and qualified names), with the files that do. */
    static Map<String, Map<String, Set<String>>> dependencies() throws IOException {
        var dependencies = new TreeMap<String, Map<String, Set<String>>>();
        for (Path source : sources()) {
            String from = packageOf(source);
            var matcher = REFERENCE.matcher(Files.readString(source));
            while (matcher.find()) {
                String to = matcher.group(1);
                if (!to.equals(from)) {
                    dependencies
                            .computeIfAbsent(from, p -> new TreeMap<>())
                            .computeIfAbsent(to, p -> new TreeSet<>())
                            .add(source.getFileName().toString());
                }
            }
        }
        return dependencies;
    }

    private static Set<String> reachableFrom(String start, Map<String, Map<String, Set<String>>> dependencies) {
        var seen = new HashSet<String>();
        var todo = new ArrayList<>(List.of(start));
        while (!todo.isEmpty()) {
            for (String next :
                    dependencies.getOrDefault(todo.removeLast(), Map.of()).keySet()) {
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return seen;
    }

    @Test
    void packagesDependOnEachOtherWithoutCircles() throws IOException {
        var dependencies = dependencies();
        var circular = new ArrayList<String>();
        dependencies.forEach((from, targets) -> targets.forEach((to, files) -> {
            if (reachableFrom(to, dependencies).contains(from)) {
                circular.add(from + " -> " + to + " " + files);
            }
        }));
        assertEquals(List.of(), circular, "dependencies that lead back to where they start");
    }

    /** The infrastructure: what every feature may use, and which uses no feature. */
    private static final Set<String> INFRASTRUCTURE =
            Set.of("shared", "persistence", "web", "text", "files", "clock", "cluster", "mail");

    @Test
    void infrastructureSitsBelowTheFeatures() throws IOException {
        var dependencies = dependencies();
        assertEquals(
                INFRASTRUCTURE,
                INFRASTRUCTURE.stream()
                        .filter(p -> Files.isDirectory(MAIN.resolve(p)))
                        .collect(java.util.stream.Collectors.toSet()),
                "the infrastructure packages exist");
        var upward = new TreeMap<String, Set<String>>();
        for (String infrastructure : INFRASTRUCTURE) {
            dependencies.getOrDefault(infrastructure, Map.of()).forEach((to, files) -> {
                if (!INFRASTRUCTURE.contains(to)) {
                    upward.put(infrastructure + " -> " + to, files);
                }
            });
        }
        assertEquals(Map.of(), upward, "infrastructure that reaches up into a feature");
    }

    @Test
    void theCheckSeesACircle() {
        var circle = Map.<String, Map<String, Set<String>>>of(
                "forum", Map.of("notify", Set.of("Posting.java")), "notify", Map.of("forum", Set.of("Note.java")));
        assertEquals(Set.of("notify", "forum"), reachableFrom("forum", circle));
    }

    @Test
    void noClassGrowsPastAboutFourHundredLines() throws IOException {
        var long_ = new TreeMap<String, Long>();
        for (Path source : sources()) {
            long lines;
            try (var all = Files.lines(source)) {
                lines = all.count();
            }
            if (lines > MOST_LINES) {
                long_.put(MAIN.relativize(source).toString(), lines);
            }
        }
        assertEquals(Map.of(), long_, "classes to split by responsibility");
    }

    /**
     * Who is asking ({@code Viewer}) is one request's: a class that lives longer (a servlet, a
     * filter, a REST resource, an application-scoped bean) asks {@code CurrentUser} on each request
     * instead of holding one. Held, the first visitor's rights would serve everyone after them.
     */
    @Test
    void nothingThatOutlivesARequestHoldsTheViewer() throws IOException {
        var holding = new TreeSet<String>();
        for (Path source : sources()) {
            String text = Files.readString(source);
            if (heldViewer(text)) {
                holding.add(MAIN.relativize(source).toString());
            }
        }
        assertEquals(Set.of(), holding, "classes that hold a Viewer beyond one request");
    }

    private static final Pattern HELD_VIEWER = Pattern.compile("@Inject\\s+(private\\s+)?Viewer\\s+\\w+;");
    private static final Pattern LONG_LIVED =
            Pattern.compile("@(WebServlet|WebFilter|WebListener|Path|ApplicationScoped|Singleton|SessionScoped)\\b");
    private static final Pattern SHORT_LIVED = Pattern.compile("@(RequestScoped|ViewScoped)\\b");

    static boolean heldViewer(String source) {
        return HELD_VIEWER.matcher(source).find()
                && (LONG_LIVED.matcher(source).find()
                        || !SHORT_LIVED.matcher(source).find());
    }

    @Test
    void theCheckSeesAServletHoldingTheViewer() {
        assertEquals(true, heldViewer("@WebServlet(\"/x\")\nclass X {\n    @Inject\n    private Viewer viewer;\n}"));
        assertEquals(
                false, heldViewer("@Named\n@RequestScoped\nclass P {\n    @Inject\n    private Viewer viewer;\n}"));
    }
}
