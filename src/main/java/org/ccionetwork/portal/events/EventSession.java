package org.ccionetwork.portal.events;

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

/** One session of an event's programme: when, what, and who speaks. */
@Entity
@Table(name = "event_sessions")
public class EventSession {

    @Id
    @SequenceGenerator(name = "event_sessions_seq", sequenceName = "event_sessions_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_sessions_seq")
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private long eventId;

    @Column(nullable = false)
    private OffsetDateTime starts;

    @Column(nullable = false)
    private OffsetDateTime ends;

    @Column(nullable = false)
    private String title;

    private String speakers;

    protected EventSession() {
        // for JPA
    }

    EventSession(long eventId, Instant starts, Instant ends, String title, String speakers) {
        this.eventId = eventId;
        this.starts = Times.stored(starts);
        this.ends = Times.stored(ends);
        this.title = title.strip();
        this.speakers = speakers == null || speakers.isBlank() ? null : speakers.strip();
    }

    /** The same session moved by the event's move (the programme follows its event). */
    void moveBy(java.time.Duration shift) {
        this.starts = Times.stored(getStarts().plus(shift));
        this.ends = Times.stored(getEnds().plus(shift));
    }

    /** The same session in another event (a duplicate), as long after its start. */
    EventSession copyFor(long otherEventId, java.time.Duration shift) {
        return new EventSession(otherEventId, getStarts().plus(shift), getEnds().plus(shift), title, speakers);
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public Instant getStarts() {
        return starts.toInstant();
    }

    public Instant getEnds() {
        return ends.toInstant();
    }

    public String getTitle() {
        return title;
    }

    public String getSpeakers() {
        return speakers;
    }
}
