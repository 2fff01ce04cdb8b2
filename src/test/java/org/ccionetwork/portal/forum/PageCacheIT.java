package org.ccionetwork.portal.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.members.Profile;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The visitors' page cache stops serving a page as soon as something it shows changes, whichever
 * feature changed it: a moderator hides a post or moves a topic to members only, a member's name
 * or shown organisation changes. Pages are read over HTTP as a visitor, from the cache ("hit")
 * before the change. Each test makes its own people and categories.
 */
@ExtendWith(ArquillianExtension.class)
class PageCacheIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @org.jboss.arquillian.test.api.ArquillianResource
    private java.net.URL base;

    @Inject
    private Categories categories;

    @Inject
    private Posting posting;

    @Inject
    private Moderating moderating;

    @Inject
    private MemberService members;

    private final HttpClient http = HttpClient.newHttpClient();

    private record Setup(Viewer moderator, Viewer author, String authorSubject, Category open, Category closed) {}

    private Setup setup() {
        var admin = person(UUID.randomUUID().toString(), "Admin", Role.MEMBER, Role.MODERATOR, Role.ADMIN);
        String subject = UUID.randomUUID().toString();
        var author = person(subject, "Ada Author", Role.MEMBER);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var open = categories.createCategory(
                admin, "open-" + unique, "Open " + unique, "", "#005eb8", 1, Visibility.PUBLIC, null);
        var closed = categories.createCategory(
                admin, "closed-" + unique, "Closed " + unique, "", "#d5281b", 2, Visibility.MEMBERS, null);
        return new Setup(admin, author, subject, open, closed);
    }

    private Viewer person(String subject, String name, Role... roles) {
        var member = members.recordSignIn(claims(subject, name, roles));
        return new Viewer(member.getId(), Set.of(roles));
    }

    private static SignInClaims claims(String subject, String name, Role... roles) {
        return new SignInClaims(
                subject,
                "user-" + subject.substring(0, 8),
                name,
                null,
                "RJ1",
                "Guy's and St Thomas' NHS Foundation Trust",
                Set.of(roles));
    }

    private HttpResponse<String> visit(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Reads the page as a visitor until it comes from the cache, and answers that cached page. */
    private String cachedPage(String path) throws Exception {
        return cachedAnswer(path).body();
    }

    private HttpResponse<String> cachedAnswer(String path) throws Exception {
        var deadline = Instant.now().plusSeconds(15);
        while (true) {
            var page = visit(path);
            assertEquals(200, page.statusCode(), path);
            if ("hit".equals(page.headers().firstValue("X-Page-Cache").orElse(""))) {
                return page;
            }
            assertTrue(Instant.now().isBefore(deadline), path + " is never kept for visitors");
            Thread.sleep(200);
        }
    }

    /**
     * Text goes gzip-compressed to a client that asks, cached pages too, and the same bytes
     * uncompressed to one that does not; the compressed page is the page.
     */
    @Test
    void pagesAndStylesheetsGoCompressedToClientsThatAcceptIt() throws Exception {
        var setup = setup();
        var topic = posting.startTopic(
                setup.author(),
                setup.open().getId(),
                "Compressed " + UUID.randomUUID(),
                "A body worth compressing. ".repeat(40),
                TopicKind.DISCUSSION,
                java.util.List.of());
        String path = "/forum/topic.xhtml?id=" + topic.getId();
        var cached = cachedAnswer(path);
        String plain = withoutItsNonce(cached.body(), cached.headers());
        for (int i = 0; i < 2; i++) {
            var gzipped = http.send(
                    HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path))
                            .header("Accept-Encoding", "gzip, deflate, br")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, gzipped.statusCode());
            assertEquals(
                    "gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""), "a cached page too");
            assertTrue(gzipped.headers().allValues("Vary").toString().contains("Accept-Encoding"));
            String page;
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
                page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertTrue(page.contains("A body worth compressing."), page);
            assertTrue(
                    gzipped.body().length * 2 < page.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                    gzipped.body().length + " compressed of " + page.length());
            // The same page but for its nonce, which is the response's own wherever the page has one.
            assertEquals(plain, withoutItsNonce(page, gzipped.headers()));
            String nonce = nonce(gzipped.headers());
            assertTrue(page.contains("nonce=\"" + nonce + "\""), "the page carries it");
            // Compressed once, when it was kept: the response's nonce is stored between the prepared
            // pieces as it is, where compressing each hit would have encoded it with the rest.
            assertTrue(
                    new String(gzipped.body(), java.nio.charset.StandardCharsets.ISO_8859_1).contains(nonce),
                    "the nonce stands as it is in the compressed bytes");
        }
        assertTrue(visit(path).headers().firstValue("Content-Encoding").isEmpty(), "not asked, not compressed");
        var css = http.send(
                HttpRequest.newBuilder(URI.create(
                                base.toString().replaceAll("/+$", "") + "/jakarta.faces.resource/css/portal.css.xhtml"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, css.statusCode());
        assertEquals("gzip", css.headers().firstValue("Content-Encoding").orElse(""), "the stylesheet");
    }

    /** The nonce the response's policy names. */
    private static String nonce(java.net.http.HttpHeaders headers) {
        var policy = java.util.regex.Pattern.compile("'nonce-([^']+)'")
                .matcher(headers.firstValue("Content-Security-Policy").orElse(""));
        assertTrue(policy.find(), "the policy names the response's nonce");
        return policy.group(1);
    }

    /** The page with the response's nonce blanked, wherever it stands; no other nonce may be left. */
    private static String withoutItsNonce(String page, java.net.http.HttpHeaders headers) {
        String blanked = page.replace(nonce(headers), "");
        assertFalse(
                java.util.regex.Pattern.compile("nonce=\"[^\"]+\"|csp\\.init\\('[^']+'\\)")
                        .matcher(blanked)
                        .find(),
                "a nonce that is not the response's: " + blanked);
        return blanked;
    }

    @Test
    void aPostAModeratorHidesIsNoLongerServedToVisitors() throws Exception {
        var s = setup();
        var topic = posting.startTopic(
                s.author(), s.open().getId(), "Cached topic", "The opening post", TopicKind.DISCUSSION, List.of());
        var reply = posting.reply(s.author(), topic.getId(), "An unfortunate remark 7f3a", null);
        String path = "/forum/topic.xhtml?id=" + topic.getId();
        assertTrue(cachedPage(path).contains("An unfortunate remark 7f3a"));

        moderating.hide(s.moderator(), reply.getId(), "Off topic");

        var after = visit(path);
        assertFalse(after.body().contains("An unfortunate remark 7f3a"), "the hidden post is still served");
    }

    @Test
    void aTopicMovedToMembersOnlyIsNoLongerServedToVisitors() throws Exception {
        var s = setup();
        var topic = posting.startTopic(
                s.author(), s.open().getId(), "Soon private 9c2e", "Members' matter", TopicKind.DISCUSSION, List.of());
        String path = "/forum/topic.xhtml?id=" + topic.getId();
        assertTrue(cachedPage(path).contains("Soon private 9c2e"));
        String category = "/forum/category.xhtml?c=" + s.open().getSlug();
        assertTrue(cachedPage(category).contains("Soon private 9c2e"));

        moderating.move(s.moderator(), topic.getId(), s.closed().getId(), "Members only");

        var after = visit(path);
        assertNotEquals(200, after.statusCode(), "the moved topic is still served to visitors");
        assertFalse(after.body().contains("Members' matter"));
        assertFalse(visit(category).body().contains("Soon private 9c2e"), "still listed in its old category");
    }

    @Test
    void aMembersNewNameOrHiddenOrganisationReplacesTheCachedPagesAndAnUnchangedSignInKeepsThem() throws Exception {
        var s = setup();
        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        var topic = posting.startTopic(
                s.author(), s.open().getId(), "Who wrote this", "Me, " + word, TopicKind.DISCUSSION, List.of());
        String path = "/forum/topic.xhtml?id=" + topic.getId();
        String before = cachedPage(path);
        assertTrue(before.contains("Ada Author"));
        assertTrue(before.contains("St Thomas"), before);

        // Signing in again with nothing visible changed keeps the pages (they are not dropped at every
        // sign-in). Seen on the search page, which view counts never drop (a topic page's may be).
        String search = "/forum/search.xhtml?q=" + word;
        assertTrue(cachedPage(search).contains("Ada Author"));
        members.recordSignIn(claims(s.authorSubject(), "Ada Author", Role.MEMBER));
        assertEquals("hit", visit(search).headers().firstValue("X-Page-Cache").orElse("miss"));

        // The name changed in the identity provider: the next sign-in brings it, and visitors see it.
        members.recordSignIn(claims(s.authorSubject(), "Ada Lovelace", Role.MEMBER));
        var renamed = visit(path).body();
        assertTrue(renamed.contains("Ada Lovelace"), "the new name is not served");
        assertFalse(renamed.contains("Ada Author"), "the old name is still served");
        assertTrue(visit(search).body().contains("Ada Lovelace"), "the search page still has the old name");

        // The member hides their organisation: it leaves the cached page too.
        assertTrue(cachedPage(path).contains("St Thomas"));
        members.updateProfile(
                s.author(),
                new Profile(
                        null,
                        null,
                        "RJ1",
                        "Guy's and St Thomas' NHS Foundation Trust",
                        null,
                        null,
                        List.of(),
                        "",
                        Set.of(Profile.Field.ORGANISATION)));
        assertFalse(visit(path).body().contains("St Thomas"), "the hidden organisation is still served");
    }

    /** Whether the page is served from the cache now (one visit, no waiting). */
    private boolean isCached(String path) throws Exception {
        var page = visit(path);
        assertEquals(200, page.statusCode(), path);
        return "hit".equals(page.headers().firstValue("X-Page-Cache").orElse(""));
    }

    @Test
    void aReplyDropsOnlyItsTopicItsCategoryAndTheListings() throws Exception {
        var s = setup();
        var other = categories.createCategory(
                s.moderator(),
                "other-" + UUID.randomUUID().toString().substring(0, 8),
                "Other",
                "",
                "#005eb8",
                3,
                Visibility.PUBLIC,
                null);
        var replied = posting.startTopic(
                s.author(), s.open().getId(), "Replied to", "Opening", TopicKind.DISCUSSION, List.of());
        var sameCategory = posting.startTopic(
                s.author(), s.open().getId(), "Left alone", "Opening", TopicKind.DISCUSSION, List.of());
        var elsewhere =
                posting.startTopic(s.author(), other.getId(), "Elsewhere", "Opening", TopicKind.DISCUSSION, List.of());
        String repliedPage = "/forum/topic.xhtml?id=" + replied.getId();
        String samePage = "/forum/topic.xhtml?id=" + sameCategory.getId();
        String elsewherePage = "/forum/topic.xhtml?id=" + elsewhere.getId();
        String category = "/forum/category.xhtml?c=" + s.open().getSlug();
        String otherCategory = "/forum/category.xhtml?c=" + other.getSlug();
        String index = "/forum/";
        for (String path : List.of(repliedPage, samePage, elsewherePage, category, otherCategory, index)) {
            cachedPage(path);
        }

        posting.reply(s.author(), replied.getId(), "A reply that changes what its pages show", null);

        assertFalse(isCached(repliedPage), "the topic replied to is rendered again");
        assertFalse(isCached(category), "its category (counts, order) is rendered again");
        assertFalse(isCached(index), "the forum's index (counts, latest) is rendered again");
        assertTrue(isCached(samePage), "another topic of the same category is still served from the cache");
        assertTrue(isCached(elsewherePage), "a topic in another category is still served from the cache");
        assertTrue(isCached(otherCategory), "another category's page is still served from the cache");
    }
}
