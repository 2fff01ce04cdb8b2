package org.ccionetwork.portal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The highest post number of a topic a member has seen. */
@Entity
@Table(name = "forum_reads")
@IdClass(ReadMark.Key.class)
public class ReadMark {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Id
    @Column(name = "topic_id")
    private Long topicId;

    @Column(name = "last_read", nullable = false)
    private int lastRead;

    protected ReadMark() {
        // for JPA
    }

    ReadMark(Long memberId, Long topicId, int lastRead) {
        this.memberId = memberId;
        this.topicId = topicId;
        this.lastRead = lastRead;
    }

    /** Moves the mark forward only: reading an earlier page does not make later posts unread. */
    boolean advanceTo(int postNumber) {
        if (postNumber > lastRead) {
            lastRead = postNumber;
            return true;
        }
        return false;
    }

    public Long getTopicId() {
        return topicId;
    }

    public int getLastRead() {
        return lastRead;
    }

    /** The composite key: member and topic. */
    public static class Key implements Serializable {
        private Long memberId;
        private Long topicId;

        public Key() {}

        public Key(Long memberId, Long topicId) {
            this.memberId = memberId;
            this.topicId = topicId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(memberId, k.memberId) && Objects.equals(topicId, k.topicId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(memberId, topicId);
        }
    }
}
