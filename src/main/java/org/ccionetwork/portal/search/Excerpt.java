package org.ccionetwork.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A short piece of a document's text around the first word searched for, cut in parts that are
 * marked (the words searched for, in the forms the search finds) or not. The page writes each part
 * as text, so nothing in a document is ever markup.
 *
 * @param parts the text, in order
 */
public record Excerpt(List<Part> parts) {

    /** A piece of the text, and whether it is a word searched for. */
    public record Part(String text, boolean marked) {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
    private static final int LENGTH = 220;

    public Excerpt {
        parts = List.copyOf(parts);
    }

    /** The excerpt of the text for the query (its start when no word is in it). */
    public static Excerpt of(String text, SearchQuery query) {
        if (text == null || text.isEmpty()) {
            return new Excerpt(List.of());
        }
        var matches = new ArrayList<int[]>();
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            if (matches(matcher.group().toLowerCase(Locale.ROOT).replace('’', '\''), query)) {
                matches.add(new int[] {matcher.start(), matcher.end()});
            }
        }
        int first = matches.isEmpty() ? 0 : matches.getFirst()[0];
        int start = first < 60 ? 0 : wordStart(text, first - 60);
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start + LENGTH / 2 ? space : end;
            end = Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
        }
        var parts = new ArrayList<Part>();
        if (start > 0) {
            parts.add(new Part("…", false));
        }
        int at = start;
        for (int[] match : matches) {
            if (match[0] < start || match[1] > end) {
                continue;
            }
            if (match[0] > at) {
                parts.add(new Part(text.substring(at, match[0]), false));
            }
            parts.add(new Part(text.substring(match[0], match[1]), true));
            at = match[1];
        }
        if (at < end) {
            parts.add(new Part(text.substring(at, end), false));
        }
        if (end < text.length()) {
            parts.add(new Part("…", false));
        }
        return new Excerpt(parts);
    }

    /** The excerpt as plain text, marks left out (for suggestions and logs). */
    public String text() {
        var text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    private static boolean matches(String word, SearchQuery query) {
        String stem = Words.stem(word);
        for (String searched : query.words()) {
            if (word.equals(searched) || stem.equals(Words.stem(searched))) {
                return true;
            }
        }
        String prefix = query.prefixWord();
        return prefix != null && word.startsWith(prefix);
    }

    private static int wordStart(String text, int from) {
        int space = text.indexOf(' ', from);
        int start = space < 0 || space > from + 30 ? from : space + 1;
        return Character.isLowSurrogate(text.charAt(start)) ? start + 1 : start;
    }
}
