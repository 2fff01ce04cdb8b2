package org.ccionetwork.portal.news;

import java.net.URI;
import java.util.List;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.Visibility;

/**
 * What a moderator writes in an article. The form checks each field beside it; this checks the
 * same limits again on the server, whoever calls.
 */
public record ArticleContent(
        String title,
        String summary,
        String body,
        List<String> tags,
        String sourceName,
        String sourceUrl,
        Visibility visibility,
        String imageAlt) {

    public static final int MAX_SUMMARY = 300;

    public ArticleContent {
        title = trim(title);
        summary = trim(summary);
        body = body == null ? "" : body;
        tags = tags == null ? List.of() : List.copyOf(tags);
        sourceName = blankToNull(sourceName);
        sourceUrl = blankToNull(sourceUrl);
        imageAlt = blankToNull(imageAlt);
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
        require(title.length() >= 5 && title.length() <= 150, "A title needs 5 to 150 characters.");
        require(!summary.isEmpty() && summary.length() <= MAX_SUMMARY, "A summary needs 1 to 300 characters.");
        require(body.length() <= 50_000, "An article can be at most 50,000 characters.");
        require(sourceUrl == null || isWebAddress(sourceUrl), "A source link must start with https:// or http://.");
        require(sourceUrl == null || sourceName != null, "Name the source of the link.");
    }

    static boolean isWebAddress(String url) {
        try {
            var uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && url.length() <= 1000;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new NotAllowedException(message);
        }
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
