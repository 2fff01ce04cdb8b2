package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ccionetwork.portal.persistence.Database;
import org.ccionetwork.portal.persistence.PortalData;

/**
 * The forum's search index, written in the same transaction as each post, on whichever database
 * the portal runs ({@link PostSearch}: PostgreSQL's full-text search, or a term table on H2).
 */
@ApplicationScoped
public class SearchIndex {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*");
    private static final int MAX_TERMS = 500;

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Database database;

    void index(@Observes PostWritten post) {
        search().index(em, post.postId(), post.source());
    }

    /** Ids of the posts holding every word, below {@code before}, newest first, at most {@code limit}. */
    public List<Long> find(List<String> words, long before, int limit) {
        return search().find(em, words, before, limit);
    }

    private PostSearch search() {
        return database.isPostgres() ? PostSearch.POSTGRES_TEXT : PostSearch.TERM_TABLE;
    }

    /** The words of a text as the index keeps them: lower case, 2 to 40 characters, each once. */
    public static List<String> terms(String text) {
        var terms = new LinkedHashSet<String>();
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find() && terms.size() < MAX_TERMS) {
            String word = matcher.group();
            if (word.length() >= 2 && word.length() <= 40) {
                terms.add(word);
            }
        }
        return List.copyOf(terms);
    }

    /** About 200 characters of the text around the first word searched for, as plain text. */
    public static String excerpt(String source, List<String> terms) {
        String text = source.replaceAll("[*_`#>|\\[\\]()]+", " ")
                .replaceAll("\\s+", " ")
                .strip();
        String lower = text.toLowerCase(Locale.ROOT);
        int at = terms.stream()
                .mapToInt(term -> firstOccurrence(lower, term))
                .filter(i -> i >= 0)
                .min()
                .orElse(0);
        int start = Math.max(0, at - 60);
        int end = Math.min(text.length(), start + 200);
        return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
    }

    /**
     * Where the word first occurs, or else its longest beginning of four letters or more: on
     * PostgreSQL a search for "schools" also finds posts that only say "school".
     */
    private static int firstOccurrence(String text, String term) {
        for (int length = term.length(); length >= Math.min(4, term.length()); length--) {
            int at = text.indexOf(term.substring(0, length));
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }
}
