package org.ccionetwork.portal.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words as the search sees them, in the text indexed and in what is searched for alike: runs of
 * letters and digits (any script), joined by inner hyphens or apostrophes, lower case, 2 to 40
 * characters.
 */
public final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");

    private Words() {}

    /** The words of a text in order, each once, at most {@code most}. */
    public static List<String> of(String text, int most) {
        var words = new LinkedHashSet<String>();
        if (text == null) {
            return List.of();
        }
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find() && words.size() < most) {
            String word = matcher.group().replace('’', '\'');
            if (word.length() >= 2 && word.length() <= 40) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    /**
     * The word without the commonest English endings ("letters", "discharged", "planning"), so that
     * a highlight marks the forms PostgreSQL's stemming finds; short words stay whole.
     */
    static String stem(String word) {
        for (String ending : new String[] {"ing", "ies", "es", "ed", "s", "e"}) {
            if (word.length() - ending.length() >= 4 && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
