package org.ccionetwork.portal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.text.Slugs;
import org.ccionetwork.portal.text.Tags;
import org.ccionetwork.portal.web.VisibleChange;

/** A topic in a category: its first post opens it, replies follow in order. */
@Entity
@Table(name = "forum_topics")
public class Topic {

    public static final int POSTS_PER_PAGE = 20;

    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TopicKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Member author;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    @Column(name = "last_activity", nullable = false)
    private OffsetDateTime lastActivity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "last_poster_id")
    private Member lastPoster;

    @Column(name = "post_count", nullable = false)
    private int postCount;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    private boolean pinned;

    private boolean locked;

    private boolean deleted;

    @Column(name = "accepted_post_number")
    private Integer acceptedPostNumber;

    @Column(nullable = false)
    private String tags;

    @Version
    private long version;

    protected Topic() {
        // for JPA
    }

    Topic(Category category, String title, TopicKind kind, Member author, List<String> tags, Instant now) {
        VisibleChange.fire("topic.new", VisibleChange.category(category.getId()));
        this.categoryId = category.getId();
        this.kind = kind;
        this.author = author;
        this.created = at(now);
        this.lastActivity = this.created;
        this.lastPoster = author;
        this.tags = Tags.stored(tags);
        rename(title);
    }

    static OffsetDateTime at(Instant instant) {
        return org.ccionetwork.portal.persistence.Times.stored(instant);
    }

    /** Numbers the next post and moves the topic up its category. */
    int nextPost(Member poster, Instant when) {
        VisibleChange.fire("topic.nextPost", scopes());
        postCount++;
        replyCount = postCount - 1;
        lastActivity = at(when);
        lastPoster = poster;
        return postCount;
    }

    void rename(String newTitle) {
        VisibleChange.fire("topic.rename", scopes());
        org.ccionetwork.portal.search.SearchStale.fireGroup(org.ccionetwork.portal.search.SearchKind.DISCUSSIONS, id);
        this.title = newTitle.strip();
        this.slug = Slugs.of(this.title, "topic");
    }

    /** What a change of this topic touches: its pages and its category's. */
    private String[] scopes() {
        return new String[] {VisibleChange.topic(id), VisibleChange.category(categoryId)};
    }

    void moveTo(Category category) {
        VisibleChange.fire(
                "topic.moveTo",
                VisibleChange.topic(id),
                VisibleChange.category(categoryId),
                VisibleChange.category(category.getId()));
        org.ccionetwork.portal.search.SearchStale.fireGroup(org.ccionetwork.portal.search.SearchKind.DISCUSSIONS, id);
        this.categoryId = category.getId();
    }

    void setPinned(boolean pinned) {
        VisibleChange.fire("topic.setPinned", scopes());
        this.pinned = pinned;
    }

    void setLocked(boolean locked) {
        VisibleChange.fire("topic.setLocked", scopes());
        this.locked = locked;
    }

    void delete() {
        VisibleChange.fire("topic.delete", scopes());
        org.ccionetwork.portal.search.SearchStale.fireGroup(org.ccionetwork.portal.search.SearchKind.DISCUSSIONS, id);
        this.deleted = true;
    }

    /** Why the viewer may not reply here; empty when they may. */
    public java.util.Optional<String> refusalToReply(org.ccionetwork.portal.security.Viewer viewer) {
        if (!viewer.isMember()) {
            return java.util.Optional.of("Only members can reply.");
        }
        if (locked) {
            return java.util.Optional.of("This topic is locked: no new replies. Your text has not been posted.");
        }
        return java.util.Optional.empty();
    }

    /** Why the viewer may not mark this post as the question's answer; empty when they may. */
    public java.util.Optional<String> refusalToAccept(Post post, org.ccionetwork.portal.security.Viewer viewer) {
        if (!isQuestion()
                || !java.util.Objects.equals(post.getTopicId(), id)
                || post.getPostNumber() < 2
                || post.getPostNumber() > postCount
                || post.isDeleted()) {
            return java.util.Optional.of("Only a reply to a question can be its accepted answer.");
        }
        if (!viewer.is(author.getId()) && !viewer.isModerator()) {
            return java.util.Optional.of("Only the person who asked, or a moderator, can accept an answer.");
        }
        return java.util.Optional.empty();
    }

    /** The topic's author or a moderator marks a reply as the accepted answer; refused otherwise. */
    void accept(Post post, org.ccionetwork.portal.security.Viewer viewer) {
        refusalToAccept(post, viewer).ifPresent(Rules::refuse);
        VisibleChange.fire("topic.accept", scopes());
        org.ccionetwork.portal.search.SearchStale.fireGroup(org.ccionetwork.portal.search.SearchKind.DISCUSSIONS, id);
        this.acceptedPostNumber = post.getPostNumber();
    }

    void viewed() {
        viewCount++;
    }

    /** The page of this topic that holds a post. */
    public static int pageOf(int postNumber) {
        return Math.max(1, (postNumber - 1) / POSTS_PER_PAGE + 1);
    }

    public int getPageCount() {
        return pageOf(Math.max(1, postCount));
    }

    public Long getId() {
        return id;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public TopicKind getKind() {
        return kind;
    }

    public boolean isQuestion() {
        return kind == TopicKind.QUESTION;
    }

    public Member getAuthor() {
        return author;
    }

    public Instant getCreated() {
        return created.toInstant();
    }

    public Instant getLastActivity() {
        return lastActivity.toInstant();
    }

    public Member getLastPoster() {
        return lastPoster;
    }

    public int getPostCount() {
        return postCount;
    }

    public int getReplyCount() {
        return replyCount;
    }

    public long getViewCount() {
        return viewCount;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Integer getAcceptedPostNumber() {
        return acceptedPostNumber;
    }

    public boolean isSolved() {
        return acceptedPostNumber != null;
    }

    public List<String> getTags() {
        return Tags.fromStored(tags);
    }
}
