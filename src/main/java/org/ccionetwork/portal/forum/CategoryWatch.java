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

/** A member watches a category: they hear of its new topics. */
@Entity
@Table(name = "forum_category_watches")
@IdClass(CategoryWatch.Key.class)
public class CategoryWatch {

    @Id
    @Column(name = "category_id")
    private Long categoryId;

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(nullable = false)
    private OffsetDateTime created;

    protected CategoryWatch() {
        // for JPA
    }

    CategoryWatch(Long categoryId, Long memberId, Instant now) {
        this.categoryId = categoryId;
        this.memberId = memberId;
        this.created = Topic.at(now);
    }

    /** The composite key: category and member. */
    public static class Key implements Serializable {
        private Long categoryId;
        private Long memberId;

        public Key() {}

        public Key(Long categoryId, Long memberId) {
            this.categoryId = categoryId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k
                    && Objects.equals(categoryId, k.categoryId)
                    && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(categoryId, memberId);
        }
    }
}
