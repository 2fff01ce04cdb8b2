package org.ccionetwork.portal.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.ccionetwork.portal.web.Html;

/**
 * A page of a category as every reader who may read it sees it alike: its topics (pinned first)
 * and their rows written once, in two pieces around each reader's own unread marker. Kept in
 * {@link org.ccionetwork.portal.web.SharedParts} until the category changes.
 */
final class SharedTopicRows {

    private final TopicList topics;
    private final List<Topic> shown;
    private final List<TopicRowsHtml.Row> rows;
    private final String contextPath;

    SharedTopicRows(TopicList topics, String contextPath) {
        this.topics = topics;
        var shown = new ArrayList<>(topics.pinned());
        shown.addAll(topics.topics());
        this.shown = List.copyOf(shown);
        this.rows =
                shown.stream().map(t -> TopicRowsHtml.Row.of(t, contextPath)).toList();
        this.contextPath = contextPath;
    }

    TopicList topics() {
        return topics;
    }

    /** The pinned topics, then the others. */
    List<Topic> shown() {
        return shown;
    }

    /** The rows, with this reader's unread markers (none for visitors: null). */
    String html(ToIntFunction<Topic> unread) {
        var html = new Html(rows.size() * 800);
        for (int i = 0; i < rows.size(); i++) {
            html.markup(rows.get(i).head());
            if (unread != null) {
                TopicRowsHtml.unread(html, shown.get(i), contextPath, unread.applyAsInt(shown.get(i)));
            }
            html.markup(rows.get(i).tail());
        }
        return html.toString();
    }

    long bytes() {
        long bytes = 2_000;
        for (var row : rows) {
            bytes += 1_000 + 2L * (row.head().length() + row.tail().length());
        }
        return bytes;
    }
}
