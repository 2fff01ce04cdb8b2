package org.ccionetwork.portal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility engine (Deque's build, from Maven Central) run inside the page the
 * browser shows, against WCAG 2.x A and AA and the best practices. Only its script is used; the
 * page's own Content Security Policy does not apply to scripts a WebDriver runs.
 */
public final class Axe {

    /** The impacts a page may not have: all but "minor". */
    public static final Set<String> REFUSED = Set.of("moderate", "serious", "critical");

    private static final String SOURCE = load();

    /** One rule a page breaks, with the elements that break it. */
    public record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") at " + targets;
        }
    }

    private Axe() {}

    /** The violations of the page now shown whose impact is moderate or worse. */
    @SuppressWarnings("unchecked")
    public static List<Violation> check(WebDriver driver) {
        var js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SOURCE);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        var result = (Map<String, Object>) js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values:"
                + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"
                + ".then(function (r) { done({violations: r.violations.map(function (v) {"
                + "  return {id: v.id, impact: v.impact, help: v.help,"
                + "    targets: v.nodes.map(function (n) { return n.target.join(' '); })}; })}); })"
                + ".catch(function (e) { done({error: String(e)}); });");
        if (result.get("error") != null) {
            throw new IllegalStateException(
                    "axe could not check " + driver.getCurrentUrl() + ": " + result.get("error"));
        }
        var found = new ArrayList<Violation>();
        for (var v : (List<Map<String, Object>>) result.get("violations")) {
            String impact = String.valueOf(v.get("impact"));
            if (REFUSED.contains(impact)) {
                found.add(new Violation(
                        (String) v.get("id"), impact, (String) v.get("help"), (List<String>) v.get("targets")));
            }
        }
        return found;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
