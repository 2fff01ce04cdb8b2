package org.ccionetwork.portal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A member asked about a question through {@link WhoCouldAnswer}: counted for the weekly limit. */
@Entity
@Table(name = "expertise_asks")
@IdClass(ExpertiseAsk.Key.class)
public class ExpertiseAsk {

    /** The member and the question. */
    public record Key(Long memberId, Long topicId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Id
    @Column(name = "topic_id")
    private Long topicId;

    @Column(nullable = false)
    private OffsetDateTime asked;

    protected ExpertiseAsk() {}

    ExpertiseAsk(long memberId, long topicId, OffsetDateTime asked) {
        this.memberId = memberId;
        this.topicId = topicId;
        this.asked = asked;
    }
}
