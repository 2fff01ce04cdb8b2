package org.ccionetwork.portal.library;

import java.util.Optional;

/**
 * A place in a list of items, written into links as "value-id": the value is the creation time
 * in microseconds (newest first) or the download count (most downloaded first). Lists page by this
 * keyset, never by OFFSET.
 */
public record ItemCursor(long value, long id) {

    public String token() {
        return value + "-" + id;
    }

    public static Optional<ItemCursor> parse(String token) {
        if (token == null || !token.matches("[0-9]{1,18}-[0-9]{1,18}")) {
            return Optional.empty();
        }
        int dash = token.indexOf('-');
        return Optional.of(
                new ItemCursor(Long.parseLong(token.substring(0, dash)), Long.parseLong(token.substring(dash + 1))));
    }
}
