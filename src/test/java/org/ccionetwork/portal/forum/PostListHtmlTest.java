package org.ccionetwork.portal.forum;

import static org.ccionetwork.portal.forum.ForumEntities.member;
import static org.ccionetwork.portal.forum.ForumEntities.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.shared.XssCorpusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The topic page's posts as written in Java: user text inert, buttons only for what the reader may do. */
class PostListHtmlTest {

    private static final Set<String> STRUCTURE = Set.of(
            "article", "header", "span", "a", "time", "div", "p", "footer", "details", "summary", "button", "strong");

    /** A reader whose answers the tests set. */
    private static final class TestReader implements PostListHtml.Reader {
        boolean member;
        boolean moderator;
        boolean canReply;
        Long authorId = -1L;
        Integer accepted;
        Set<Integer> newPosts = Set.of();

        @Override
        public String contextPath() {
            return "/ctx";
        }

        @Override
        public long topicId() {
            return 7;
        }

        @Override
        public int page() {
            return 1;
        }

        @Override
        public Integer acceptedPostNumber() {
            return accepted;
        }

        @Override
        public boolean isMember() {
            return member;
        }

        @Override
        public boolean isModerator() {
            return moderator;
        }

        @Override
        public boolean canReply() {
            return canReply;
        }

        @Override
        public boolean isNew(Post post) {
            return newPosts.contains(post.getPostNumber());
        }

        @Override
        public boolean canLike(Post post) {
            return member && !authorId.equals(post.getAuthor().getId()) && !post.isDeleted();
        }

        @Override
        public boolean canEdit(Post post) {
            return authorId.equals(post.getAuthor().getId()) && !post.isDeleted();
        }

        @Override
        public boolean canAccept(Post post) {
            return moderator && post.getPostNumber() > 1;
        }

        @Override
        public boolean showsBody(Post post) {
            return !post.isDeleted() && (!post.isHidden() || moderator);
        }

        @Override
        public String likedBy(Post post) {
            return post.getLikeCount() > 0 ? "Liked by " + post.getAuthor().getDisplayName() : "";
        }

        @Override
        public String hiddenBy(Post post) {
            return post.getAuthor().getDisplayName();
        }
    }

    @ParameterizedTest
    @MethodSource(XssCorpusTest.PAYLOADS)
    void namesOrganisationsAndReasonsAreText(String payload) {
        var author = member(11, payload, payload);
        var topic = topic(author);
        var post = post(topic, 1, author, 101);
        post.likedBy(new org.ccionetwork.portal.security.Viewer(
                999L, java.util.Set.of(org.ccionetwork.portal.security.Role.MEMBER)));
        post.hide(author, payload);
        var reader = new TestReader();
        reader.member = true;
        reader.moderator = true;
        String html = PostListHtml.of(List.of(post, post(topic, 2, author, 102)), reader);

        Document page = Jsoup.parseBodyFragment(html);
        XssCorpusTest.assertOnlyOwnMarkup(page, STRUCTURE, payload);
        var first = page.getElementById("post-1");
        assertEquals(payload, first.attr("data-author"));
        assertEquals(payload, first.selectFirst(".post-author").wholeText());
        assertEquals(
                payload, first.selectFirst(".post-organisation").wholeText().substring(" · ".length()));
        assertTrue(
                first.selectFirst(".removed").wholeText().contains(payload), "the moderator reads the reason as text");
        assertEquals("Liked by " + payload, first.selectFirst(".liked-by").wholeText());
    }

    @Test
    void aVisitorGetsThePostsWithoutAnyButtonsOrLinksToAct() {
        var author = member(11, "Asha Patel", "Leeds Teaching Hospitals");
        var post = post(topic(author), 1, author, 101);
        String html = PostListHtml.of(List.of(post), new TestReader());
        var page = Jsoup.parseBodyFragment(html);
        assertEquals(List.of(), page.select("button"));
        assertEquals(List.of(), page.select(".flag-link, .quote-link, a[href*=edit]"));
        assertEquals("<p>Body of 1</p>", page.selectFirst(".post-body").html());
        assertEquals("/ctx/forum/post/101", page.selectFirst(".post-link").attr("href"));
        assertEquals("#1", page.selectFirst(".post-link").text());
    }

    @Test
    void aMemberMayLikeOthersPostsAndEditOrDeleteTheirOwn() {
        var author = member(11, "Asha Patel", null);
        var me = member(12, "Ben Okafor", null);
        var topic = topic(author);
        var reader = new TestReader();
        reader.member = true;
        reader.canReply = true;
        reader.authorId = 12L;
        reader.newPosts = Set.of(2);
        var page = Jsoup.parseBodyFragment(
                PostListHtml.of(List.of(post(topic, 1, author, 101), post(topic, 2, me, 102)), reader));

        var like = page.selectFirst("#post-1 button.like-button");
        assertEquals(PostAction.FIELD, like.attr("name"));
        assertEquals("like:101:1", like.attr("value"));
        assertEquals(List.of(), page.select("#post-2 .like-button"), "not one's own post");
        assertEquals(
                "delete:102:2",
                page.selectFirst("#post-2 button:contains(Delete)").attr("value"));
        assertEquals(List.of(), page.select("#post-1 button:contains(Delete)"));
        assertEquals(
                "/ctx/forum/edit.xhtml?post=102",
                page.selectFirst("#post-2 a:contains(Edit)").attr("href"));
        assertEquals(
                "?id=7&page=1&quote=1#reply",
                page.selectFirst("#post-1 .quote-link").attr("href"));
        assertEquals("Flag", page.selectFirst("#post-1 .flag-link").text());
        assertEquals(List.of(), page.select("#post-1 .tag-new"));
        assertEquals("New", page.selectFirst("#post-2 .tag-new").text());
        assertEquals(List.of(), page.select("#post-1 .post-organisation"), "no organisation, no empty separator");
    }

    @Test
    void anOrganisationTheAuthorHidFromTheDirectoryIsNotShownBesideTheirPosts() {
        var author = member(12, "Ravi Shah", "Secret Trust");
        var topic = topic(author);
        var reader = new TestReader();
        reader.member = true;
        assertEquals(
                " · Secret Trust",
                Jsoup.parseBodyFragment(PostListHtml.of(List.of(post(topic, 1, author, 120)), reader))
                        .selectFirst("#post-1 .post-organisation")
                        .wholeText());
        author.describe(
                new org.ccionetwork.portal.members.Profile(
                        null,
                        null,
                        "R1",
                        "Secret Trust",
                        null,
                        null,
                        List.of(),
                        null,
                        java.util.Set.of(org.ccionetwork.portal.members.Profile.Field.ORGANISATION)),
                "");
        String html = PostListHtml.of(List.of(post(topic, 1, author, 120)), reader);
        assertFalse(html.contains("Secret Trust"), html);
    }

    @Test
    void hiddenPostsShowTheirTextAndReasonToModeratorsOnly() {
        var author = member(11, "Asha Patel", null);
        var topic = topic(author);
        var hidden = post(topic, 2, author, 102);
        hidden.hide(member(13, "Owen Moderator", null), "Names a patient");
        var member = new TestReader();
        member.member = true;
        var asMember = Jsoup.parseBodyFragment(PostListHtml.of(List.of(hidden), member));
        assertEquals(
                "This post was hidden by a moderator.",
                asMember.selectFirst("#post-2 .removed").text());
        assertFalse(asMember.html().contains("Body of 2"));
        assertFalse(asMember.html().contains("Names a patient"));

        var moderator = new TestReader();
        moderator.member = true;
        moderator.moderator = true;
        moderator.accepted = 2;
        var asModerator =
                Jsoup.parseBodyFragment(PostListHtml.of(List.of(post(topic, 1, author, 101), hidden), moderator));
        assertEquals(
                "This post was hidden by a moderator (Asha Patel): Names a patient.",
                asModerator.selectFirst("#post-2 .removed").text());
        assertTrue(asModerator.selectFirst("#post-2 .post-body").text().contains("Body of 2"));
        assertTrue(asModerator.selectFirst("#post-2").hasClass("post-hidden"));
        assertTrue(asModerator.selectFirst("#post-2").hasClass("post-accepted"));
        assertEquals(
                "/ctx/forum/topic.xhtml?id=7#post-2",
                asModerator.selectFirst("#accepted-answer a").attr("href"));
        assertEquals(
                "Flag or hide", asModerator.selectFirst("#post-1 .flag-link").text());
    }

    @Test
    void onlyWellFormedActionsParse() {
        assertEquals(Optional.of(new PostAction(PostAction.Kind.LIKE, 101, 1)), PostAction.parse("like:101:1"));
        assertEquals(Optional.of(new PostAction(PostAction.Kind.ACCEPT, 5, 3)), PostAction.parse("accept:5:3"));
        for (String forged : new String[] {
            null,
            "",
            "like",
            "like:1",
            "like:-1:1",
            "hide:1:1",
            "like:1:1:1",
            "LIKE:1:1",
            "like:99999999999999999999:1",
            "like:1:1 "
        }) {
            assertEquals(Optional.empty(), PostAction.parse(forged), forged);
        }
    }

    private static Topic topic(Member author) {
        return ForumEntities.topic(7, "A topic", author, List.of());
    }
}
