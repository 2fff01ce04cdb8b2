package org.ccionetwork.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.ccionetwork.portal.persistence.Times;

/** One moderator's or admin's action: who, what, on what, why, when. Never changed once written. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    /** The member who acted (their name is the members feature's to tell). */
    @Column(name = "actor_id", nullable = false, updatable = false)
    private Long actorId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false)
    private String target;

    @Column(updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Long actorId, String action, String target, String reason, Instant now) {
        this.actorId = actorId;
        this.action = action;
        this.target = target;
        this.reason = reason;
        this.created = Times.stored(now);
    }

    public Long getId() {
        return id;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreated() {
        return created.toInstant();
    }
}
