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

    /**
     * What a tags field could become as the last word typed is finished with a known tag: for "epr go"
     * and the known tags [go-live, gp, governance], "epr go-live" and "epr governance". Known tags come
     * in the order to offer them (most used first); one already typed is not offered again; nothing is
     * offered while the last word is empty (the field ends in a space or a comma).
     */
    public static List<String> completions(String typed, java.util.Collection<String> known, int most) {
        if (typed == null
                || typed.isEmpty()
                || Character.isWhitespace(typed.charAt(typed.length() - 1))
                || typed.endsWith(",")) {
            return List.of();
        }
        int start = Math.max(Math.max(typed.lastIndexOf(' '), typed.lastIndexOf(',')), typed.lastIndexOf('\t')) + 1;
        String head = typed.substring(0, start);
        String word = typed.substring(start).toLowerCase(Locale.ROOT);
        var before = parse(head, Integer.MAX_VALUE);
        return known.stream()
                .filter(tag -> tag.startsWith(word) && !before.contains(tag))
                .limit(most)
                .map(tag -> head + tag)
                .toList();
    }
}
