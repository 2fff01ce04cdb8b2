package org.ccionetwork.portal.forum;

import java.util.List;
import org.ccionetwork.portal.text.Formats;
import org.ccionetwork.portal.web.Html;

/**
 * One page of a topic's posts as HTML. This is the forum's hottest path: written as a Facelets
 * loop it took most of a signed-in member's topic page (about 30 expressions and components for
 * each of 20 posts, evaluated on every request), so it is written here instead, escaped by
 * {@link Html}. The buttons post the page's form with the action in their value (see
 * {@link PostAction}); the form's view state keeps them safe from cross-site posts as before.
 */
final class PostListHtml {

    /** What the reader sees and may do on this page; the server checks every action again. */
    interface Reader {

        String contextPath();

        long topicId();

        int page();

        Integer acceptedPostNumber();

        boolean isMember();

        boolean isModerator();

        boolean canReply();

        boolean isNew(Post post);

        boolean canLike(Post post);

        boolean canEdit(Post post);

        boolean canAccept(Post post);

        boolean showsBody(Post post);

        /** "Liked by A and B", or empty. */
        String likedBy(Post post);

        /** Who hid a hidden post (asked for moderators only). */
        String hiddenBy(Post post);
    }

    private PostListHtml() {}

    static String of(List<Post> posts, Reader reader) {
        return of(posts, reader, post -> null);
    }

    /**
     * @param sameForAll a post's HTML written once for every reader who sees it alike (see {@link
     *     SharedTopicPage}), or null where this reader's differs and is written here
     */
    static String of(List<Post> posts, Reader reader, java.util.function.Function<Post, String> sameForAll) {
        var html = new Html(posts.size() * 2_500);
        String context = reader.contextPath();
        for (Post post : posts) {
            String shared = sameForAll.apply(post);
            if (shared != null) {
                html.markup(shared);
            } else {
                post(html, post, reader, context);
            }
        }
        return html.toString();
    }

    /** One post as this reader sees it. */
    static String post(Post post, Reader reader) {
        var html = new Html(2_500);
        post(html, post, reader, reader.contextPath());
        return html.toString();
    }

    /** "Liked by A, B and C", or empty. */
    static String likedBy(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return "Liked by " + names.getFirst();
        }
        return "Liked by " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static void post(Html html, Post post, Reader reader, String context) {
        int number = post.getPostNumber();
        boolean accepted = reader.acceptedPostNumber() != null && reader.acceptedPostNumber() == number;
        html.markup("<article")
                .attribute(
                        "class", "post" + (post.isHidden() ? " post-hidden" : "") + (accepted ? " post-accepted" : ""))
                .attribute("id", "post-" + number)
                .attribute("data-author", post.getAuthor().getDisplayName())
                .attribute("data-number", String.valueOf(number))
                .attribute("data-link", "/forum/post/" + post.getId())
                .markup(">\n");

        html.markup("<header class=\"post-header\"><span class=\"post-author\">")
                .text(post.getAuthor().getDisplayName())
                .markup("</span>");
        String organisation = post.getAuthor().getShownOrganisation();
        if (organisation != null && !organisation.isEmpty()) {
            html.markup("<span class=\"post-organisation\"> · ")
                    .text(organisation)
                    .markup("</span>");
        }
        html.markup(" <a class=\"post-link\"")
                .attribute("href", context + "/forum/post/" + post.getId())
                .attribute("aria-label", "Permalink to post " + number)
                .markup(">#")
                .text(number)
                .markup("</a>");
        html.markup(" ").time(post.getCreated());
        if (post.isEditedSinceCreated()) {
            html.markup(" <span class=\"edited\">edited</span>");
            if (reader.isModerator() || reader.canEdit(post)) {
                html.markup(" <a class=\"history-link\"")
                        .attribute("href", context + "/forum/history.xhtml?post=" + post.getId())
                        .markup(">(history)</a>");
            }
        }
        if (post.getReplyTo() != null) {
            html.markup("<span class=\"in-reply-to\"> · in reply to <a")
                    .attribute("href", "#post-" + post.getReplyTo())
                    .markup(">#")
                    .text(post.getReplyTo())
                    .markup("</a></span>");
        }
        if (accepted) {
            html.markup(" <span class=\"tag tag-solved\">Accepted answer</span>");
        }
        if (reader.isNew(post)) {
            html.markup(" <span class=\"tag tag-new\">New</span>");
        }
        html.markup("</header>\n<div class=\"post-body\">");
        if (post.isDeleted()) {
            html.markup("<p class=\"removed\">Post removed by its author.</p>");
        } else if (post.isHidden()) {
            html.markup("<p class=\"removed\">This post was hidden by a moderator");
            if (reader.isModerator()) {
                html.markup(" (").text(reader.hiddenBy(post)).markup("): ").text(post.getHiddenReason());
            }
            html.markup(".</p>");
        }
        if (reader.showsBody(post)) {
            html.sanitized(post.getBodyHtml());
        }
        html.markup("</div>\n<footer class=\"post-footer\">");
        footer(html, post, reader, context);
        html.markup("</footer>\n</article>\n");
        if (number == 1 && reader.acceptedPostNumber() != null) {
            html.markup(
                            "<p class=\"inset accepted-answer\" id=\"accepted-answer\">This question has an accepted answer: <a")
                    .attribute("href", context + Links.post(reader.topicId(), reader.acceptedPostNumber()))
                    .markup(">post #")
                    .text(reader.acceptedPostNumber())
                    .markup("</a>.</p>\n");
        }
    }

    private static void footer(Html html, Post post, Reader reader, String context) {
        int number = post.getPostNumber();
        int likes = post.getLikeCount();
        if (likes == 0) {
            html.markup("<span class=\"likes\">0 likes</span>");
        } else {
            String likedBy = reader.likedBy(post);
            html.markup("<details class=\"likers\"><summary class=\"likes\"")
                    .attribute("title", likedBy)
                    .markup(">")
                    .text(Formats.count(likes, "like", "likes"))
                    .markup("</summary><span class=\"liked-by\">")
                    .text(likedBy)
                    .markup("</span></details>");
        }
        if (reader.canLike(post)) {
            button(html, PostAction.like(post), "Like", "link-button like-button", "Like post " + number);
        }
        if (reader.canReply() && !post.isDeleted()) {
            String here = "?id=" + reader.topicId() + "&page=" + reader.page();
            html.markup(" <a")
                    .attribute("href", here + "&replyTo=" + number + "#reply")
                    .markup(">Reply</a>");
            html.markup(" <a class=\"quote-link\"")
                    .attribute("href", here + "&quote=" + number + "#reply")
                    .markup(">Quote</a>");
        }
        if (reader.canEdit(post)) {
            html.markup(" <a")
                    .attribute("href", context + "/forum/edit.xhtml?post=" + post.getId())
                    .markup(">Edit</a>");
            button(html, PostAction.delete(post), "Delete", "link-button", "Delete post " + number);
        }
        if (reader.canAccept(post)) {
            button(
                    html,
                    PostAction.accept(post),
                    "Accept as answer",
                    "link-button",
                    "Accept as answer: post " + number);
        }
        if (reader.isMember() && !post.isDeleted()) {
            html.markup(" <a class=\"flag-link\"")
                    .attribute("href", context + "/forum/flag.xhtml?post=" + post.getId())
                    .markup(">")
                    .text(reader.isModerator() ? "Flag or hide" : "Flag")
                    .markup("</a>");
        }
    }

    private static void button(Html html, String action, String label, String styleClass, String accessibleName) {
        html.markup(" <button type=\"submit\"")
                .attribute("name", PostAction.FIELD)
                .attribute("value", action)
                .attribute("class", styleClass)
                .attribute("aria-label", accessibleName)
                .markup(">")
                .text(label)
                .markup("</button>");
    }
}
