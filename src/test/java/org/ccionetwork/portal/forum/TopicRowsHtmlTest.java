package org.ccionetwork.portal.forum;

import static org.ccionetwork.portal.forum.ForumEntities.T0;
import static org.ccionetwork.portal.forum.ForumEntities.member;
import static org.ccionetwork.portal.forum.ForumEntities.topic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccionetwork.portal.shared.XssCorpusTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A category page's topic rows as written in Java: titles, names and tags inert; unread markers right. */
class TopicRowsHtmlTest {

    private static final Set<String> STRUCTURE = Set.of("li", "a", "span", "p", "time");

    @ParameterizedTest
    @MethodSource(XssCorpusTest.PAYLOADS)
    void titlesNamesAndTagsAreText(String payload) {
        var author = member(11, payload, null);
        var topic = topic(7, payload, author, List.of(payload.replace(" ", "")));
        var page = Jsoup.parseBodyFragment(TopicRowsHtml.of(List.of(topic), "/ctx", null));
        XssCorpusTest.assertOnlyOwnMarkup(page, STRUCTURE, payload);
        assertEquals(payload, page.selectFirst(".topic-title").wholeText());
        assertTrue(page.selectFirst(".meta")
                .wholeText()
                .startsWith("Started by " + payload + " · 0 replies · 0 views · last post by " + payload + ", "));
        assertEquals(payload.replace(" ", ""), page.select(".meta .tag").last().wholeText());
    }

    @Test
    void signedInReadersSeeNewTopicsAndAJumpToTheirFirstUnreadPost() {
        var author = member(11, "Asha Patel", null);
        var unopened = topic(1, "Never opened", author, List.of());
        var partlyRead = topic(2, "Partly read", author, List.of("epr"));
        var read = topic(3, "Read to the end", author, List.of());
        for (Topic topic : List.of(unopened, partlyRead, read)) {
            for (int post = 0; post < 25; post++) {
                topic.nextPost(author, T0);
            }
        }
        Map<Long, Integer> marks = Map.of(2L, 21, 3L, 25);
        String html = TopicRowsHtml.of(
                List.of(unopened, partlyRead, read), "/ctx", t -> t.getPostCount() - marks.getOrDefault(t.getId(), 0));
        var rows = Jsoup.parseBodyFragment(html).select("li.topic-row");

        assertEquals("New", rows.get(0).selectFirst(".tag-new").text());
        var jump = rows.get(1).selectFirst("a.unread");
        assertEquals("4 unread posts: jump to the first", jump.text());
        assertEquals("/ctx/forum/topic.xhtml?id=2&page=2#post-22", jump.attr("href"));
        assertTrue(rows.get(2).select(".unread, .tag-new").isEmpty(), "nothing marked when all is read");
        assertEquals(
                "/ctx/forum/topic.xhtml?id=1",
                rows.get(0).selectFirst(".topic-title").attr("href"));
        assertEquals("Question", rows.get(0).selectFirst(".tag").text(), "an unanswered question says so");

        var visitor = Jsoup.parseBodyFragment(TopicRowsHtml.of(List.of(unopened, partlyRead), "/ctx", null));
        assertTrue(visitor.select(".unread, .tag-new").isEmpty(), "visitors get no markers");
    }
}
