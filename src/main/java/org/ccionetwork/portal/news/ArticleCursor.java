package org.ccionetwork.portal.news;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A place in the list of published articles (newest first: publication time, then id), written
 * into links as "micros-id"; the list pages by this keyset, never by OFFSET.
 */
public record ArticleCursor(Instant publishedAt, long id) {

    public static ArticleCursor of(Article article) {
        return new ArticleCursor(article.getPublishedAt(), article.getId());
    }

    public String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, publishedAt) + "-" + id;
    }

    /** A cursor from a link; anything malformed is no cursor. */
    public static Optional<ArticleCursor> parse(String token) {
        if (token == null || !token.matches("-?[0-9]{1,18}-[0-9]{1,18}")) {
            return Optional.empty();
        }
        int dash = token.lastIndexOf('-');
        long micros = Long.parseLong(token.substring(0, dash));
        long id = Long.parseLong(token.substring(dash + 1));
        return Optional.of(new ArticleCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id));
    }
}
