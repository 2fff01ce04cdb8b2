package org.ccionetwork.portal.forum;

/** The forum's URLs, in one place. */
public final class Links {

    private Links() {}

    public static String topic(long topicId) {
        return "/forum/topic.xhtml?id=" + topicId;
    }

    /** The page of the topic that holds the post, scrolled to it. */
    public static String post(long topicId, int postNumber) {
        int page = Topic.pageOf(postNumber);
        return topic(topicId) + (page > 1 ? "&page=" + page : "") + "#post-" + postNumber;
    }

    public static String category(String slug) {
        return "/forum/category.xhtml?c=" + slug;
    }
}
