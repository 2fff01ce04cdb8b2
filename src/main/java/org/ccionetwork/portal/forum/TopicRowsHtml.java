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
        return new SharedTopicRows(new TopicList(List.of(), topics, null, null), contextPath).html(unread);
    }

    /**
     * A topic's row as every reader sees it, in two pieces: the reader's own unread marker goes
     * between them (see {@link SharedTopicRows}).
     */
    record Row(String head, String tail) {

        static Row of(Topic topic, String context) {
            var head = new Html(300);
            head.markup("<li class=\"topic-row\">\n<a class=\"topic-title\"")
                    .attribute("href", context + Links.topic(topic.getId()))
                    .markup(">")
                    .text(topic.getTitle())
                    .markup("</a>");
            if (topic.isPinned()) {
                head.markup(" <span class=\"tag\">Pinned</span>");
            }
            if (topic.isLocked()) {
                head.markup(" <span class=\"tag\">Locked</span>");
            }
            if (topic.isSolved()) {
                head.markup(" <span class=\"tag tag-solved\">Solved</span>");
            } else if (topic.isQuestion()) {
                head.markup(" <span class=\"tag\">Question</span>");
            }
            var tail = new Html(400);
            tail.markup("\n<p class=\"meta\">Started by ")
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
                tail.markup(" <span class=\"tag\">").text(tag).markup("</span>");
            }
            tail.markup("</p>\n</li>\n");
            return new Row(head.toString(), tail.toString());
        }
    }

    /** The reader's marker: "New" for a topic never opened, else how many posts they have not read. */
    static void unread(Html html, Topic topic, String context, int notRead) {
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
    }
}
