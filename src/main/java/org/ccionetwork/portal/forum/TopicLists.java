package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.persistence.TimeCursor;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.text.Tags;

/**
 * Lists of topics: a category's pages by keyset, the latest across readable categories, a member's
 * own, the viewer's read marks and unread counts, and the popular tags.
 */
@ApplicationScoped
@Transactional
public class TopicLists {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Categories categories;

    public static final int TOPICS_PER_PAGE = 30;

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
            page = new ArrayList<>(query.setHint(Reading.READ_ONLY, true)
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
        page = new ArrayList<>(query.setHint(Reading.READ_ONLY, true)
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
                        .setHint(Reading.READ_ONLY, true)
                        .setMaxResults(TOPICS_PER_PAGE)
                        .getResultList();
        String olderCursor = more ? cursorOf(page.getLast()) : null;
        String newerCursor = older.isPresent() && !page.isEmpty() ? cursorOf(page.getFirst()) : null;
        return new TopicList(pinned, page, olderCursor, newerCursor);
    }

    /** The topics with the latest activity in the categories the viewer may read (for the home page). */
    public List<Topic> latestTopics(Viewer viewer, int count) {
        var readable = categories.readableIds(viewer);
        if (readable.isEmpty()) {
            return List.of();
        }
        // Along the activity index (forum_topics_activity), newest first, the categories checked here: with
        // "category in (..)" in the WHERE, H2 reads every topic of those categories and sorts them. A few
        // batches find them for nearly every reader; a reader of quiet categories only gets the plain query.
        // A left join: with an inner one, H2 starts from the members and sorts every topic (1.5 s on 100,000
        // topics, the home page's first view after a start); every topic has a last poster either way.
        String select = "select t from Topic t left join fetch t.lastPoster where t.deleted = false";
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
            var rows = query.setHint(Reading.READ_ONLY, true)
                    .setMaxResults(batchSize)
                    .getResultList();
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
                .setHint(Reading.READ_ONLY, true)
                .setMaxResults(count)
                .getResultList();
    }

    /** The place of a topic in its category's list, for a link. */
    private static String cursorOf(Topic topic) {
        return new TimeCursor(topic.getLastActivity(), topic.getId()).token();
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

    /** The latest topics a member started, in categories the viewer may read. */
    public List<Topic> topicsStartedBy(Viewer viewer, long memberId, int count) {
        var readable = categories.readableIds(viewer);
        if (readable.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select t from Topic t where t.author.id = :m and t.deleted = false and t.categoryId in :c"
                                + " order by t.created desc",
                        Topic.class)
                .setParameter("m", memberId)
                .setParameter("c", readable)
                .setHint(Reading.READ_ONLY, true)
                .setMaxResults(count)
                .getResultList();
    }

    /** Of the given topics, those the viewer may read, newest activity first. */
    public List<Topic> readableTopics(Viewer viewer, java.util.Collection<Long> topicIds) {
        var readable = categories.readableIds(viewer);
        if (topicIds.isEmpty() || readable.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select t from Topic t where t.id in :ids and t.deleted = false and t.categoryId in :c"
                                + " order by t.lastActivity desc",
                        Topic.class)
                .setParameter("ids", topicIds)
                .setParameter("c", readable)
                .setHint(Reading.READ_ONLY, true)
                .getResultList();
    }

    /** The most used tags of recent topics the viewer may read, for suggestions. */
    public List<String> popularTags(Viewer viewer) {
        return tagsByUse(viewer).stream().limit(12).toList();
    }

    /** The tags of the 500 most recent topics the viewer may read, most used first. */
    public List<String> tagsByUse(Viewer viewer) {
        var counts = new java.util.HashMap<String, Integer>();
        var readable = categories.readableIds(viewer);
        em
                .createQuery(
                        "select t.tags, t.categoryId from Topic t where t.deleted = false order by t.lastActivity desc",
                        Object[].class)
                .setMaxResults(500)
                .setHint(Reading.READ_ONLY, true)
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
                .map(java.util.Map.Entry::getKey)
                .toList();
    }
}
