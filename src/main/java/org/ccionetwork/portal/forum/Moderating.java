package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.ccionetwork.portal.audit.AuditLog;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.persistence.TimeCursor;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;

/**
 * The moderators' tools: pinning, locking, renaming, moving and deleting topics, hiding posts and
 * the flag queue. Each needs the moderator role on the server and is written to the audit log.
 */
@ApplicationScoped
@Transactional
public class Moderating {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private Categories categories;

    @Inject
    private Reading reading;

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
        var topic = reading.topic(viewer, topicId);
        change.accept(topic);
        audit.record(viewer.memberId(), action, describe(topic), reason);
    }

    public void rename(Viewer viewer, long topicId, String title, String reason) {
        viewer.requireModerator("topic");
        var topic = reading.topic(viewer, topicId);
        String before = topic.getTitle();
        topic.rename(title);
        audit.record(viewer.memberId(), "topic.rename", describe(topic) + " (was \"" + before + "\")", reason);
    }

    public void move(Viewer viewer, long topicId, long categoryId, String reason) {
        viewer.requireModerator("topic");
        var topic = reading.topic(viewer, topicId);
        var from = categories.category(viewer, topic.getCategoryId());
        var to = categories.category(viewer, categoryId);
        if (from.getId().equals(to.getId())) {
            return;
        }
        // The topic first, then its categories, as a reply takes them, so a move and a reply cannot
        // wait on each other; both categories in one order whichever way a topic moves.
        em.refresh(topic, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        categories.locked(from.getId() < to.getId() ? from : to);
        categories.locked(from.getId() < to.getId() ? to : from);
        from.topicLeft(topic.getPostCount());
        to.topicArrived(topic.getPostCount());
        topic.moveTo(to);
        audit.record(
                viewer.memberId(),
                "topic.move",
                describe(topic) + " from " + from.getSlug() + " to " + to.getSlug(),
                reason);
    }

    public void deleteTopic(Viewer viewer, long topicId, String reason) {
        viewer.requireModerator("topic");
        var topic = reading.topic(viewer, topicId);
        // The topic first, then its category, as a reply takes them (see move).
        em.refresh(topic, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        topic.delete();
        categories.locked(categories.category(viewer, topic.getCategoryId())).topicLeft(topic.getPostCount());
        audit.record(viewer.memberId(), "topic.delete", describe(topic), reason);
    }

    public void hide(Viewer viewer, long postId, String reason) {
        viewer.requireModerator("post");
        if (reason == null || reason.isBlank()) {
            throw new NotAllowedException(
                    "Say why the post is hidden: its author and other moderators will see the reason.");
        }
        var post = reading.post(viewer, postId);
        post.hide(me(viewer), reason.strip());
        audit.record(viewer.memberId(), "post.hide", describe(post), reason.strip());
    }

    public void unhide(Viewer viewer, long postId, String reason) {
        viewer.requireModerator("post");
        var post = reading.post(viewer, postId);
        post.unhide();
        audit.record(viewer.memberId(), "post.unhide", describe(post), reason);
    }

    /** At most {@code size} open flags after the cursor (null: from the oldest), oldest first, by keyset. */
    public List<FlaggedPost> openFlags(Viewer viewer, TimeCursor after, int size) {
        viewer.requireModerator("flags");
        var flags = em.createQuery(
                        "select f from Flag f join fetch f.reporter where f.resolved is null"
                                + (after == null ? "" : " and (f.created > :at or (f.created = :at and f.id > :id))")
                                + " order by f.created, f.id",
                        Flag.class)
                .setMaxResults(Math.min(size, 200));
        if (after != null) {
            flags.setParameter("at", Times.stored(after.at())).setParameter("id", after.id());
        }
        return flagged(flags.getResultList());
    }

    /** How many flags are open. */
    public int countOpenFlags(Viewer viewer) {
        viewer.requireModerator("flags");
        return em.createQuery("select count(f) from Flag f where f.resolved is null", Long.class)
                .getSingleResult()
                .intValue();
    }

    private List<FlaggedPost> flagged(List<Flag> flags) {
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

    /** A flag with what it is about. */
    public record FlaggedPost(Flag flag, Post post, Topic topic) {}

    private static String describe(Topic topic) {
        return "topic " + topic.getId() + " \"" + topic.getTitle() + "\"";
    }

    private static String describe(Post post) {
        return "post " + post.getId() + " (#" + post.getPostNumber() + " in topic " + post.getTopicId() + ")";
    }

    private Member me(Viewer viewer) {
        return em.getReference(Member.class, viewer.memberId());
    }
}
