package org.ccionetwork.portal.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.text.Tags;

/**
 * A member looking for a mentor: what they want from mentoring, in their words, and the areas it
 * is about. It is open until a mentor accepts (matched) or the member withdraws it; a member has
 * at most one open at a time. Made with the member's consent to be introduced by mail to the
 * mentor who accepts.
 */
@Entity
@Table(name = "mentoring_requests")
public class MentoringRequest {

    /** Where a request stands. */
    public enum State {
        OPEN,
        MATCHED,
        WITHDRAWN
    }

    @Id
    @SequenceGenerator(name = "mentoring_seq", sequenceName = "mentoring_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mentoring_seq")
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(nullable = false)
    private String wants;

    @Column(nullable = false)
    private String areas;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(nullable = false)
    private OffsetDateTime consented;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    @Version
    private long version;

    protected MentoringRequest() {
        // for JPA
    }

    MentoringRequest(long memberId, String wants, List<String> areas, Instant now) {
        this.memberId = memberId;
        this.state = State.OPEN;
        this.created = Times.stored(now);
        change(wants, areas, now);
    }

    /** The open request as the member now words it. */
    void change(String wants, List<String> areas, Instant now) {
        requireOpen();
        if (wants == null || wants.isBlank()) {
            throw new NotAllowedException("Say what you would like from a mentor.");
        }
        this.wants = wants.strip();
        this.areas = Tags.stored(areas.stream().limit(MentorOffer.MOST_AREAS).toList());
        this.consented = Times.stored(now);
    }

    void matched() {
        requireOpen();
        this.state = State.MATCHED;
    }

    /** Open again: the mentorship it led to ended before it began (its mentor left the network). */
    void reopen() {
        if (state == State.MATCHED) {
            this.state = State.OPEN;
        }
    }

    void withdraw() {
        requireOpen();
        this.state = State.WITHDRAWN;
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new NotAllowedException("This request is no longer open.");
        }
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getWants() {
        return wants;
    }

    public List<String> getAreas() {
        return Tags.fromStored(areas);
    }

    public State getState() {
        return state;
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public Instant getCreated() {
        return created.toInstant();
    }

    public String getAreasText() {
        return String.join(", ", getAreas());
    }
}
