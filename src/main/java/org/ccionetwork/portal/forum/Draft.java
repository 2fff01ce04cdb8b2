package org.ccionetwork.portal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/** Unposted text, kept on the server so it survives leaving the page (or the device). */
@Entity
@Table(name = "forum_drafts")
@IdClass(Draft.Key.class)
public class Draft {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Id
    @Column(name = "draft_key")
    private String key;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private OffsetDateTime updated;

    protected Draft() {
        // for JPA
    }

    Draft(Long memberId, String key, String body, Instant now) {
        this.memberId = memberId;
        this.key = key;
        update(body, now);
    }

    void update(String body, Instant now) {
        this.body = body;
        this.updated = Topic.at(now);
    }

    public String getBody() {
        return body;
    }

    /** The composite key: member and what is being written. */
    public static class Key implements Serializable {
        private Long memberId;
        private String key;

        public Key() {}

        public Key(Long memberId, String key) {
            this.memberId = memberId;
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(memberId, k.memberId) && Objects.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(memberId, key);
        }
    }
}
