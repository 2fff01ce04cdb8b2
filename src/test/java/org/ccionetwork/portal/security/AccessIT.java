package org.ccionetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.PortalClient;
import org.ccionetwork.portal.testing.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server allows and refuses, over plain HTTP with real Keycloak sign-ins: private areas,
 * roles, sessions, security headers and forged form posts.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final List<String> PUBLIC_PAGES = List.of(
            "/", "/forum/", "/news/", "/library/", "/accessibility.xhtml", "/privacy.xhtml", "/no-such-page.xhtml");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFixtures();
    }

    private final String portal = TestSettings.portalUrl();
    private final String keycloak = KeycloakExtension.keycloak().url();

    @Test
    void anonymousVisitorOfAMembersPageIsSentToSignInAndBackAfterwards() {
        var client = new PortalClient(portal);
        var answer = client.get("/members/");
        assertEquals(302, answer.statusCode());
        assertEquals(portal + "/signin?returnTo=%2Fmembers%2F", PortalClient.location(answer));

        var loginPage = client.follow("/members/");
        assertTrue(
                loginPage.uri().toString().startsWith(keycloak + "/realms/ccio/protocol/openid-connect/auth"),
                loginPage.uri().toString());

        var landed = new PortalClient(portal).signIn("member", "member", "/members/");
        assertEquals(portal + "/members/", landed.uri().toString());
        assertTrue(landed.body().contains("id=\"profile-name\">Maya Member<"), landed.body());
    }

    @Test
    void aMemberGets404OnModeratorAndAdminPages() {
        var member = new PortalClient(portal);
        member.signIn("member", "member", "/");
        for (String page : List.of("/moderation/", "/admin/", "/moderation/index.xhtml", "/ADMIN/")) {
            var answer = member.get(page);
            assertEquals(404, answer.statusCode(), page);
            assertTrue(answer.body().contains("Page not found"), page);
        }
        assertEquals(200, member.get("/members/").statusCode());
        assertFalse(member.get("/").body().contains("href=\"/moderation/\""), "no moderator menu for a member");
    }

    @Test
    void aModeratorGetsTheModeratorPageButNotTheAdminPage() {
        var moderator = new PortalClient(portal);
        moderator.signIn("moderator", "moderator", "/");
        var page = moderator.get("/moderation/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>Moderation</h1>"));
        assertTrue(page.body().contains("href=\"/moderation/\""), "the moderator menu is shown");
        assertEquals(404, moderator.get("/admin/").statusCode());

        var admin = new PortalClient(portal);
        admin.signIn("admin", "admin", "/");
        assertEquals(200, admin.get("/admin/").statusCode());
    }

    /**
     * Staff pages keep working whatever page came before: a page not found, a forum page, the error
     * page of a missing topic, the sign-in again. (A walk of every page in a browser once found a
     * moderator refused their own pages midway.)
     */
    @Test
    void staffKeepTheirPagesAfterNotFoundAndErrorPages() {
        var admin = new PortalClient(portal);
        admin.signIn("admin", "admin", "/");
        for (String before : List.of(
                "/no-such-page.xhtml",
                "/forum/topic.xhtml?id=987654321",
                "/forum/",
                "/members/notifications.xhtml",
                "/forum/search.xhtml?q=walkable",
                "/news/desk/edit.xhtml?id=987654321",
                "/no-such-page.xhtml")) {
            admin.get(before);
            for (String page : List.of("/admin/categories.xhtml", "/moderation/audit.xhtml", "/news/desk/")) {
                var answer = admin.get(page);
                assertEquals(200, answer.statusCode(), page + " after " + before);
            }
        }
    }

    @Test
    void anonymousReadersGetNoSession() {
        var client = new PortalClient(portal);
        var pages = new java.util.ArrayList<>(PUBLIC_PAGES);
        pages.add(new org.ccionetwork.portal.testing.Fixtures(portal)
                .article(org.ccionetwork.portal.shared.Visibility.PUBLIC, "An article to read"));
        pages.add(publicTopic());
        for (String page : pages) {
            var answer = client.get(page);
            assertEquals(page.equals("/no-such-page.xhtml") ? 404 : 200, answer.statusCode(), page);
            assertTrue(
                    answer.headers().allValues("Set-Cookie").isEmpty(),
                    page + " set " + answer.headers().allValues("Set-Cookie"));
        }
        assertFalse(client.hasPortalSession());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        var client = new PortalClient(portal);
        for (String page : List.of("/", "/no-such-page.xhtml", "/jakarta.faces.resource/css/portal.css.xhtml")) {
            HttpResponse<String> answer = client.get(page);
            var csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), page + ": " + csp);
            assertTrue(csp.contains("default-src 'self'"), page + ": " + csp);
            assertTrue(csp.contains("object-src 'none'"), page + ": " + csp);
            assertEquals(
                    "nosniff",
                    answer.headers().firstValue("X-Content-Type-Options").orElse(null),
                    page);
            assertEquals(
                    "strict-origin-when-cross-origin",
                    answer.headers().firstValue("Referrer-Policy").orElse(null),
                    page);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        var client = new PortalClient(portal);
        var answer = client.get("/signin?returnTo=/");
        var cookie = answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        // Attribute values are case-insensitive (RFC 6265bis); Payara writes "lax".
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
    }

    @Test
    void aForgedSignOutPostChangesNothingAndTheRealOneWorks() {
        var member = new PortalClient(portal);
        var home = member.signIn("member", "member", "/");
        var form = Map.of("sign-out-form", "sign-out-form", "sign-out-form:sign-out", "Sign out");

        // A cross-site post carries no view state, or one from another visitor's page.
        var stranger = new PortalClient(portal);
        var strangerHome = stranger.signIn("moderator", "moderator", "/");
        String strangersState = viewState(strangerHome.body());
        member.postForm("/index.xhtml", form);
        var withForeignState = new java.util.HashMap<>(form);
        withForeignState.put("jakarta.faces.ViewState", strangersState);
        var refused = member.postForm("/index.xhtml", withForeignState);
        assertTrue(refused.body().contains("This page has expired"), refused.statusCode() + " " + refused.body());
        assertEquals(200, member.get("/members/").statusCode(), "still signed in after the forged posts");

        // The portal's own form, with its own view state, signs out (through Keycloak).
        var own = new java.util.HashMap<>(form);
        own.put("jakarta.faces.ViewState", viewState(member.get("/").body()));
        var signOut = member.postForm("/index.xhtml", own);
        assertEquals(302, signOut.statusCode());
        assertTrue(
                PortalClient.location(signOut).startsWith(keycloak + "/realms/ccio/protocol/openid-connect/logout"),
                PortalClient.location(signOut));
        assertEquals(302, member.get("/members/").statusCode(), "signed out of the portal");
        assertTrue(home.body().contains("Maya Member"));
    }

    @Test
    void forgedPostButtonsAreRefusedWithAClearMessage() {
        var member = new PortalClient(portal);
        member.signIn("member", "member", "/forum/");
        var likeButton = Pattern.compile("name=\"posts:act\" value=\"(like:[0-9]+:[0-9]+)\"");
        String topic = null;
        String action = null;
        for (String candidate : List.of(publicTopic())) {
            var button = likeButton.matcher(member.get(candidate).body());
            if (button.find()) {
                topic = candidate;
                action = button.group(1);
                break;
            }
        }
        assertTrue(action != null, "a public post the member may like");

        var unknown = member.postForm(
                topic,
                withState(
                        Map.of("posts", "posts", "posts:act", action.replace("like", "promote")),
                        member.get(topic).body()));
        assertEquals(200, unknown.statusCode());
        assertTrue(unknown.body().contains("That action is not known. Reload the page and try again."), unknown.body());

        var noSuchPost = member.postForm(
                topic,
                withState(
                        Map.of("posts", "posts", "posts:act", "like:987654321:1"),
                        member.get(topic).body()));
        assertEquals(404, noSuchPost.statusCode(), "a guessed post id is as unknown as a wrong one");

        var like = Map.of("posts", "posts", "posts:act", action);
        var liked = member.postForm(topic, withState(like, member.get(topic).body()));
        assertEquals(302, liked.statusCode(), "the real button likes and goes back to the post");
        assertFalse(member.get(topic).body().contains("value=\"" + action + "\""), "no Like button for a liked post");
        var again = member.postForm(topic, withState(like, member.get(topic).body()));
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("You have already liked this post."), again.body());
    }

    private static Map<String, String> withState(Map<String, String> form, String page) {
        var fields = new java.util.HashMap<>(form);
        fields.put("jakarta.faces.ViewState", viewState(page));
        return fields;
    }

    /** A topic in a public category, by someone other than the member. */
    private String publicTopic() {
        var fixtures = new org.ccionetwork.portal.testing.Fixtures(portal);
        return fixtures.topic(
                fixtures.category(org.ccionetwork.portal.shared.Visibility.PUBLIC), "A public topic to like");
    }

    private static String viewState(String page) {
        var matcher = VIEW_STATE.matcher(page);
        assertTrue(matcher.find(), "a signed-in page carries a view state");
        return matcher.group(1);
    }

    @Test
    void operationalEndpointsAreNotForVisitors() {
        var visitor = new PortalClient(portal);
        for (String endpoint : List.of(
                "/metrics",
                "/metrics/base",
                "/openapi",
                "/openapi/",
                "/api/application.wadl",
                "/api/application.wadl?detail=true")) {
            var answer = visitor.get(endpoint);
            assertTrue(answer.statusCode() == 403 || answer.statusCode() == 404, endpoint + " " + answer.statusCode());
            assertFalse(answer.body().contains("/api/drafts"), endpoint + " lists the API");
            assertFalse(
                    answer.body().contains("connection_pool") || answer.body().contains("jvm_"), endpoint);
        }
        var ready = visitor.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("UP", ready.body().replaceAll("(?s).*?\"status\":\"([A-Z]+)\".*", "$1"), ready.body());
        assertFalse(
                ready.body().contains("\"data\":{\""), "the readiness answer carries only statuses: " + ready.body());
    }

    @Test
    void signedInAndMembersOnlyResponsesAreNeverStored() {
        var visitor = new PortalClient(portal);
        for (String page : List.of("/members/", "/admin/accounts.xhtml", "/moderation/")) {
            assertEquals("no-store", cacheControl(visitor.get(page)), "visitor's " + page);
        }
        assertTrue(!cacheControl(visitor.get("/forum/")).contains("no-store"), "public pages keep their caching");

        var member = new PortalClient(portal);
        member.signIn("member", "member", "/");
        for (String page : List.of("/", "/forum/", "/members/directory.xhtml", "/members/", "/no-such-page.xhtml")) {
            var answer = member.get(page);
            assertEquals("no-store", cacheControl(answer), "member's " + page + " " + answer.statusCode());
        }
        var admin = new PortalClient(portal);
        admin.signIn("admin", "admin", "/");
        var accounts = admin.get("/admin/accounts.xhtml");
        assertEquals(200, accounts.statusCode());
        assertEquals("no-store", cacheControl(accounts));
        // The portal's own style sheet stays cacheable for everybody.
        assertFalse(cacheControl(member.get("/jakarta.faces.resource/css/portal.css.xhtml"))
                .contains("no-store"));
    }

    @Test
    void junkQueryParametersShareOneCacheEntry() throws InterruptedException {
        // The search page: kept for visitors, and (unlike a topic) not dropped every few seconds by view counts.
        var visitor = new PortalClient(portal);
        String page = "/forum/search.xhtml?q=summer";
        var first = visitor.get(page);
        assertEquals(200, first.statusCode());
        // A change made by an earlier test clears the cache within a second: wait until the page is kept.
        var deadline = java.time.Instant.now().plusSeconds(10);
        while (!"hit"
                .equals(visitor.get(page).headers().firstValue("X-Page-Cache").orElse(""))) {
            assertTrue(java.time.Instant.now().isBefore(deadline), "the search page is never kept");
            Thread.sleep(200);
        }
        for (int junk = 1; junk <= 50; junk++) {
            var answer = visitor.get(page + "&z=" + junk + "&utm_source=" + junk);
            assertEquals(200, answer.statusCode());
            assertEquals("hit", answer.headers().firstValue("X-Page-Cache").orElse("miss"), "junk parameter " + junk);
            // The same page, but for its script nonce, which is fresh on every answer and wherever the
            // page has one (on script elements and in the script that gives it to PrimeFaces).
            assertEquals(withoutItsNonce(first), withoutItsNonce(answer));
            assertFalse(first.body().equals(answer.body()), "a cached page served again with the same nonce");
        }
        var reordered = visitor.get("/forum/search.xhtml?z=1&q=%73ummer");
        assertEquals("hit", reordered.headers().firstValue("X-Page-Cache").orElse("miss"), "order and encoding");
    }

    @Test
    void aPageFetchedAsAnImageChangesNothing() {
        var member = new PortalClient(portal);
        member.signIn("member", "member", "/");
        for (String action : List.of("/members/notifications.xhtml", "/members/export", "/members/")) {
            assertEquals(404, member.get(action, "Sec-Fetch-Dest", "image").statusCode(), action);
        }
        assertEquals(
                200,
                member.get("/members/notifications.xhtml", "Sec-Fetch-Dest", "document")
                        .statusCode());
    }

    @Test
    void scriptsNeedTheResponsesOwnNonceAndACachedPageNeverRepeatsOne() {
        var visitor = new PortalClient(portal);
        var seen = new java.util.HashSet<String>();
        for (int i = 0; i < 3; i++) {
            var answer = visitor.get("/forum/search.xhtml?q=nonce");
            String policy =
                    answer.headers().allValues("Content-Security-Policy").toString();
            assertEquals(
                    1, answer.headers().allValues("Content-Security-Policy").size(), policy);
            var script = Pattern.compile("script-src ([^;]*)").matcher(policy);
            assertTrue(script.find(), policy);
            assertFalse(
                    script.group(1).contains("unsafe-inline") || script.group(1).contains("unsafe-eval"), policy);
            var nonce = Pattern.compile("'nonce-([^']+)'").matcher(script.group(1));
            assertTrue(nonce.find(), policy);
            assertTrue(seen.add(nonce.group(1)), "a nonce served twice: " + nonce.group(1));
            var inline = Pattern.compile("<script(?![^>]*\\ssrc=)([^>]*)>").matcher(answer.body());
            while (inline.find()) {
                assertTrue(inline.group(1).contains("nonce=\"" + nonce.group(1) + "\""), "an inline script without it");
            }
        }
        var member = new PortalClient(portal);
        member.signIn("member", "member", "/");
        var page = member.get("/members/");
        assertTrue(
                page.headers().firstValue("Content-Security-Policy").orElse("").contains("'nonce-"));

        // A nonce offered in a link is not taken (only a page's own form posts carry it back).
        String chosen = "AttackerChosenNonce0000000000==";
        for (var offered : List.of(
                visitor.get("/forum/search.xhtml?q=nonce&primefaces.nonce=" + chosen),
                member.get("/members/directory.xhtml?primefaces.nonce=" + chosen))) {
            assertEquals(200, offered.statusCode());
            assertFalse(offered.headers()
                    .allValues("Content-Security-Policy")
                    .toString()
                    .contains(chosen));
            assertFalse(offered.body().contains(chosen), "the chosen nonce is on no script");
        }
    }

    /** The page with the nonce its policy names blanked; no other nonce may be left. */
    private static String withoutItsNonce(HttpResponse<String> answer) {
        var nonce = Pattern.compile("'nonce-([^']+)'")
                .matcher(answer.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(nonce.find(), "the policy names a nonce");
        String blanked = answer.body().replace(nonce.group(1), "");
        assertFalse(
                Pattern.compile("nonce=\"[^\"]+\"|csp\\.init\\('[^']+'\\)")
                        .matcher(blanked)
                        .find(),
                "a nonce that is not the response's");
        return blanked;
    }

    private static String cacheControl(HttpResponse<String> answer) {
        return answer.headers().firstValue("Cache-Control").orElse("");
    }
}
