package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.notify.NotificationKind;
import org.ccionetwork.portal.notify.Notifications;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.text.Markdown;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Members writing: starting topics, replying, editing and deleting their own posts, liking,
 * flagging and accepting answers, each checked on the server (member role, locked topics, the
 * posting rate) and told to the members it concerns.
 */
@ApplicationScoped
@Transactional
public class Posting {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Notifications notifications;

    @Inject
    private MemberService members;

    @Inject
    private jakarta.enterprise.event.Event<PostWritten> postWritten;

    @Inject
    @ConfigProperty(name = "portal.forum.posts-per-minute", defaultValue = "6")
    int postsPerMinute;

    @Inject
    private Categories categories;

    @Inject
    private Reading reading;

    @Inject
    private Watching watching;

    // ---- writing

    public Topic startTopic(
            Viewer viewer, long categoryId, String title, String body, TopicKind kind, List<String> tags) {
        viewer.requireMember();
        var category = categories.category(viewer, categoryId);
        checkPostingRate(viewer);
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
        watching.watch(viewer, topic.getId());
        var recipients = new java.util.LinkedHashMap<Long, NotificationKind>(mentionsWhoCanRead(text, category));
        em.createQuery("select w.memberId from CategoryWatch w where w.categoryId = :c", Long.class)
                .setParameter("c", category.getId())
                .getResultList()
                .forEach(id -> recipients.putIfAbsent(id, NotificationKind.NEW_TOPIC));
        notifications.send(recipients, viewer.memberId(), topic.getId(), number);
        categories.countPost(category.getId(), true, now);
        return topic;
    }

    public Post reply(Viewer viewer, long topicId, String body, Integer replyTo) {
        viewer.requireMember();
        var topic = reading.topic(viewer, topicId);
        topic.refusalToReply(viewer).ifPresent(Rules::refuse);
        if (replyTo != null && (replyTo < 1 || replyTo > topic.getPostCount())) {
            replyTo = null;
        }
        checkPostingRate(viewer);
        var now = clock.instant();
        var author = me(viewer);
        var text = render(body);
        // The topic numbers its posts: one reply at a time from here to the commit.
        em.refresh(topic, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        int number = topic.nextPost(author, now);
        var post = new Post(topic, number, author, body, text.html(), replyTo, now);
        em.persist(post);
        em.flush();
        postWritten.fire(new PostWritten(topicId, post.getId(), body));
        var category = categories.category(viewer, topic.getCategoryId());

        // Who hears of it: mentioned members, the author of the post answered, then the topic's watchers.
        var recipients = new java.util.LinkedHashMap<Long, NotificationKind>(mentionsWhoCanRead(text, category));
        if (replyTo != null) {
            authorOf(topicId, replyTo).ifPresent(id -> recipients.putIfAbsent(id, NotificationKind.QUOTE));
        }
        watching.watchers(topicId).forEach(id -> recipients.putIfAbsent(id, NotificationKind.REPLY));
        watching.watch(viewer, topicId);
        notifications.send(recipients, viewer.memberId(), topic.getId(), number);
        categories.countPost(category.getId(), false, now);
        return post;
    }

    /**
     * The author's new text for a post, from a form opened on the text of {@code basedOn} ({@link
     * Post#sourceToken}): refused when the text has changed since, so that one tab never overwrites
     * another's edit unseen. The post is locked while it is compared and written.
     */
    public Post edit(Viewer viewer, long postId, String body, String basedOn) {
        viewer.requireMember();
        var post = reading.post(viewer, postId);
        post.refusalToEdit(viewer).ifPresent(Rules::refuse);
        em.refresh(post, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        post.refusalToSave(basedOn).ifPresent(Rules::refuse);
        var now = clock.instant();
        em.persist(new PostRevision(post, viewer.memberId(), now));
        post.edit(body, render(body).html(), now);
        postWritten.fire(new PostWritten(
                post.getTopicId(),
                post.getId(),
                post.isOpening() ? topicTitle(post.getTopicId()) + "\n" + body : body));
        return post;
    }

    public void deleteOwnPost(Viewer viewer, long postId) {
        viewer.requireMember();
        var post = reading.post(viewer, postId);
        if (!viewer.is(post.getAuthor().getId())) {
            throw new NotAllowedException("You can only delete your own posts.");
        }
        post.deleteByAuthor();
    }

    public void like(Viewer viewer, long postId) {
        viewer.requireMember();
        var post = reading.post(viewer, postId);
        post.refusalToLike(viewer).ifPresent(Rules::refuse);
        if (em.find(PostLike.class, new PostLike.Key(postId, viewer.memberId())) != null) {
            throw new NotAllowedException("You have already liked this post.");
        }
        em.persist(new PostLike(postId, viewer.memberId(), clock.instant()));
        post.likedBy(viewer);
        notifications.send(
                java.util.Map.of(post.getAuthor().getId(), NotificationKind.LIKE),
                viewer.memberId(),
                post.getTopicId(),
                post.getPostNumber());
    }

    public void flag(Viewer viewer, long postId, String reason) {
        viewer.requireMember();
        reading.post(viewer, postId);
        em.persist(new Flag(postId, me(viewer), reason.strip(), clock.instant()));
    }

    /** The topic's author or a moderator marks a reply as the accepted answer of a question. */
    public void acceptAnswer(Viewer viewer, long topicId, int postNumber) {
        viewer.requireMember();
        var topic = reading.topic(viewer, topicId);
        var answer = em.createQuery("select p from Post p where p.topicId = :t and p.postNumber = :n", Post.class)
                .setParameter("t", topicId)
                .setParameter("n", postNumber)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotAllowedException("Only a reply to a question can be its accepted answer."));
        topic.accept(answer, viewer);
        notifications.send(
                java.util.Map.of(answer.getAuthor().getId(), NotificationKind.ACCEPTED),
                viewer.memberId(),
                topicId,
                postNumber);
    }

    /** What a text will look like once posted (mentions linked), for the live preview. */
    public String preview(Viewer viewer, String source) {
        viewer.requireMember();
        return render(source == null ? "" : source).html();
    }

    /** A body rendered to safe HTML, with the members it @mentions (by user name) linked. */
    private record Rendered(String html, List<Member> mentioned) {}

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

    /** At most so many posts a minute; atomic per member (see {@link org.ccionetwork.portal.members.Contributions}). */
    private void checkPostingRate(Viewer viewer) {
        org.ccionetwork.portal.members.Contributions.begin(em, viewer.memberId(), clock.instant());
        long recent = em.createQuery(
                        "select count(p) from Post p where p.author.id = :m and p.created > :since"
                                + " and p.created <= :now",
                        Long.class)
                .setParameter("m", viewer.memberId())
                .setParameter("since", Topic.at(clock.instant().minus(Duration.ofMinutes(1))))
                .setParameter("now", Topic.at(clock.instant()))
                .getSingleResult();
        if (recent >= postsPerMinute) {
            throw new NotAllowedException("You are posting very quickly (more than " + postsPerMinute
                    + " posts a minute). Please wait a minute and send again: your text is still here.");
        }
    }

    // ---- helpers

    private Optional<Long> authorOf(long topicId, int postNumber) {
        return em.createQuery("select p.author.id from Post p where p.topicId = :t and p.postNumber = :n", Long.class)
                .setParameter("t", topicId)
                .setParameter("n", postNumber)
                .getResultStream()
                .findFirst();
    }

    private String topicTitle(long topicId) {
        return em.createQuery("select t.title from Topic t where t.id = :id", String.class)
                .setParameter("id", topicId)
                .getSingleResult();
    }

    private Member me(Viewer viewer) {
        return em.getReference(Member.class, viewer.memberId());
    }
}
