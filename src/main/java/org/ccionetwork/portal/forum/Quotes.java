package org.ccionetwork.portal.forum;

/** A Markdown quote of a post, with who wrote it and a link back to it. */
final class Quotes {

    private Quotes() {}

    static String of(Post post) {
        StringBuilder quote = new StringBuilder();
        for (String line : post.getBodySource().strip().split("\r?\n")) {
            quote.append("> ").append(line).append('\n');
        }
        quote.append(">\n> — ")
                .append(post.getAuthor().getDisplayName().replace("[", "").replace("]", ""))
                .append(", [post #")
                .append(post.getPostNumber())
                .append("](")
                .append(Links.post(post.getTopicId(), post.getPostNumber()))
                .append(")\n\n");
        return quote.toString();
    }
}
