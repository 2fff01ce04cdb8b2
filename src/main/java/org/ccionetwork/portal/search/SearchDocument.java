package org.ccionetwork.portal.search;

import java.time.Instant;
import java.util.Objects;
import org.ccionetwork.portal.shared.Visibility;

/**
 * What the search keeps of one thing a feature shows (a post, an article, a library item, an
 * event, a member): who may find it, the words by their weight (title above summary above body),
 * and where it is read. A feature's {@link SearchSource} writes it from the thing as it is now.
 *
 * @param kind the source's kind
 * @param ref the thing's id in its feature
 * @param group what the thing belongs to and changes with (a post's topic), or null
 * @param visibility who may find it
 * @param heading what a result shows as its heading (a reply's topic title)
 * @param title the words that weigh most (empty for a reply: its topic's title is its opening post's)
 * @param summary the words that weigh next (a summary, tags, a member's expertise)
 * @param body the rest, as plain text
 * @param link the path of its page, from the portal's root
 * @param at when it happened: results of the same relevance show the newest first
 * @param boost a small bonus for what readers valued (an accepted answer, likes), 0 to 20
 */
public record SearchDocument(
        String kind,
        long ref,
        Long group,
        Visibility visibility,
        String heading,
        String title,
        String summary,
        String body,
        String link,
        Instant at,
        int boost) {

    /** The most of a document's body kept (a long handbook's text is cut there). */
    public static final int MAX_BODY = 100_000;

    public SearchDocument {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(visibility);
        Objects.requireNonNull(link);
        Objects.requireNonNull(at);
        heading = plain(heading, 300);
        title = plain(title, 300);
        summary = plain(summary, 4000);
        body = plain(body, MAX_BODY);
        boost = Math.max(0, Math.min(20, boost));
    }

    /** One line of text, spaces collapsed, cut at the limit (never in a surrogate pair). */
    static String plain(String text, int limit) {
        if (text == null) {
            return "";
        }
        String plain =
                text.replaceAll("[*_`#>|\\[\\]]+", " ").replaceAll("\\s+", " ").strip();
        if (plain.length() <= limit) {
            return plain;
        }
        int end = Character.isHighSurrogate(plain.charAt(limit - 1)) ? limit - 1 : limit;
        return plain.substring(0, end);
    }
}
