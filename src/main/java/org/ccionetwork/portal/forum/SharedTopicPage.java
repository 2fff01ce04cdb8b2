package org.ccionetwork.portal.forum;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ccionetwork.portal.security.Viewer;

/**
 * A page of a topic as every member who may read it sees it alike: the topic, its posts with their
 * authors, who liked each, and each post's HTML as a plain member sees it (a member who is no
 * moderator, wrote neither the post nor the question, has not liked it and has read it before).
 * Read once and kept in {@link org.ccionetwork.portal.web.SharedParts} until the topic changes;
 * a reader for whom a post differs (their own post, one they liked, one new to them, a moderator)
 * gets that post written for them.
 */
final class SharedTopicPage {

    private final Topic topic;
    private final List<Post> posts;
    private final Map<Long, List<String>> likers;
    private final int page;
    private final Map<String, String> plainHtml = new ConcurrentHashMap<>();

    SharedTopicPage(Topic topic, List<Post> posts, Map<Long, List<String>> likers, int page) {
        this.topic = topic;
        this.posts = List.copyOf(posts);
        this.likers = Map.copyOf(likers);
        this.page = page;
    }

    Topic topic() {
        return topic;
    }

    List<Post> posts() {
        return posts;
    }

    Map<Long, List<String>> likers() {
        return likers;
    }

    boolean anyLiked() {
        return posts.stream().anyMatch(p -> p.getLikeCount() > 0);
    }

    /** What the part holds, roughly, in bytes (its posts' texts twice, as source and HTML, and once as written). */
    long bytes() {
        long bytes = 2_000;
        for (Post post : posts) {
            bytes += 500
                    + 2L * (post.getBodySource().length() + post.getBodyHtml().length()) * 2;
        }
        return bytes;
    }

    /**
     * The post as a plain member sees it, written once for all of them; null when this reader sees
     * it otherwise, and must have it written for them.
     */
    String sameForAll(Post post, Viewer viewer, boolean liked, boolean isNew, String contextPath) {
        boolean plain = viewer.isMember()
                && !viewer.isModerator()
                && !viewer.is(topic.getAuthor().getId())
                && !viewer.is(post.getAuthor().getId())
                && !liked
                && !isNew;
        if (!plain) {
            return null;
        }
        return plainHtml.computeIfAbsent(
                contextPath + " " + post.getId(), key -> PostListHtml.post(post, new PlainMember(contextPath)));
    }

    /** The reader every plain member is: a member, and nothing more (see {@link #sameForAll}). */
    private final class PlainMember implements PostListHtml.Reader {

        private final String contextPath;

        PlainMember(String contextPath) {
            this.contextPath = contextPath;
        }

        @Override
        public String contextPath() {
            return contextPath;
        }

        @Override
        public long topicId() {
            return topic.getId();
        }

        @Override
        public int page() {
            return page;
        }

        @Override
        public Integer acceptedPostNumber() {
            return topic.getAcceptedPostNumber();
        }

        @Override
        public boolean isMember() {
            return true;
        }

        @Override
        public boolean isModerator() {
            return false;
        }

        @Override
        public boolean canReply() {
            return !topic.isLocked();
        }

        @Override
        public boolean isNew(Post post) {
            return false;
        }

        @Override
        public boolean canLike(Post post) {
            return !post.isDeleted();
        }

        @Override
        public boolean canEdit(Post post) {
            return false;
        }

        @Override
        public boolean canAccept(Post post) {
            return false;
        }

        @Override
        public boolean showsBody(Post post) {
            return !post.isDeleted() && !post.isHidden();
        }

        @Override
        public String likedBy(Post post) {
            return PostListHtml.likedBy(likers.getOrDefault(post.getId(), List.of()));
        }

        @Override
        public String hiddenBy(Post post) {
            return "";
        }
    }
}
