package org.ccionetwork.portal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a member typed, read as a search: words that must all be found, phrases in double quotes
 * whose words must stand together, words after a minus that must not be found, and (while typing)
 * the last word as the beginning of a word. Bounded before it reaches a database: the first
 * {@value #MAX_INPUT} characters are read, and at most {@value #MAX_WORDS} words of each sort kept.
 * Anything else (operators alone, punctuation, one letter) leaves nothing to search for.
 *
 * @param words the words to find
 * @param phrases phrases of two or more words, each word also among {@code words}
 * @param excluded the words not to find
 * @param prefix whether the last of {@code words} may be the beginning of a longer word
 */
public record SearchQuery(List<String> words, List<List<String>> phrases, List<String> excluded, boolean prefix) {

    public static final int MAX_INPUT = 200;
    public static final int MAX_WORDS = 6;

    private static final Pattern PART = Pattern.compile("(-?)\"([^\"]*)\"?|(-?)(\\S+)");

    public SearchQuery {
        words = List.copyOf(words);
        phrases = phrases.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
        prefix = prefix && !words.isEmpty();
    }

    /** The query of what was typed; {@code typing}: the last word may be unfinished. */
    public static SearchQuery parse(String typed, boolean typing) {
        String text = typed == null ? "" : typed.length() > MAX_INPUT ? typed.substring(0, MAX_INPUT) : typed;
        var words = new LinkedHashSet<String>();
        var excluded = new LinkedHashSet<String>();
        var phrases = new ArrayList<List<String>>();
        var matcher = PART.matcher(text);
        while (matcher.find()) {
            boolean minus = !matcher.group(matcher.group(2) != null ? 1 : 3).isEmpty();
            boolean quoted = matcher.group(2) != null;
            var found = Words.of(quoted ? matcher.group(2) : matcher.group(4), MAX_WORDS);
            if (minus) {
                if (!quoted || found.size() == 1) { // a phrase to leave out is not supported: ignored
                    excluded.addAll(found);
                }
            } else {
                found.forEach(words::add);
                if (quoted && found.size() > 1 && phrases.size() < 2) {
                    phrases.add(found);
                }
            }
        }
        excluded.removeAll(words);
        var kept = words.stream().limit(MAX_WORDS).toList();
        phrases.removeIf(phrase -> !kept.containsAll(phrase));
        boolean endsInWord = !text.isEmpty()
                && Character.isLetterOrDigit(text.codePointBefore(text.length()))
                && !text.strip().endsWith("\"");
        return new SearchQuery(kept, phrases, excluded.stream().limit(MAX_WORDS).toList(), typing && endsInWord);
    }

    /** Nothing to search for. */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The last word when it may be unfinished, else null. */
    public String prefixWord() {
        return prefix ? words.getLast() : null;
    }

    /** The words that must be found whole. */
    public List<String> wholeWords() {
        return prefix ? words.subList(0, words.size() - 1) : words;
    }
}
