package org.ccionetwork.portal.forum;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A place in a category's list of topics (ordered by last activity, then id), written into links
 * as "micros-id". Lists page by this keyset, never by OFFSET, so the thousandth page costs what
 * the first does.
 */
public record TopicCursor(Instant lastActivity, long id) {

    public static TopicCursor of(Topic topic) {
        return new TopicCursor(topic.getLastActivity(), topic.getId());
    }

    public String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, lastActivity) + "-" + id;
    }

    /** A cursor from a link; anything malformed is no cursor. */
    public static Optional<TopicCursor> parse(String token) {
        if (token == null || !token.matches("-?[0-9]{1,19}-[0-9]{1,19}")) {
            return Optional.empty();
        }
        int dash = token.lastIndexOf('-');
        try {
            long micros = Long.parseLong(token.substring(0, dash));
            long id = Long.parseLong(token.substring(dash + 1));
            return Optional.of(new TopicCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
