package org.ccionetwork.portal.notify;

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
import java.time.Instant;
import java.time.OffsetDateTime;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.persistence.Times;

/** Something a member should know about: who did what, in which topic, at which post. */
@Entity
@Table(name = "notifications")
public class Notification {

    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private Long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", updatable = false)
    private Member actor;

    /** The forum topic it is about (see {@link Subjects}). */
    @Column(name = "topic_id", nullable = false, updatable = false)
    private Long topicId;

    @Column(name = "post_number", nullable = false, updatable = false)
    private int postNumber;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    @Column(name = "emailed_at")
    private OffsetDateTime emailedAt;

    protected Notification() {
        // for JPA
    }

    Notification(Long recipientId, NotificationKind kind, Member actor, long topicId, int postNumber, Instant now) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.actor = actor;
        this.topicId = topicId;
        this.postNumber = postNumber;
        this.created = Times.stored(now);
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    /** A message about it was written to the outbox: the digest need not tell it again. */
    void emailed(Instant now) {
        this.emailedAt = Times.stored(now);
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Member getActor() {
        return actor;
    }

    public Long getTopicId() {
        return topicId;
    }

    public int getPostNumber() {
        return postNumber;
    }

    public Instant getCreated() {
        return created.toInstant();
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
