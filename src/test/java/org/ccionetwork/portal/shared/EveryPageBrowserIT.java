package org.ccionetwork.portal.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.ccionetwork.portal.testing.Browser;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.Fixtures;
import org.ccionetwork.portal.testing.ForumSteps;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.PageChecks;
import org.ccionetwork.portal.testing.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Every page each role can reach, walked in a real browser by following the portal's own links from
 * the home page (one visit per page and kind of query: an article's editor is another page than a
 * new article's; paging and reply links are not), and checked the same way: no accessibility
 * violation of moderate impact or worse (axe-core, WCAG 2.2 AA), nothing refused by the page's
 * Content-Security-Policy (no 'unsafe-inline' for scripts: inline ones need the response's nonce), no form control that moves or grows
 * when it takes focus (a click would then miss it), no date shown in a machine's format, no "1 replies". Each role must reach the pages it is known to have, so a walk that stops early
 * fails rather than passing on little. Signed-in walks first start a topic and edit its post, so
 * the post editor and a post's history are there to reach.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryPageBrowserIT {

    private static final int MOST_PAGES = 120;
    /** Query parameters that page through a list or prefill a form: the same page for this walk. */
    private static final Set<String> SAME_PAGE =
            Set.of("page", "after", "before", "from", "replyTo", "quote", "account");

    private static final List<String> PUBLIC = List.of(
            "/",
            "/forum/",
            "/forum/category.xhtml",
            "/forum/topic.xhtml",
            "/forum/search.xhtml",
            "/search/",
            "/news/",
            "/news/article.xhtml",
            "/library/",
            "/library/item.xhtml",
            "/events/",
            "/events/event.xhtml",
            "/events/calendar.xhtml",
            "/cpd/verify.xhtml",
            "/accessibility.xhtml",
            "/privacy.xhtml",
            "/no-such-page.xhtml");
    private static final List<String> MEMBER = List.of(
            "/members/",
            "/members/directory.xhtml",
            "/members/profile.xhtml",
            "/members/edit.xhtml",
            "/members/leave.xhtml",
            "/members/notifications.xhtml",
            "/members/mail.xhtml",
            "/members/cpd.xhtml",
            "/members/calendar.xhtml",
            "/mentoring/",
            "/mentoring/offer.xhtml",
            "/mentoring/request.xhtml",
            "/forum/new.xhtml",
            "/forum/flag.xhtml",
            "/library/share.xhtml",
            "/library/review.xhtml");
    private static final List<String> MODERATOR = List.of(
            "/moderation/",
            "/moderation/flags.xhtml",
            "/moderation/audit.xhtml",
            "/news/desk/",
            "/news/desk/edit.xhtml",
            "/events/desk/",
            "/events/desk/edit.xhtml",
            "/events/desk/attendees.xhtml",
            "/events/desk/programme.xhtml",
            "/news/desk/revisions.xhtml",
            "/forum/edit.xhtml",
            "/forum/history.xhtml",
            "/library/edit.xhtml");
    private static final List<String> ADMIN = List.of(
            "/admin/",
            "/admin/accounts.xhtml",
            "/admin/categories.xhtml",
            "/admin/category.xhtml",
            "/admin/collections.xhtml",
            "/admin/mail.xhtml",
            "/admin/mentoring.xhtml",
            "/events/desk/organisers.xhtml");

    /** Pages no link leads to: a search with results, a page that does not exist, a certificate's check (its code unknown). */
    private static final List<String> SEEDS = List.of(
            "/forum/search.xhtml?q=walkable",
            "/search/?q=walkable",
            "/no-such-page.xhtml",
            "/cpd/verify.xhtml?c=0123456789abcdef0123456789abcdef");

    /**
     * What the walk finds on its way, made by the test (the tests' portal has no demo content): a
     * public category with a topic, a published article and a library link, each public.
     */
    private static List<String> made;

    private static String category;

    private synchronized List<String> madeForTheWalk() {
        if (made == null) {
            var fixtures = new Fixtures(portal);
            category = fixtures.category(Visibility.PUBLIC);
            made = List.of(
                    fixtures.topic(category, "A walkable topic"),
                    fixtures.article(Visibility.PUBLIC, "A walkable article"),
                    fixtures.item(fixtures.collection(), Visibility.PUBLIC, "A walkable link"),
                    org.ccionetwork.portal.events.Links.event(
                            fixtures.event(Visibility.PUBLIC, "A walkable event", 60, false)));
        }
        return made;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFixtures();
    }

    private final String portal = TestSettings.portalUrl();

    @Test
    void aVisitorsPages() {
        walk(null, PUBLIC);
    }

    @Test
    void aMembersPages() {
        walk("member", concat(PUBLIC, MEMBER));
    }

    @Test
    void aModeratorsPages() {
        walk("moderator", concat(PUBLIC, MEMBER, MODERATOR));
    }

    @Test
    void anAdminsPages() {
        walk("admin", concat(PUBLIC, MEMBER, MODERATOR, ADMIN));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        var all = new ArrayList<String>();
        for (var list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private void walk(String user, List<String> expected) {
        var faults = new ArrayList<String>();
        var visited = new LinkedHashMap<String, String>();
        try (var browser = new Browser()) {
            if (user != null) {
                browser.signIn(portal, user, user, "/");
            }
            var queue = new ArrayDeque<String>();
            if (user != null) {
                // First, so that its Edit and history links are followed: pages count once, whatever their ids.
                queue.add(startAndEditATopic(browser, user));
            }
            madeForTheWalk().forEach(path -> queue.add(portal + path));
            queue.add(portal + "/");
            SEEDS.forEach(seed -> queue.add(portal + seed));
            while (!queue.isEmpty() && visited.size() < MOST_PAGES) {
                String url = queue.poll();
                String page = pageOf(url);
                if (page == null || visited.containsKey(page)) {
                    continue;
                }
                browser.open(url);
                String shownPage = pageOf(browser.currentUrl());
                visited.put(page, url);
                if (shownPage != null && !shownPage.equals(page)) {
                    visited.putIfAbsent(shownPage, browser.currentUrl());
                }
                faults.addAll(PageChecks.faults(browser, user));
                for (var link : browser.findAll(By.cssSelector("a[href]"))) {
                    String href = link.getAttribute("href");
                    if (href != null && pageOf(href) != null && !visited.containsKey(pageOf(href))) {
                        queue.add(href);
                    }
                }
            }
        }
        var paths =
                visited.keySet().stream().map(k -> k.replaceAll("\\?.*", "")).toList();
        var missing = expected.stream().filter(p -> !paths.contains(p)).toList();
        assertTrue(
                missing.isEmpty(),
                (user == null ? "visitor" : user) + " never reached " + missing + "; visited " + visited.keySet());
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    /** Starts a topic in the test's category, edits its post, and returns the topic's address. */
    private String startAndEditATopic(Browser browser, String user) {
        madeForTheWalk();
        String topic = ForumSteps.startTopic(
                browser, portal, category, "Walked by " + user + " " + System.nanoTime(), "A first version.");
        browser.submit(By.linkText("Edit"));
        browser.waitFor(By.id("edit-form:body")).sendKeys(" Edited once.");
        browser.submit(By.id("edit-form:save"));
        return topic;
    }

    /**
     * The page a link of the portal's own leads to (its path without the query), or null for what is
     * not a page to walk: other sites, sign-in and sign-out, downloads, feeds and files.
     */
    private String pageOf(String url) {
        if (!url.startsWith(portal + "/")) {
            return null;
        }
        var uri = URI.create(url.replace(" ", "%20"));
        String path = uri.getPath();
        if (!(path.endsWith(".xhtml") || path.endsWith("/")) || SKIPPED.stream().anyMatch(path::startsWith)) {
            return null;
        }
        var names = new java.util.TreeSet<String>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String name = pair.split("=", 2)[0];
                if (!SAME_PAGE.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names.isEmpty() ? path : path + "?" + String.join("&", names);
    }

    private static final Set<String> SKIPPED = Set.of("/signin", "/signout", "/callback", "/api/", "/resources/");
}
