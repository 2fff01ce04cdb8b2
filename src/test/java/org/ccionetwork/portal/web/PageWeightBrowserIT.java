package org.ccionetwork.portal.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.testing.Browser;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.Fixtures;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The bytes a reading page costs, as the browser counts them (the Resource Timing API's transfer
 * sizes: compressed bodies and headers, nothing for what came from its cache): for the home page, a
 * category, a topic, an article and the library, as a visitor and as a member, on a first visit
 * (the browser's cache emptied) and as a second page. Budgets: 60 KB first, 15 KB second. It
 * prints the table the README's performance section shows. Every static resource those pages and a
 * page with PrimeFaces components load is under a versioned address, kept for a year under it and
 * not under another version.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageWeightBrowserIT {

    static final long FIRST_VISIT_BUDGET = 60 * 1024;
    static final long SECOND_PAGE_BUDGET = 15 * 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFixtures();
    }

    private final String portal = TestSettings.portalUrl();

    /** What a page was read as: every request the browser made for it, with the bytes it transferred. */
    private record Weight(long bytes, List<String> requests) {}

    /** The static resources the weighed pages loaded. */
    private final java.util.Set<String> resources = new java.util.TreeSet<>();

    @Test
    void readingPagesStayWithinTheirBudgets() {
        var fixtures = new Fixtures(portal);
        String category = fixtures.category(Visibility.PUBLIC);
        var pages = new LinkedHashMap<String, String>();
        pages.put("home", "/");
        pages.put("category", "/forum/category.xhtml?c=" + category);
        pages.put("topic", fixtures.topic(category, "A topic to weigh"));
        pages.put("article", fixtures.article(Visibility.PUBLIC, "An article to weigh"));
        pages.put("library", "/library/");
        var faults = new ArrayList<String>();
        var table = new StringBuilder("| page | as | first visit (KB) | second page (KB) |\n|---|---|---|---|\n");
        for (String role : new String[] {"visitor", "member"}) {
            try (var browser = new Browser()) {
                if (role.equals("member")) {
                    browser.signIn(portal, "member", "member", "/");
                }
                for (var page : pages.entrySet()) {
                    clearCache(browser);
                    var first = weigh(browser, page.getValue());
                    browser.open(portal + "/accessibility.xhtml"); // another page between
                    var second = weigh(browser, page.getValue());
                    table.append("| %s | %s | %.1f | %.1f |%n"
                            .formatted(page.getKey(), role, first.bytes() / 1024.0, second.bytes() / 1024.0));
                    if (first.bytes() > FIRST_VISIT_BUDGET) {
                        faults.add(role + "'s first visit of the " + page.getKey() + " page: " + first.bytes()
                                + " bytes, over " + FIRST_VISIT_BUDGET + ": " + first.requests());
                    }
                    if (second.bytes() > SECOND_PAGE_BUDGET) {
                        faults.add(role + "'s " + page.getKey() + " page as a second page: " + second.bytes()
                                + " bytes, over " + SECOND_PAGE_BUDGET + ": " + second.requests());
                    }
                }
            }
        }
        System.out.println("Page weight (transferred, as Chromium counts it):\n" + table);
        assertTrue(faults.isEmpty(), String.join("\n", faults) + "\n" + table);
    }

    @Test
    void staticResourcesHaveVersionedAddressesAndLongLifetimes() throws Exception {
        var fixtures = new Fixtures(portal);
        String category = fixtures.category(Visibility.PUBLIC);
        try (var browser = new Browser()) {
            weigh(browser, "/");
            weigh(browser, fixtures.topic(category, "A topic whose resources are counted"));
            browser.signIn(portal, "member", "member", "/");
            weigh(browser, "/forum/new.xhtml?c=" + category); // PrimeFaces' tag field and theme
        }
        assertTrue(resources.stream().anyMatch(r -> r.contains("css/portal.css")), resources.toString());
        assertTrue(resources.stream().anyMatch(r -> r.contains("ln=primefaces")), resources.toString());
        var http = java.net.http.HttpClient.newHttpClient();
        var faults = new ArrayList<String>();
        for (String resource : resources) {
            var version = java.util.regex.Pattern.compile("[?&]v=([^&]+)").matcher(resource);
            if (!version.find()) {
                faults.add(resource + ": no version in its address");
                continue;
            }
            var current = http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(resource))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            String lifetime = current.headers().firstValue("Cache-Control").orElse("");
            if (current.statusCode() != 200 || !lifetime.equals(VersionedResources.LIFETIME)) {
                faults.add(resource + ": " + current.statusCode() + ", Cache-Control " + lifetime);
            }
            String stale = resource.substring(0, version.start(1)) + "0ld" + resource.substring(version.end(1));
            var old = http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(stale))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            if (old.headers().firstValue("Cache-Control").orElse("").contains("immutable")) {
                faults.add(stale + ": kept for long under a version that is not the resource's");
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    private static void clearCache(Browser browser) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    private Weight weigh(Browser browser, String path) {
        browser.open(portal + path);
        browser.waitFor(By.tagName("footer"));
        @SuppressWarnings("unchecked")
        var entries = (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver())
                .executeScript("return performance.getEntriesByType('navigation')"
                        + ".concat(performance.getEntriesByType('resource'))"
                        + ".map(e => ({name: e.name, size: e.transferSize}))");
        long bytes = 0;
        var requests = new ArrayList<String>();
        for (var entry : entries) {
            long size = ((Number) entry.get("size")).longValue();
            bytes += size;
            requests.add(entry.get("name") + " " + size);
            if (String.valueOf(entry.get("name")).contains("/jakarta.faces.resource/")) {
                resources.add(String.valueOf(entry.get("name")));
            }
        }
        return new Weight(bytes, requests);
    }
}
