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

/** A member watches a topic: they hear of its replies. */
@Entity
@Table(name = "forum_watches")
@IdClass(Watch.Key.class)
public class Watch {

    @Id
    @Column(name = "topic_id")
    private Long topicId;

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(nullable = false)
    private OffsetDateTime created;

    protected Watch() {
        // for JPA
    }

    Watch(Long topicId, Long memberId, Instant now) {
        this.topicId = topicId;
        this.memberId = memberId;
        this.created = Topic.at(now);
    }

    public Long getMemberId() {
        return memberId;
    }

    /** The composite key: topic and member. */
    public static class Key implements Serializable {
        private Long topicId;
        private Long memberId;

        public Key() {}

        public Key(Long topicId, Long memberId) {
            this.topicId = topicId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(topicId, key.topicId)
                    && Objects.equals(memberId, key.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(topicId, memberId);
        }
    }
}
