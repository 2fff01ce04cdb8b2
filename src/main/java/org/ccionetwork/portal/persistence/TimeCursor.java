package org.ccionetwork.portal.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A place in a list ordered by a time, then an id (topics by last activity, articles by
 * publication), written into links as "micros-id". Lists page by this keyset, never by OFFSET, so
 * the thousandth page costs what the first does.
 */
public record TimeCursor(Instant at, long id) implements java.io.Serializable {

    public String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at) + "-" + id;
    }

    /** A cursor from a link; anything malformed is no cursor. */
    public static Optional<TimeCursor> parse(String token) {
        if (token == null || !token.matches("-?[0-9]{1,19}-[0-9]{1,19}")) {
            return Optional.empty();
        }
        int dash = token.lastIndexOf('-');
        try {
            long micros = Long.parseLong(token.substring(0, dash));
            long id = Long.parseLong(token.substring(dash + 1));
            return Optional.of(new TimeCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
