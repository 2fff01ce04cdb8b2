package org.ccionetwork.portal.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Free tags as people type them ("EPR, go-live  nursing"): lower case, split on spaces and commas,
 * each at most 40 characters, no repeats, at most a given number. Topics, articles, library
 * items and members' expertise all use this one reading.
 */
public final class Tags {

    public static final int MAX_LENGTH = 40;

    private Tags() {}

    /** One tag from a link (?tag=...), in lower case, or null when it is not a tag. */
    public static String one(String tag) {
        return tag != null && tag.matches("[\\p{L}\\p{N}.+#-]{1," + MAX_LENGTH + "}")
                ? tag.toLowerCase(Locale.ROOT)
                : null;
    }

    /** Tags as a column holds them: separated by single spaces (a tag holds no space). */
    public static String stored(java.util.Collection<String> tags) {
        return String.join(" ", tags);
    }

    /** The tags of a column written by {@link #stored}; none for null or blank. */
    public static List<String> fromStored(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(" "));
    }

    public static List<String> parse(String text, int most) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s,]+"))
                .filter(t -> !t.isBlank())
                .map(t -> t.length() > MAX_LENGTH ? t.substring(0, MAX_LENGTH) : t)
                .distinct()
                .limit(most)
                .toList();
    }
}
