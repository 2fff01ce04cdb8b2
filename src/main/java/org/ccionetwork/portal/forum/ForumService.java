package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.moderation.AuditLog;
import org.ccionetwork.portal.moderation.Flag;
import org.ccionetwork.portal.notify.NotificationKind;
import org.ccionetwork.portal.notify.Notifications;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.Markdown;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;
import org.ccionetwork.portal.shared.PortalData;
import org.ccionetwork.portal.shared.Tags;
import org.ccionetwork.portal.shared.TimeCursor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Everything the forums do, each method checking on the server what the viewer may see and do:
 * members-only categories are "not found" to visitors, writing needs the member role, and the
 * moderators' tools need the moderator role. Moderator actions are written to the audit log.
 */
@ApplicationScoped
@Transactional
public class ForumService {

    public static final int TOPICS_PER_PAGE = 30;

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private Notifications notifications;

    @Inject
    private MemberService members;

    @Inject
    private org.ccionetwork.portal.shared.PageCache pageCache;

    @Inject
    private jakarta.enterprise.event.Event<PostWritten> postWritten;

    @Inject
    private SearchIndex searchIndex;

    @Inject
    @ConfigProperty(name = "portal.forum.posts-per-minute", defaultValue = "6")
    int postsPerMinute;

    // ---- reading

    public List<Category> categories(Viewer viewer) {
        return em.createQuery("select c from Category c order by c.position, c.name", Category.class)
                .getResultStream()
                .filter(c -> viewer.canRead(c.getVisibility()))
                .toList();
    }

    public Category category(Viewer viewer, String slug) {
        var category = em.createQuery("select c from Category c where c.slug = :slug", Category.class)
                .setParameter("slug", slug == null ? "" : slug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("category"));
        viewer.requireRead(category.getVisibility(), "category");
        return category;
    }

    private Category category(Viewer viewer, long id) {
        var category =
                Optional.ofNullable(em.find(Category.class, id)).orElseThrow(() -> new NotFoundException("category"));
        viewer.requireRead(category.getVisibility(), "category");
        return category;
    }

    /**
     * A page of topics: the first page (no cursor) with the pinned topics above; "older" pages
     * after a cursor; "newer" pages before one; the oldest page when {@code oldest} is set.
     */
    public TopicList topics(
            Viewer viewer, Category category, Optional<TimeCursor> older, Optional<TimeCursor> newer, boolean oldest) {
        viewer.requireRead(category.getVisibility(), "category");
        // Keyset pages that read only their own rows, on PostgreSQL and on H2: the ORDER BY starts with the
        // columns that the WHERE fixes, so that it is the order of an index (forum_topics_category_newest or
        // _oldest; H2 reads an index in its own direction only), and the cursor's bound is a plain range
        // (last_activity <= x) on that index, with the tie on the id checked beside it.
        String base = "select t from Topic t join fetch t.author join fetch t.lastPoster"
                + " where t.categoryId = :c and t.pinned = false and t.deleted = false";
        String newestFirst = " order by t.categoryId, t.pinned, t.deleted, t.lastActivity desc, t.id desc";
        List<Topic> page;
        boolean more;
        if (newer.isPresent() || oldest) {
            var query = em.createQuery(
                            base + (oldest ? "" : " and t.lastActivity >= :la and (t.lastActivity > :la or t.id > :id)")
                                    + " order by t.categoryId, t.pinned, t.deleted, t.lastActivity, t.id",
                            Topic.class)
                    .setParameter("c", category.getId());
            newer.filter(n -> !oldest)
                    .ifPresent(n -> query.setParameter("la", Topic.at(n.at())).setParameter("id", n.id()));
            page = new ArrayList<>(query.setHint(READ_ONLY, true)
                    .setMaxResults(TOPICS_PER_PAGE + 1)
                    .getResultList());
            more = page.size() > TOPICS_PER_PAGE;
            if (more) {
                page.removeLast();
            }
            Collections.reverse(page);
            String olderCursor = page.isEmpty() ? null : cursorOf(page.getLast());
            if (oldest) {
                olderCursor = null;
            }
            String newerCursor = more && !page.isEmpty() ? cursorOf(page.getFirst()) : null;
            return new TopicList(List.of(), page, olderCursor, newerCursor);
        }
        var query = em.createQuery(
                        base
                                + (older.isPresent()
                                        ? " and t.lastActivity <= :la and (t.lastActivity < :la or t.id < :id)"
                                        : "")
                                + newestFirst,
                        Topic.class)
                .setParameter("c", category.getId());
        older.ifPresent(o -> query.setParameter("la", Topic.at(o.at())).setParameter("id", o.id()));
        page = new ArrayList<>(query.setHint(READ_ONLY, true)
                .setMaxResults(TOPICS_PER_PAGE + 1)
                .getResultList());
        more = page.size() > TOPICS_PER_PAGE;
        if (more) {
            page.removeLast();
        }
        List<Topic> pinned = older.isPresent()
                ? List.of()
                : em.createQuery(
                                "select t from Topic t join fetch t.author join fetch t.lastPoster where t.categoryId = :c"
                                        + " and t.pinned = true and t.deleted = false" + newestFirst,
                                Topic.class)
                        .setParameter("c", category.getId())
                        .setHint(READ_ONLY, true)
                        .setMaxResults(TOPICS_PER_PAGE)
                        .getResultList();
        String olderCursor = more ? cursorOf(page.getLast()) : null;
        String newerCursor = older.isPresent() && !page.isEmpty() ? cursorOf(page.getFirst()) : null;
        return new TopicList(pinned, page, olderCursor, newerCursor);
    }

    /** The topics with the latest activity in the categories the viewer may read (for the home page). */
    public List<Topic> latestTopics(Viewer viewer, int count) {
        var readable = categories(viewer).stream().map(Category::getId).toList();
        if (readable.isEmpty()) {
            return List.of();
        }
        // Along the activity index (forum_topics_activity), newest first, the categories checked here: with
        // "category in (..)" in the WHERE, H2 reads every topic of those categories and sorts them. A few
        // batches find them for nearly every reader; a reader of quiet categories only gets the plain query.
        String select = "select t from Topic t join fetch t.lastPoster where t.deleted = false";
        String newestFirst = " order by t.lastActivity desc, t.id desc";
        int batchSize = count * 4;
        var latest = new ArrayList<Topic>();
        Topic last = null;
        for (int batch = 0; batch < 5; batch++) {
            var query = em.createQuery(
                    select
                            + (last == null
                                    ? ""
                                    : " and t.lastActivity <= :la and (t.lastActivity < :la or t.id < :id)")
                            + newestFirst,
                    Topic.class);
            if (last != null) {
                query.setParameter("la", Topic.at(last.getLastActivity())).setParameter("id", last.getId());
            }
            var rows = query.setHint(READ_ONLY, true).setMaxResults(batchSize).getResultList();
            rows.stream()
                    .filter(t -> readable.contains(t.getCategoryId()))
                    .limit(count - latest.size())
                    .forEach(latest::add);
            if (latest.size() == count || rows.size() < batchSize) {
                return latest;
            }
            last = rows.getLast();
        }
        return em.createQuery(select + " and t.categoryId in :c" + newestFirst, Topic.class)
                .setParameter("c", readable)
                .setHint(READ_ONLY, true)
                .setMaxResults(count)
                .getResultList();
    }

    /** The place of a topic in its category's list, for a link. */
    private static String cursorOf(Topic topic) {
        return new TimeCursor(topic.getLastActivity(), topic.getId()).token();
    }

    public Topic topic(Viewer viewer, long topicId) {
        var topic = findTopic(topicId, false);
        category(viewer, topic.getCategoryId());
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

    public Category categoryOf(Viewer viewer, Topic topic) {
        return category(viewer, topic.getCategoryId());
    }

    /** One page of a topic: posts numbered 20(page-1)+1 to 20 page, with their authors, in one query. */
    public List<Post> posts(Viewer viewer, Topic topic, int page) {
        if (topic.isDeleted()) {
            throw new NotFoundException("topic");
        }
        category(viewer, topic.getCategoryId());
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

    /** Everything a topic page shows, read in one transaction: the topic, its category, a page of posts, the viewer's likes and watch. */
    public TopicView topicView(Viewer viewer, Long topicId, int page) {
        if (topicId == null) {
            throw new NotFoundException("topic");
        }
        // Read-only: nothing here is changed, so EclipseLink need not track (and compare at commit) what it reads.
        var topic = findTopic(topicId, true);
        var category = category(viewer, topic.getCategoryId());
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
                likedByViewer(viewer, posts),
                isWatching(viewer, topicId),
                lastReadBefore,
                likers(posts));
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

    /**
     * How far the viewer had read each of these topics (0 for never opened): for unread counts
     * and "jump to first unread". One query.
     */
    public java.util.Map<Long, Integer> readMarks(Viewer viewer, List<Topic> topics) {
        if (!viewer.isSignedIn() || topics.isEmpty()) {
            return java.util.Map.of();
        }
        var marks = new java.util.HashMap<Long, Integer>();
        em.createQuery("select r from ReadMark r where r.memberId = :m and r.topicId in :ids", ReadMark.class)
                .setParameter("m", viewer.memberId())
                .setParameter("ids", topics.stream().map(Topic::getId).toList())
                .getResultStream()
                .forEach(r -> marks.put(r.getTopicId(), r.getLastRead()));
        return marks;
    }

    /**
     * Per category, how many topics with activity in the last 30 days the viewer has not read to
     * the end. One grouped query.
     */
    public java.util.Map<Long, Long> unreadTopicsByCategory(Viewer viewer) {
        if (!viewer.isSignedIn()) {
            return java.util.Map.of();
        }
        var counts = new java.util.HashMap<Long, Long>();
        // Native SQL, valid on H2 and PostgreSQL (EclipseLink writes this JPQL's boolean as 0, which H2 refuses).
        List<?> rows = em.createNativeQuery("select t.category_id, count(*) from forum_topics t"
                        + " where t.deleted = false and t.last_activity > ?1"
                        + " and not exists (select 1 from forum_reads r where r.member_id = ?2 and r.topic_id = t.id"
                        + " and r.last_read >= t.post_count) group by t.category_id")
                .setParameter(1, Topic.at(clock.instant().minus(Duration.ofDays(30))))
                .setParameter(2, viewer.memberId())
                .getResultList();
        for (Object row : rows) {
            var columns = (Object[]) row;
            counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return counts;
    }

    private static final String READ_ONLY = "eclipselink.read-only";

    /** What {@link #topicView} reads. */
    public record TopicView(
            Topic topic,
            Category category,
            List<Post> posts,
            Set<Long> liked,
            boolean watching,
            int lastReadBefore,
            java.util.Map<Long, List<String>> likers) {

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

    // ---- writing

    public Topic startTopic(
            Viewer viewer, long categoryId, String title, String body, TopicKind kind, List<String> tags) {
        viewer.requireMember();
        var category = category(viewer, categoryId);
        checkPostingRate(viewer);
        locked(category);
        var now = clock.instant();
        var author = me(viewer);
        var topic = new Topic(category, title, kind, author, tags, now);
        em.persist(topic);
        em.flush();
        int number = topic.nextPost(author, now);
        var text = render(body);
        var opening = new Post(topic, number, author, body, text.html(), null, now);
        em.persist(opening);
        em.flush();
        postWritten.fire(new PostWritten(topic.getId(), opening.getId(), title + "\n" + body));
        category.topicStarted(now);
        watch(viewer, topic.getId());
        var recipients = new java.util.LinkedHashMap<Long, NotificationKind>(mentionsWhoCanRead(text, category));
        em.createQuery("select w.memberId from CategoryWatch w where w.categoryId = :c", Long.class)
                .setParameter("c", category.getId())
                .getResultList()
                .forEach(id -> recipients.putIfAbsent(id, NotificationKind.NEW_TOPIC));
        notifications.send(recipients, viewer.memberId(), topic, number);
        pageCache.invalidate();
        return topic;
    }

    public Post reply(Viewer viewer, long topicId, String body, Integer replyTo) {
        viewer.requireMember();
        var topic = topic(viewer, topicId);
        if (topic.isLocked()) {
            throw new NotAllowedException("This topic is locked: no new replies. Your text has not been posted.");
        }
        if (replyTo != null && (replyTo < 1 || replyTo > topic.getPostCount())) {
            replyTo = null;
        }
        checkPostingRate(viewer);
        var now = clock.instant();
        var author = me(viewer);
        em.refresh(topic, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        int number = topic.nextPost(author, now);
        var text = render(body);
        var post = new Post(topic, number, author, body, text.html(), replyTo, now);
        em.persist(post);
        em.flush();
        postWritten.fire(new PostWritten(topicId, post.getId(), body));
        var category = locked(category(viewer, topic.getCategoryId()));
        category.postAdded(now);

        // Who hears of it: mentioned members, the author of the post answered, then the topic's watchers.
        var recipients = new java.util.LinkedHashMap<Long, NotificationKind>(mentionsWhoCanRead(text, category));
        if (replyTo != null) {
            authorOf(topicId, replyTo).ifPresent(id -> recipients.putIfAbsent(id, NotificationKind.QUOTE));
        }
        watchers(topicId).forEach(id -> recipients.putIfAbsent(id, NotificationKind.REPLY));
        watch(viewer, topicId);
        notifications.send(recipients, viewer.memberId(), topic, number);
        pageCache.invalidate();
        return post;
    }

    public Post edit(Viewer viewer, long postId, String body) {
        viewer.requireMember();
        var post = post(viewer, postId);
        if (!viewer.is(post.getAuthor().getId())) {
            throw new NotAllowedException("You can only edit your own posts.");
        }
        if (post.isDeleted()) {
            throw new NotAllowedException("This post was removed and can no longer be edited.");
        }
        var now = clock.instant();
        em.persist(new PostRevision(post, viewer.memberId(), now));
        post.edit(body, render(body).html(), now);
        postWritten.fire(new PostWritten(
                post.getTopicId(),
                post.getId(),
                post.isOpening() ? topicTitle(post.getTopicId()) + "\n" + body : body));
        pageCache.invalidate();
        return post;
    }

    public void deleteOwnPost(Viewer viewer, long postId) {
        viewer.requireMember();
        var post = post(viewer, postId);
        if (!viewer.is(post.getAuthor().getId())) {
            throw new NotAllowedException("You can only delete your own posts.");
        }
        pageCache.invalidate();
        post.deleteByAuthor();
    }

    public void like(Viewer viewer, long postId) {
        viewer.requireMember();
        var post = post(viewer, postId);
        if (viewer.is(post.getAuthor().getId())) {
            throw new NotAllowedException("You cannot like your own post.");
        }
        if (em.find(PostLike.class, new PostLike.Key(postId, viewer.memberId())) != null) {
            throw new NotAllowedException("You have already liked this post.");
        }
        em.persist(new PostLike(postId, viewer.memberId(), clock.instant()));
        pageCache.invalidate();
        post.liked();
        notifications.send(
                java.util.Map.of(post.getAuthor().getId(), NotificationKind.LIKE),
                viewer.memberId(),
                topic(viewer, post.getTopicId()),
                post.getPostNumber());
    }

    public void flag(Viewer viewer, long postId, String reason) {
        viewer.requireMember();
        post(viewer, postId);
        em.persist(new Flag(postId, me(viewer), reason.strip(), clock.instant()));
    }

    /** The topic's author or a moderator marks a reply as the accepted answer of a question. */
    public void acceptAnswer(Viewer viewer, long topicId, int postNumber) {
        viewer.requireMember();
        var topic = topic(viewer, topicId);
        if (!topic.isQuestion() || postNumber < 2 || postNumber > topic.getPostCount()) {
            throw new NotAllowedException("Only a reply to a question can be its accepted answer.");
        }
        if (!viewer.is(topic.getAuthor().getId()) && !viewer.isModerator()) {
            throw new NotAllowedException("Only the person who asked, or a moderator, can accept an answer.");
        }
        pageCache.invalidate();
        topic.accept(postNumber);
        authorOf(topicId, postNumber)
                .ifPresent(id -> notifications.send(
                        java.util.Map.of(id, NotificationKind.ACCEPTED), viewer.memberId(), topic, postNumber));
    }

    // ---- watching

    public void watch(Viewer viewer, long topicId) {
        viewer.requireMember();
        if (em.find(Watch.class, new Watch.Key(topicId, viewer.memberId())) == null) {
            em.persist(new Watch(topicId, viewer.memberId(), clock.instant()));
        }
    }

    public void unwatch(Viewer viewer, long topicId) {
        viewer.requireMember();
        em.createQuery("delete from Watch w where w.topicId = :t and w.memberId = :m")
                .setParameter("t", topicId)
                .setParameter("m", viewer.memberId())
                .executeUpdate();
    }

    public boolean isWatching(Viewer viewer, long topicId) {
        return viewer.isSignedIn() && em.find(Watch.class, new Watch.Key(topicId, viewer.memberId())) != null;
    }

    public void watchCategory(Viewer viewer, long categoryId, boolean watching) {
        viewer.requireMember();
        category(viewer, categoryId);
        var existing = em.find(CategoryWatch.class, new CategoryWatch.Key(categoryId, viewer.memberId()));
        if (watching && existing == null) {
            em.persist(new CategoryWatch(categoryId, viewer.memberId(), clock.instant()));
        } else if (!watching && existing != null) {
            em.remove(existing);
        }
    }

    public boolean isWatchingCategory(Viewer viewer, long categoryId) {
        return viewer.isSignedIn()
                && em.find(CategoryWatch.class, new CategoryWatch.Key(categoryId, viewer.memberId())) != null;
    }

    private List<Long> watchers(long topicId) {
        return em.createQuery("select w.memberId from Watch w where w.topicId = :t", Long.class)
                .setParameter("t", topicId)
                .getResultList();
    }

    // ---- administering

    /** Admins create categories: the slug is the category's address, the colour its marker. */
    public Category createCategory(
            Viewer viewer,
            String slug,
            String name,
            String description,
            String colour,
            int position,
            org.ccionetwork.portal.shared.Visibility visibility,
            Long parentId) {
        if (!viewer.isAdmin()) {
            throw new NotFoundException("categories");
        }
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 80) {
            throw new NotAllowedException("A category's address uses lower-case letters, digits and single dashes.");
        }
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new NotAllowedException("A colour is written like #005eb8.");
        }
        if (em.createQuery("select count(c) from Category c where c.slug = :s", Long.class)
                        .setParameter("s", slug)
                        .getSingleResult()
                > 0) {
            throw new NotAllowedException("There is already a category at that address.");
        }
        if (parentId != null) {
            var parent = Optional.ofNullable(em.find(Category.class, parentId))
                    .orElseThrow(() -> new NotAllowedException("The parent category does not exist."));
            if (parent.getParentId() != null) {
                throw new NotAllowedException("Sub-categories go one level deep only.");
            }
        }
        var category = new Category(
                slug,
                name.strip(),
                description == null ? "" : description.strip(),
                colour,
                position,
                visibility,
                parentId);
        pageCache.invalidate();
        em.persist(category);
        audit.record(viewer.memberId(), "category.create", "category " + slug, null);
        return category;
    }

    public Category updateCategory(
            Viewer viewer,
            long categoryId,
            String name,
            String description,
            String colour,
            int position,
            org.ccionetwork.portal.shared.Visibility visibility) {
        if (!viewer.isAdmin()) {
            throw new NotFoundException("categories");
        }
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new NotAllowedException("A colour is written like #005eb8.");
        }
        var category = Optional.ofNullable(em.find(Category.class, categoryId))
                .orElseThrow(() -> new NotFoundException("category"));
        category.change(name.strip(), description == null ? "" : description.strip(), colour, position, visibility);
        pageCache.invalidate();
        audit.record(viewer.memberId(), "category.change", "category " + category.getSlug(), null);
        return category;
    }

    /**
     * A category the portal itself needs (the news discussions): found by its address, made the
     * first time it is asked for, after the admins' own categories.
     */
    public Category ensureCategory(
            String slug, String name, String description, org.ccionetwork.portal.shared.Visibility visibility) {
        return em.createQuery("select c from Category c where c.slug = :s", Category.class)
                .setParameter("s", slug)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    var category = new Category(slug, name, description, "#4c6272", 900, visibility, null);
                    em.persist(category);
                    pageCache.invalidate();
                    return category;
                });
    }

    /** The latest topics a member started, in categories the viewer may read. */
    public List<Topic> topicsStartedBy(Viewer viewer, long memberId, int count) {
        var readable = categories(viewer).stream().map(Category::getId).toList();
        if (readable.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select t from Topic t where t.author.id = :m and t.deleted = false and t.categoryId in :c"
                                + " order by t.created desc",
                        Topic.class)
                .setParameter("m", memberId)
                .setParameter("c", readable)
                .setHint(READ_ONLY, true)
                .setMaxResults(count)
                .getResultList();
    }

    private String topicTitle(long topicId) {
        return em.createQuery("select t.title from Topic t where t.id = :id", String.class)
                .setParameter("id", topicId)
                .getSingleResult();
    }

    /** One result of a search: the post, its topic, and a plain-text excerpt. */
    public record Hit(Post post, Topic topic, String excerpt) {}

    /** A page of search results and the cursor of the next one. */
    public record Hits(List<Hit> hits, Long nextBefore) {}

    /**
     * Posts whose words include every word searched for (titles count for the opening post), newest
     * first, by keyset on the post id, only in categories the viewer may read and never removed or
     * hidden posts: members-only posts do not exist for visitors here either.
     */
    public Hits search(Viewer viewer, String words, Long before) {
        var terms =
                SearchIndex.terms(words == null ? "" : words).stream().limit(5).toList();
        var readable = categories(viewer).stream().map(Category::getId).toList();
        if (terms.isEmpty() || readable.isEmpty()) {
            return new Hits(List.of(), null);
        }
        // Candidates come from the index in batches; those the reader may not read are skipped, and the
        // next page's cursor is always a post this page showed, never a candidate it skipped.
        var hits = new ArrayList<Hit>();
        long cursor = before == null ? Long.MAX_VALUE : before;
        for (int round = 0; round < SEARCH_ROUNDS && hits.size() <= SEARCH_PAGE; round++) {
            var candidates = searchIndex.find(terms, cursor, SEARCH_CANDIDATES);
            hits.addAll(readableHits(candidates, readable, terms));
            if (candidates.size() < SEARCH_CANDIDATES) {
                break;
            }
            cursor = candidates.getLast();
        }
        Long next = null;
        if (hits.size() > SEARCH_PAGE) {
            hits.subList(SEARCH_PAGE, hits.size()).clear();
            next = hits.getLast().post().getId();
        }
        return new Hits(hits, next);
    }

    /** Of the candidate posts, newest first, those shown and readable, with their excerpts. */
    private List<Hit> readableHits(List<Long> candidates, List<Long> readable, List<String> terms) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        var posts = em.createQuery(
                        "select p from Post p join fetch p.author where p.id in :ids and p.deleted = false and p.hidden = false"
                                + " order by p.id desc",
                        Post.class)
                .setParameter("ids", candidates)
                .setHint(READ_ONLY, true)
                .getResultList();
        var topics = new java.util.HashMap<Long, Topic>();
        if (!posts.isEmpty()) {
            em.createQuery(
                            "select t from Topic t where t.id in :ids and t.deleted = false and t.categoryId in :c",
                            Topic.class)
                    .setParameter(
                            "ids",
                            posts.stream().map(Post::getTopicId).distinct().toList())
                    .setParameter("c", readable)
                    .setHint(READ_ONLY, true)
                    .getResultList()
                    .forEach(t -> topics.put(t.getId(), t));
        }
        var hits = new ArrayList<Hit>();
        for (Post post : posts) {
            var topic = topics.get(post.getTopicId());
            if (topic != null) {
                hits.add(new Hit(post, topic, SearchIndex.excerpt(post.getBodySource(), terms)));
            }
        }
        return hits;
    }

    /** How many batches of candidates one page may look through before it ends the search. */
    private static final int SEARCH_ROUNDS = 10;

    private static final int SEARCH_PAGE = 20;
    private static final int SEARCH_CANDIDATES = 100;

    /** Of the given topics, those the viewer may read, newest activity first. */
    public List<Topic> readableTopics(Viewer viewer, java.util.Collection<Long> topicIds) {
        var readable = categories(viewer).stream().map(Category::getId).toList();
        if (topicIds.isEmpty() || readable.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select t from Topic t where t.id in :ids and t.deleted = false and t.categoryId in :c"
                                + " order by t.lastActivity desc",
                        Topic.class)
                .setParameter("ids", topicIds)
                .setParameter("c", readable)
                .setHint(READ_ONLY, true)
                .getResultList();
    }

    /** The number of replies to a topic that exists, for links to it from elsewhere. */
    public Optional<Integer> replyCount(long topicId) {
        return em.createQuery("select t.replyCount from Topic t where t.id = :id and t.deleted = false", Integer.class)
                .setParameter("id", topicId)
                .getResultStream()
                .findFirst();
    }

    /** Categories in reading order: each top-level category followed by its sub-categories. */
    public List<Category> categoryTree(Viewer viewer) {
        var all = categories(viewer);
        var ordered = new ArrayList<Category>();
        for (Category top : all) {
            if (top.getParentId() == null) {
                ordered.add(top);
                all.stream().filter(c -> top.getId().equals(c.getParentId())).forEach(ordered::add);
            }
        }
        all.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        return ordered;
    }

    // ---- moderating

    public void setPinned(Viewer viewer, long topicId, boolean pinned, String reason) {
        moderateTopic(viewer, topicId, pinned ? "topic.pin" : "topic.unpin", reason, topic -> topic.setPinned(pinned));
    }

    public void setLocked(Viewer viewer, long topicId, boolean locked, String reason) {
        moderateTopic(
                viewer, topicId, locked ? "topic.lock" : "topic.unlock", reason, topic -> topic.setLocked(locked));
    }

    /** A moderator's change to a topic: checked, applied, visible to visitors at once, audited. */
    private void moderateTopic(
            Viewer viewer, long topicId, String action, String reason, java.util.function.Consumer<Topic> change) {
        viewer.requireModerator("topic");
        var topic = topic(viewer, topicId);
        change.accept(topic);
        pageCache.invalidate();
        audit.record(viewer.memberId(), action, describe(topic), reason);
    }

    public void rename(Viewer viewer, long topicId, String title, String reason) {
        viewer.requireModerator("topic");
        var topic = topic(viewer, topicId);
        String before = topic.getTitle();
        topic.rename(title);
        pageCache.invalidate();
        audit.record(viewer.memberId(), "topic.rename", describe(topic) + " (was \"" + before + "\")", reason);
    }

    public void move(Viewer viewer, long topicId, long categoryId, String reason) {
        viewer.requireModerator("topic");
        var topic = topic(viewer, topicId);
        var from = category(viewer, topic.getCategoryId());
        var to = category(viewer, categoryId);
        if (from.getId().equals(to.getId())) {
            return;
        }
        // Both held, in one order whichever way a topic moves, so two moves cannot wait on each other.
        locked(from.getId() < to.getId() ? from : to);
        locked(from.getId() < to.getId() ? to : from);
        from.topicLeft(topic.getPostCount());
        to.topicArrived(topic.getPostCount());
        topic.moveTo(to);
        pageCache.invalidate();
        audit.record(
                viewer.memberId(),
                "topic.move",
                describe(topic) + " from " + from.getSlug() + " to " + to.getSlug(),
                reason);
    }

    public void deleteTopic(Viewer viewer, long topicId, String reason) {
        viewer.requireModerator("topic");
        var topic = topic(viewer, topicId);
        topic.delete();
        locked(category(viewer, topic.getCategoryId())).topicLeft(topic.getPostCount());
        pageCache.invalidate();
        audit.record(viewer.memberId(), "topic.delete", describe(topic), reason);
    }

    public void hide(Viewer viewer, long postId, String reason) {
        viewer.requireModerator("post");
        if (reason == null || reason.isBlank()) {
            throw new NotAllowedException(
                    "Say why the post is hidden: its author and other moderators will see the reason.");
        }
        var post = post(viewer, postId);
        post.hide(me(viewer), reason.strip());
        pageCache.invalidate();
        audit.record(viewer.memberId(), "post.hide", describe(post), reason.strip());
    }

    public void unhide(Viewer viewer, long postId, String reason) {
        viewer.requireModerator("post");
        var post = post(viewer, postId);
        post.unhide();
        pageCache.invalidate();
        audit.record(viewer.memberId(), "post.unhide", describe(post), reason);
    }

    /** Open flags, oldest first, with the flagged posts' topics. */
    public List<FlaggedPost> openFlags(Viewer viewer) {
        viewer.requireModerator("flags");
        var flags = em.createQuery(
                        "select f from Flag f join fetch f.reporter where f.resolved is null order by f.created",
                        Flag.class)
                .setMaxResults(200)
                .getResultList();
        if (flags.isEmpty()) {
            return List.of();
        }
        var posts = em.createQuery("select p from Post p join fetch p.author where p.id in :ids", Post.class)
                .setParameter(
                        "ids", flags.stream().map(Flag::getPostId).distinct().toList())
                .getResultList();
        var topics = em.createQuery("select t from Topic t where t.id in :ids", Topic.class)
                .setParameter(
                        "ids", posts.stream().map(Post::getTopicId).distinct().toList())
                .getResultList();
        return flags.stream()
                .map(f -> {
                    var post = posts.stream()
                            .filter(p -> p.getId().equals(f.getPostId()))
                            .findFirst()
                            .orElseThrow();
                    var topic = topics.stream()
                            .filter(t -> t.getId().equals(post.getTopicId()))
                            .findFirst()
                            .orElseThrow();
                    return new FlaggedPost(f, post, topic);
                })
                .toList();
    }

    public void resolveFlag(Viewer viewer, long flagId, String outcome) {
        viewer.requireModerator("flag");
        var flag = Optional.ofNullable(em.find(Flag.class, flagId)).orElseThrow(() -> new NotFoundException("flag"));
        flag.resolve(viewer.memberId(), clock.instant());
        audit.record(viewer.memberId(), "flag.resolve", "flag " + flagId + " on post " + flag.getPostId(), outcome);
    }

    // ---- helpers

    private Optional<Long> authorOf(long topicId, int postNumber) {
        return em.createQuery("select p.author.id from Post p where p.topicId = :t and p.postNumber = :n", Long.class)
                .setParameter("t", topicId)
                .setParameter("n", postNumber)
                .getResultStream()
                .findFirst();
    }

    /** A body rendered to safe HTML, with the members it @mentions (by user name) linked. */
    private record Rendered(String html, List<Member> mentioned) {}

    /** What a text will look like once posted (mentions linked), for the live preview. */
    public String preview(Viewer viewer, String source) {
        viewer.requireMember();
        return render(source == null ? "" : source).html();
    }

    /** The most used tags of recent topics the viewer may read, for suggestions. */
    public List<String> popularTags(Viewer viewer) {
        var counts = new java.util.HashMap<String, Integer>();
        var readable = categories(viewer).stream().map(Category::getId).collect(java.util.stream.Collectors.toSet());
        em
                .createQuery(
                        "select t.tags, t.categoryId from Topic t where t.deleted = false order by t.lastActivity desc",
                        Object[].class)
                .setMaxResults(500)
                .setHint(READ_ONLY, true)
                .getResultList()
                .stream()
                .filter(row -> readable.contains((Long) row[1]))
                .flatMap(row -> Tags.fromStored((String) row[0]).stream())
                .filter(tag -> !tag.isBlank())
                .forEach(tag -> counts.merge(tag, 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(12)
                .map(java.util.Map.Entry::getKey)
                .toList();
    }

    private Rendered render(String source) {
        var mentioned = members.byUsernames(Markdown.mentionedNames(source));
        var byName = new java.util.HashMap<String, Member>();
        mentioned.forEach(m -> byName.put(m.getUsername(), m));
        String html = Markdown.toSafeHtml(
                source,
                name -> Optional.ofNullable(byName.get(name))
                        .map(m -> "/members/profile.xhtml?u="
                                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)));
        return new Rendered(html, mentioned);
    }

    /** Mentioned members who may read the category: nobody is told of a post they could not open. */
    private java.util.Map<Long, NotificationKind> mentionsWhoCanRead(Rendered text, Category category) {
        var recipients = new java.util.LinkedHashMap<Long, NotificationKind>();
        for (Member member : text.mentioned()) {
            boolean canRead = category.getVisibility() == org.ccionetwork.portal.shared.Visibility.PUBLIC
                    || member.hasRole(org.ccionetwork.portal.security.Role.MEMBER);
            if (canRead) {
                recipients.put(member.getId(), NotificationKind.MENTION);
            }
        }
        return recipients;
    }

    /**
     * The category read afresh and held until commit, before its counts change: every post changes
     * them, from many members at once, and a copy read earlier in the request would be stale.
     */
    private Category locked(Category category) {
        em.refresh(category, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return category;
    }

    private Member me(Viewer viewer) {
        return em.getReference(Member.class, viewer.memberId());
    }

    /** At most so many posts a minute; atomic per member (see {@link org.ccionetwork.portal.members.Contributions}). */
    private void checkPostingRate(Viewer viewer) {
        org.ccionetwork.portal.members.Contributions.begin(em, viewer.memberId(), clock.instant());
        long recent = em.createQuery(
                        "select count(p) from Post p where p.author.id = :m and p.created > :since", Long.class)
                .setParameter("m", viewer.memberId())
                .setParameter("since", Topic.at(clock.instant().minus(Duration.ofMinutes(1))))
                .getSingleResult();
        if (recent >= postsPerMinute) {
            throw new NotAllowedException("You are posting very quickly (more than " + postsPerMinute
                    + " posts a minute). Please wait a minute and send again: your text is still here.");
        }
    }

    private static String describe(Topic topic) {
        return "topic " + topic.getId() + " \"" + topic.getTitle() + "\"";
    }

    private static String describe(Post post) {
        return "post " + post.getId() + " (#" + post.getPostNumber() + " in topic " + post.getTopicId() + ")";
    }

    /** A flag with what it is about. */
    public record FlaggedPost(Flag flag, Post post, Topic topic) {}
}
