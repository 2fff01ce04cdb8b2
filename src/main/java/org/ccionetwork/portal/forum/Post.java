package org.ccionetwork.portal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.text.Markdown;
import org.ccionetwork.portal.web.VisibleChange;

/**
 * A post in a topic, numbered from 1 (the opening post). The Markdown source is kept beside the
 * sanitized HTML it renders to, so pages never render on view. Deleting or hiding keeps the row:
 * the thread's numbering and quotes stay intact.
 */
@Entity
@Table(name = "forum_posts")
public class Post {

    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Column(name = "topic_id", nullable = false, updatable = false)
    private Long topicId;

    @Column(name = "post_number", nullable = false, updatable = false)
    private int postNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Member author;

    @Column(name = "body_source", nullable = false)
    private String bodySource;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "reply_to")
    private Integer replyTo;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    private OffsetDateTime edited;

    private boolean deleted;

    private boolean hidden;

    @Column(name = "hidden_by_id")
    private Long hiddenById;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "like_count", nullable = false)
    private int likeCount;

    @Version
    private long version;

    protected Post() {
        // for JPA
    }

    /** A post whose HTML is its Markdown rendered and sanitized (see {@link Markdown}). */
    Post(Topic topic, int postNumber, Member author, String source, String safeHtml, Integer replyTo, Instant now) {
        VisibleChange.fire("post.new", VisibleChange.topic(topic.getId()));
        this.topicId = topic.getId();
        this.postNumber = postNumber;
        this.author = author;
        this.replyTo = replyTo;
        this.created = Topic.at(now);
        this.bodySource = source;
        this.bodyHtml = safeHtml;
    }

    /**
     * What the text now is, as a short token: an edit form carries the token of the text it was opened
     * with, and {@link #refusalToSave} compares it with the text's at the save.
     */
    public String sourceToken() {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(bodySource.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Why an edit opened on the text of {@code basedOn} may not be saved: the text changed meanwhile. */
    public java.util.Optional<String> refusalToSave(String basedOn) {
        return sourceToken().equals(basedOn)
                ? java.util.Optional.empty()
                : java.util.Optional.of(
                        "This post was changed in another window or tab after you opened it."
                                + " Your text is kept below: copy what you need, then open the post again to edit what it says now.");
    }

    /** Replaces the text; the caller keeps the old one as a revision. */
    void edit(String source, String safeHtml, Instant now) {
        VisibleChange.fire("post.edit", VisibleChange.topic(topicId));
        this.bodySource = source;
        this.bodyHtml = safeHtml;
        this.edited = Topic.at(now);
    }

    void deleteByAuthor() {
        VisibleChange.fire("post.deleteByAuthor", VisibleChange.topic(topicId));
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.DISCUSSIONS, id);
        this.deleted = true;
    }

    void hide(Member moderator, String reason) {
        VisibleChange.fire("post.hide", VisibleChange.topic(topicId));
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.DISCUSSIONS, id);
        this.hidden = true;
        this.hiddenById = moderator.getId();
        this.hiddenReason = reason;
    }

    void unhide() {
        VisibleChange.fire("post.unhide", VisibleChange.topic(topicId));
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.DISCUSSIONS, id);
        this.hidden = false;
        this.hiddenById = null;
        this.hiddenReason = null;
    }

    /** Why the viewer may not like this post; empty when they may (whether they already did is the likes' table's). */
    public java.util.Optional<String> refusalToLike(org.ccionetwork.portal.security.Viewer viewer) {
        if (!viewer.isMember()) {
            return java.util.Optional.of("Only members can like posts.");
        }
        if (viewer.is(author.getId())) {
            return java.util.Optional.of("You cannot like your own post.");
        }
        if (deleted) {
            return java.util.Optional.of("This post was removed.");
        }
        return java.util.Optional.empty();
    }

    /** A like from the viewer, counted; refused where {@link #refusalToLike} says so. */
    void likedBy(org.ccionetwork.portal.security.Viewer viewer) {
        refusalToLike(viewer).ifPresent(Rules::refuse);
        VisibleChange.fire("post.likedBy", VisibleChange.topic(topicId));
        if (likeCount < 10) { // the search's boost counts ten likes at most
            org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.DISCUSSIONS, id);
        }
        likeCount++;
    }

    /** Why the viewer may not edit this post; empty when they may. */
    public java.util.Optional<String> refusalToEdit(org.ccionetwork.portal.security.Viewer viewer) {
        if (!viewer.is(author.getId())) {
            return java.util.Optional.of("You can only edit your own posts.");
        }
        if (deleted) {
            return java.util.Optional.of("This post was removed and can no longer be edited.");
        }
        return java.util.Optional.empty();
    }

    public boolean isOpening() {
        return postNumber == 1;
    }

    public Long getId() {
        return id;
    }

    public Long getTopicId() {
        return topicId;
    }

    public int getPostNumber() {
        return postNumber;
    }

    public Member getAuthor() {
        return author;
    }

    public String getBodySource() {
        return bodySource;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Integer getReplyTo() {
        return replyTo;
    }

    public Instant getCreated() {
        return created.toInstant();
    }

    public Instant getEdited() {
        return edited == null ? null : edited.toInstant();
    }

    public boolean isEditedSinceCreated() {
        return edited != null;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public boolean isHidden() {
        return hidden;
    }

    public Long getHiddenById() {
        return hiddenById;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public int getLikeCount() {
        return likeCount;
    }
}
