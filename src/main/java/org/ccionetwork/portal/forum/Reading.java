package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotFoundException;

/**
 * Reading a topic: the topic and its posts as the viewer may see them, with their likes, the
 * viewer's read mark moved on, and a post's earlier texts for its author and moderators.
 */
@ApplicationScoped
@Transactional
public class Reading {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Categories categories;

    @Inject
    private Watching watching;

    static final String READ_ONLY = "eclipselink.read-only";

    public Topic topic(Viewer viewer, long topicId) {
        var topic = findTopic(topicId, false);
        categories.category(viewer, topic.getCategoryId());
        return topic;
    }

    /** A topic that is not deleted, with its author and last poster, in one query. */
    private Topic findTopic(long topicId, boolean readOnly) {
        return em.createQuery(
                        "select t from Topic t join fetch t.author join fetch t.lastPoster where t.id = :id",
                        Topic.class)
                .setParameter("id", topicId)
                .setHint(READ_ONLY, readOnly)
                .getResultStream()
                .findFirst()
                .filter(t -> !t.isDeleted())
                .orElseThrow(() -> new NotFoundException("topic"));
    }

    /** One page of a topic: posts numbered 20(page-1)+1 to 20 page, with their authors, in one query. */
    public List<Post> posts(Viewer viewer, Topic topic, int page) {
        if (topic.isDeleted()) {
            throw new NotFoundException("topic");
        }
        categories.category(viewer, topic.getCategoryId());
        int first = (Math.max(1, page) - 1) * Topic.POSTS_PER_PAGE + 1;
        return em.createQuery(
                        "select p from Post p join fetch p.author where p.topicId = :t"
                                + " and p.postNumber between :first and :last order by p.postNumber",
                        Post.class)
                .setParameter("t", topic.getId())
                .setParameter("first", first)
                .setParameter("last", first + Topic.POSTS_PER_PAGE - 1)
                .getResultList();
    }

    @Inject
    private org.ccionetwork.portal.web.SharedParts sharedParts;

    /**
     * Everything a topic page shows: what every reader sees alike (the topic, a page of posts, who
     * liked them: {@link SharedTopicPage}, read once until the topic changes), then, per reader, the
     * category's permission, their read mark (moved on), their likes and their watch: a few reads by
     * key, and none of the likes when nobody liked a post of the page.
     */
    public TopicView topicView(Viewer viewer, Long topicId, int page) {
        if (topicId == null) {
            throw new NotFoundException("topic");
        }
        var shared = sharedParts.get(
                "topic " + topicId + " " + page,
                org.ccionetwork.portal.web.VisibleChange.topic(topicId),
                SharedTopicPage.class,
                () -> sharedPage(topicId, page),
                SharedTopicPage::bytes);
        var topic = shared.topic();
        var category = categories.category(viewer, topic.getCategoryId());
        var posts = shared.posts();
        int lastReadBefore = 0;
        if (viewer.isSignedIn() && !posts.isEmpty()) {
            var mark = em.find(ReadMark.class, new ReadMark.Key(viewer.memberId(), topicId));
            int seen = posts.getLast().getPostNumber();
            if (mark == null) {
                em.persist(new ReadMark(viewer.memberId(), topicId, seen));
            } else {
                lastReadBefore = mark.getLastRead();
                mark.advanceTo(seen);
            }
        }
        return new TopicView(
                topic,
                category,
                posts,
                shared.anyLiked() ? likedByViewer(viewer, posts) : Set.of(),
                watching.isWatching(viewer, topicId),
                lastReadBefore,
                shared.likers(),
                shared);
    }

    /** A page of a topic as every reader sees it (the topic found, the page within it: 404 otherwise). */
    private SharedTopicPage sharedPage(long topicId, int page) {
        // Read-only: nothing here is changed, so EclipseLink need not track (and compare at commit) what it reads.
        var topic = findTopic(topicId, true);
        if (page < 1 || page > topic.getPageCount()) {
            throw new NotFoundException("page");
        }
        int first = (page - 1) * Topic.POSTS_PER_PAGE + 1;
        var posts = em.createQuery(
                        "select p from Post p join fetch p.author where p.topicId = :t"
                                + " and p.postNumber between :first and :last order by p.postNumber",
                        Post.class)
                .setParameter("t", topicId)
                .setParameter("first", first)
                .setParameter("last", first + Topic.POSTS_PER_PAGE - 1)
                .setHint(READ_ONLY, true)
                .getResultList();
        return new SharedTopicPage(topic, posts, likers(posts), page);
    }

    /** Who liked each of these posts, first likes first, in one query. */
    private java.util.Map<Long, List<String>> likers(List<Post> posts) {
        var likers = new java.util.HashMap<Long, List<String>>();
        if (posts.stream().noneMatch(p -> p.getLikeCount() > 0)) {
            return likers;
        }
        em.createQuery(
                        "select l.postId, m.displayName from PostLike l, Member m where m.id = l.memberId"
                                + " and l.postId in :ids order by l.created",
                        Object[].class)
                .setParameter(
                        "ids",
                        posts.stream()
                                .filter(p -> p.getLikeCount() > 0)
                                .map(Post::getId)
                                .toList())
                .getResultStream()
                .forEach(row -> likers.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add((String) row[1]));
        return likers;
    }

    /** What {@link #topicView} reads. */
    public record TopicView(
            Topic topic,
            Category category,
            List<Post> posts,
            Set<Long> liked,
            boolean watching,
            int lastReadBefore,
            java.util.Map<Long, List<String>> likers,
            SharedTopicPage shared) {

        /** Posts after the viewer's last visit are new to them (none are new on a first visit). */
        public boolean isNew(Post post) {
            return lastReadBefore > 0 && post.getPostNumber() > lastReadBefore;
        }
    }

    /** A post the viewer may read; no id (a link without one) is as unknown as a wrong one. */
    public Post post(Viewer viewer, Long postId) {
        var post = Optional.ofNullable(postId)
                .map(id -> em.find(Post.class, id))
                .orElseThrow(() -> new NotFoundException("post"));
        topic(viewer, post.getTopicId());
        return post;
    }

    /** Which of these posts the viewer has liked, in one query. */
    public Set<Long> likedByViewer(Viewer viewer, List<Post> posts) {
        if (!viewer.isSignedIn() || posts.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "select l.postId from PostLike l where l.memberId = :m and l.postId in :posts", Long.class)
                .setParameter("m", viewer.memberId())
                .setParameter("posts", posts.stream().map(Post::getId).toList())
                .getResultList());
    }

    /** The earlier texts of a post, newest first: for its author and moderators only. */
    public List<PostRevision> revisions(Viewer viewer, long postId) {
        var post = post(viewer, postId);
        if (!viewer.is(post.getAuthor().getId()) && !viewer.isModerator()) {
            throw new NotFoundException("revisions");
        }
        return em.createQuery(
                        "select r from PostRevision r where r.postId = :p order by r.edited desc", PostRevision.class)
                .setParameter("p", postId)
                .getResultList();
    }

    /** The number of replies to a topic that exists, for links to it from elsewhere. */
    public Optional<Integer> replyCount(long topicId) {
        return em.createQuery("select t.replyCount from Topic t where t.id = :id and t.deleted = false", Integer.class)
                .setParameter("id", topicId)
                .getResultStream()
                .findFirst();
    }
}
