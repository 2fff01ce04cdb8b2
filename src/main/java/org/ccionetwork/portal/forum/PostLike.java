package org.ccionetwork.portal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One member's like of one post; the primary key makes a second like impossible. */
@Entity
@Table(name = "forum_likes")
@IdClass(PostLike.Key.class)
public class PostLike {

    @Id
    @Column(name = "post_id")
    private Long postId;

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(nullable = false)
    private OffsetDateTime created;

    protected PostLike() {
        // for JPA
    }

    PostLike(Long postId, Long memberId, Instant now) {
        this.postId = postId;
        this.memberId = memberId;
        this.created = Topic.at(now);
    }

    public Long getPostId() {
        return postId;
    }

    public Long getMemberId() {
        return memberId;
    }

    /** The composite key: post and member. */
    public static class Key implements Serializable {
        private Long postId;
        private Long memberId;

        public Key() {}

        public Key(Long postId, Long memberId) {
            this.postId = postId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(postId, key.postId)
                    && java.util.Objects.equals(memberId, key.memberId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(postId, memberId);
        }
    }
}
