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
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.shared.NotAllowedException;

/**
 * A mentee's ask to one mentor, and what came of it: asked → accepted (then ended by either) or
 * declined by the mentor, or withdrawn by the mentee while it waits. Each transition is allowed
 * only to its side and only from the state it leaves.
 */
@Entity
@Table(name = "mentorships")
public class Mentorship {

    /** Where a mentorship stands. */
    public enum State {
        ASKED,
        ACCEPTED,
        DECLINED,
        WITHDRAWN,
        ENDED
    }

    @Id
    @SequenceGenerator(name = "mentoring_seq", sequenceName = "mentoring_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mentoring_seq")
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "mentor_id", nullable = false, updatable = false)
    private long mentorId;

    @Column(name = "mentee_id", nullable = false, updatable = false)
    private long menteeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime asked;

    private OffsetDateTime decided;

    private OffsetDateTime ended;

    @Version
    private long version;

    protected Mentorship() {
        // for JPA
    }

    Mentorship(MentoringRequest request, long mentorId, Instant now) {
        if (!request.isOpen()) {
            throw new NotAllowedException("This request is no longer open.");
        }
        if (request.getMemberId() == mentorId) {
            throw new NotAllowedException("You cannot be your own mentor.");
        }
        this.requestId = request.getId();
        this.mentorId = mentorId;
        this.menteeId = request.getMemberId();
        this.state = State.ASKED;
        this.asked = Times.stored(now);
    }

    void accept(long by, Instant now) {
        requireMentor(by);
        require(State.ASKED, "This ask has already been answered or withdrawn.");
        this.state = State.ACCEPTED;
        this.decided = Times.stored(now);
    }

    void decline(long by, Instant now) {
        requireMentor(by);
        require(State.ASKED, "This ask has already been answered or withdrawn.");
        this.state = State.DECLINED;
        this.decided = Times.stored(now);
    }

    void withdraw(long by, Instant now) {
        if (by != menteeId) {
            throw new NotAllowedException("Only the member who asked can withdraw the ask.");
        }
        require(State.ASKED, "This ask has already been answered.");
        this.state = State.WITHDRAWN;
        this.decided = Times.stored(now);
    }

    /** Either side ends a mentorship under way. */
    void end(long by, Instant now) {
        if (by != mentorId && by != menteeId) {
            throw new NotAllowedException("Only the mentor or the mentee can end a mentorship.");
        }
        require(State.ACCEPTED, "Only a mentorship under way can be ended.");
        this.state = State.ENDED;
        this.ended = Times.stored(now);
    }

    private void requireMentor(long by) {
        if (by != mentorId) {
            throw new NotAllowedException("Only the mentor asked can answer.");
        }
    }

    private void require(State from, String otherwise) {
        if (state != from) {
            throw new NotAllowedException(otherwise);
        }
    }

    public Long getId() {
        return id;
    }

    public long getRequestId() {
        return requestId;
    }

    public long getMentorId() {
        return mentorId;
    }

    public long getMenteeId() {
        return menteeId;
    }

    public State getState() {
        return state;
    }

    public Instant getAsked() {
        return asked.toInstant();
    }

    public Instant getDecided() {
        return decided == null ? null : decided.toInstant();
    }
}
