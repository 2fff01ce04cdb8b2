package org.ccionetwork.portal.forum;

import java.util.List;
import java.util.function.ToIntFunction;
import org.ccionetwork.portal.text.Formats;
import org.ccionetwork.portal.web.Html;

/**
 * A category page's topics as HTML: like {@link PostListHtml}, written here rather than in a
 * Facelets loop because the category page is read on every visit to a category.
 */
final class TopicRowsHtml {

    private TopicRowsHtml() {}

    /**
     * @param unread posts the reader has not read in a topic, or null for visitors (no markers)
     */
    static String of(List<Topic> topics, String contextPath, ToIntFunction<Topic> unread) {
        var html = new Html(topics.size() * 700);
        for (Topic topic : topics) {
            row(html, topic, contextPath, unread);
        }
        return html.toString();
    }

    private static void row(Html html, Topic topic, String context, ToIntFunction<Topic> unread) {
        html.markup("<li class=\"topic-row\">\n<a class=\"topic-title\"")
                .attribute("href", context + Links.topic(topic.getId()))
                .markup(">")
                .text(topic.getTitle())
                .markup("</a>");
        if (topic.isPinned()) {
            html.markup(" <span class=\"tag\">Pinned</span>");
        }
        if (topic.isLocked()) {
            html.markup(" <span class=\"tag\">Locked</span>");
        }
        if (topic.isSolved()) {
            html.markup(" <span class=\"tag tag-solved\">Solved</span>");
        } else if (topic.isQuestion()) {
            html.markup(" <span class=\"tag\">Question</span>");
        }
        int notRead = unread == null ? 0 : unread.applyAsInt(topic);
        if (notRead > 0 && notRead == topic.getPostCount()) {
            html.markup(" <span class=\"tag tag-new\">New</span>");
        } else if (notRead > 0) {
            int firstUnread = topic.getPostCount() - notRead + 1;
            html.markup(" <a class=\"unread\"")
                    .attribute("href", context + Links.post(topic.getId(), firstUnread))
                    .markup(">")
                    .text(notRead)
                    .markup(" unread<span class=\"visually-hidden\"> posts: jump to the first</span></a>");
        }
        html.markup("\n<p class=\"meta\">Started by ")
                .text(topic.getAuthor().getDisplayName())
                .markup(" · ")
                .text(Formats.count(topic.getReplyCount(), "reply", "replies"))
                .markup(" · ")
                .text(Formats.count(topic.getViewCount(), "view", "views"))
                .markup(" · last post by ")
                .text(topic.getLastPoster().getDisplayName())
                .markup(", ")
                .time(topic.getLastActivity());
        for (String tag : topic.getTags()) {
            html.markup(" <span class=\"tag\">").text(tag).markup("</span>");
        }
        html.markup("</p>\n</li>\n");
    }
}
