package org.ccionetwork.portal.forum;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A button on a post (like, delete, accept as answer), as the value it posts in the topic page's
 * form: {@code like:postId:postNumber}. Whatever arrives is only a request: the forum checks the
 * reader's rights to the post again, and a value that does not parse is refused.
 */
record PostAction(Kind kind, long postId, int postNumber) {

    /** The field the buttons post, which is the client id of the form's one hidden command. */
    static final String FIELD = "posts:act";

    enum Kind {
        LIKE,
        DELETE,
        ACCEPT
    }

    private static final Pattern FORMAT = Pattern.compile("(like|delete|accept):([0-9]{1,18}):([0-9]{1,9})");

    static String like(Post post) {
        return of(Kind.LIKE, post);
    }

    static String delete(Post post) {
        return of(Kind.DELETE, post);
    }

    static String accept(Post post) {
        return of(Kind.ACCEPT, post);
    }

    private static String of(Kind kind, Post post) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + post.getId() + ":" + post.getPostNumber();
    }

    static Optional<PostAction> parse(String value) {
        var matcher = value == null ? null : FORMAT.matcher(value);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PostAction(
                Kind.valueOf(matcher.group(1).toUpperCase(java.util.Locale.ROOT)),
                Long.parseLong(matcher.group(2)),
                Integer.parseInt(matcher.group(3))));
    }
}
