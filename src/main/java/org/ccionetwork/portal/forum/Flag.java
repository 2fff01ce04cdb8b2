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
import java.time.Instant;
import java.time.OffsetDateTime;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.persistence.Times;

/** A member's report that a post needs a moderator's attention; open until a moderator resolves it. */
@Entity
@Table(name = "moderation_flags")
public class Flag {

    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Column(name = "post_id", nullable = false, updatable = false)
    private Long postId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reporter_id", updatable = false)
    private Member reporter;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    @Column(name = "resolved_by_id")
    private Long resolvedById;

    private OffsetDateTime resolved;

    protected Flag() {
        // for JPA
    }

    public Flag(Long postId, Member reporter, String reason, Instant now) {
        this.postId = postId;
        this.reporter = reporter;
        this.reason = reason;
        this.created = Times.stored(now);
    }

    public void resolve(Long moderatorId, Instant now) {
        this.resolvedById = moderatorId;
        this.resolved = Times.stored(now);
    }

    public Long getId() {
        return id;
    }

    public Long getPostId() {
        return postId;
    }

    public Member getReporter() {
        return reporter;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreated() {
        return created.toInstant();
    }

    public boolean isOpen() {
        return resolved == null;
    }
}
