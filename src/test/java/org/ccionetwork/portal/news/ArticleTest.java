package org.ccionetwork.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.Visibility;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static Article draft() {
        var article = new Article("a-title", null, NOW);
        article.write(
                new ArticleContent(
                        "A title", "A summary", "Some words", List.of("epr"), null, null, Visibility.PUBLIC, null),
                "<p>Some words</p>",
                NOW);
        return article;
    }

    @Test
    void aDraftIsScheduledOnlyForTheFutureAndPublishedOnce() {
        var article = draft();
        assertEquals(ArticleStatus.DRAFT, article.getStatus());
        assertThrows(NotAllowedException.class, () -> article.schedule(NOW.minusSeconds(1), NOW));
        assertThrows(NotAllowedException.class, () -> article.schedule(NOW, NOW));
        article.schedule(NOW.plus(Duration.ofMinutes(1)), NOW);
        assertEquals(ArticleStatus.SCHEDULED, article.getStatus());
        assertFalse(article.isPublished());

        article.publish(NOW.plusSeconds(60));
        assertTrue(article.isPublished());
        assertNull(article.getPublishAt());
        assertEquals(NOW.plusSeconds(60), article.getPublishedAt());
        assertThrows(NotAllowedException.class, () -> article.publish(NOW.plusSeconds(61)));
        assertThrows(NotAllowedException.class, () -> article.schedule(NOW.plusSeconds(600), NOW));
    }

    @Test
    void onlyPublishedArticlesAreFeaturedOrArchivedAndUnpublishingDropsTheFeature() {
        var article = draft();
        assertThrows(NotAllowedException.class, () -> article.feature(1));
        assertThrows(NotAllowedException.class, article::archive);
        article.publish(NOW);
        article.feature(2);
        assertTrue(article.isFeatured());
        article.unpublish();
        assertEquals(ArticleStatus.DRAFT, article.getStatus());
        assertFalse(article.isFeatured());
        article.publish(NOW);
        article.feature(1);
        article.archive();
        assertEquals(ArticleStatus.ARCHIVED, article.getStatus());
        assertFalse(article.isFeatured());
    }

    @Test
    void readingTimeIsWordsAtTwoHundredAMinuteAndAtLeastOne() {
        assertEquals(1, Article.readingMinutes(""));
        assertEquals(1, Article.readingMinutes("one two three"));
        assertEquals(1, Article.readingMinutes("word ".repeat(200)));
        assertEquals(2, Article.readingMinutes("word ".repeat(201)));
        assertEquals(1, Article.readingMinutes("- * # | --- | " + "word ".repeat(150)), "Markdown marks are not words");
    }

    @Test
    void tagsAreKeptForDisplayAndForFiltering() {
        var article = draft();
        assertEquals(List.of("epr"), article.getTagList());
        article.write(
                new ArticleContent(
                        "A title", "A summary", "", List.of("funding", "epr"), null, null, Visibility.MEMBERS, null),
                "",
                NOW);
        assertEquals(List.of("funding", "epr"), article.getTagList());
        assertTrue(article.isMembersOnly());
    }

    @Test
    void contentIsCheckedOnTheServerWhateverTheFormDid() {
        assertThrows(NotAllowedException.class, () -> content("Tiny", "ok"));
        assertThrows(NotAllowedException.class, () -> content("A good title", ""));
        assertThrows(NotAllowedException.class, () -> content("A good title", "x".repeat(301)));
        assertEquals(300, content("A good title", "x".repeat(300)).summary().length());
        assertThrows(
                NotAllowedException.class,
                () -> new ArticleContent(
                        "A good title", "ok", "", List.of(), "Source", "javascript:alert(1)", Visibility.PUBLIC, null));
        assertThrows(
                NotAllowedException.class,
                () -> new ArticleContent(
                        "A good title",
                        "ok",
                        "",
                        List.of(),
                        null,
                        "https://example.org/report",
                        Visibility.PUBLIC,
                        null),
                "a link needs its source's name");
        assertEquals(
                "https://example.org/report",
                new ArticleContent(
                                "A good title",
                                "ok",
                                "",
                                List.of(),
                                "Example",
                                "https://example.org/report",
                                Visibility.PUBLIC,
                                " ")
                        .sourceUrl());
    }

    private static ArticleContent content(String title, String summary) {
        return new ArticleContent(title, summary, "", List.of(), null, null, Visibility.PUBLIC, null);
    }
}
