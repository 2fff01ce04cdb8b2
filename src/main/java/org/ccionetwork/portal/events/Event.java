package org.ccionetwork.portal.events;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.shared.Visibility;

/**
 * An event: a draft until published, then open for registration between its opening and closing
 * times while it has not been cancelled. Its places taken are changed only by {@link Registrations}'
 * atomic statements; this entity never writes them.
 */
@Entity
@Table(name = "events")
public class Event {

    /** Where an event is in its life. */
    public enum Status {
        DRAFT,
        PUBLISHED,
        CANCELLED
    }

    @Id
    @SequenceGenerator(name = "events_seq", sequenceName = "events_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "events_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventKind kind;

    @Column(nullable = false)
    private OffsetDateTime starts;

    @Column(nullable = false)
    private OffsetDateTime ends;

    private String venue;

    @Column(name = "online_url")
    private String onlineUrl;

    private String region;

    @Column(name = "description_source", nullable = false)
    private String descriptionSource;

    @Column(name = "description_html", nullable = false)
    private String descriptionHtml;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "places_taken", nullable = false, insertable = true, updatable = false)
    private int placesTaken;

    @Column(name = "registration_opens", nullable = false)
    private OffsetDateTime registrationOpens;

    @Column(name = "registration_closes", nullable = false)
    private OffsetDateTime registrationCloses;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "cpd_hours", nullable = false)
    private BigDecimal cpdHours;

    @Column(name = "by_application", nullable = false)
    private boolean byApplication;

    /** The forum topic where members discuss the event, once someone has started it. */
    @Column(name = "topic_id")
    private Long topicId;

    public Long getTopicId() {
        return topicId;
    }

    void linkTopic(long topicId) {
        this.topicId = topicId;
    }

    /** Bumped at each change readers see, for calendar programs (iCalendar's SEQUENCE). */
    @Column(name = "sequence_number", nullable = false)
    private int sequenceNumber;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    @Column(nullable = false)
    private OffsetDateTime updated;

    @Version
    private long version;

    protected Event() {
        // for JPA
    }

    Event(String slug, EventDetails details, String descriptionHtml, Instant now) {
        this.slug = slug;
        this.status = Status.DRAFT;
        this.created = Times.stored(now);
        change(details, descriptionHtml, now);
        this.sequenceNumber = 0;
    }

    /**
     * What is wrong with a programme session's times, field to message ("session-starts",
     * "session-ends"); empty when the session lies within the event and ends after it starts.
     */
    public java.util.Map<String, String> sessionProblems(Instant sessionStarts, Instant sessionEnds) {
        var problems = new java.util.LinkedHashMap<String, String>();
        if (sessionStarts.isBefore(getStarts()) || !sessionStarts.isBefore(getEnds())) {
            problems.put("session-starts", "A session starts within the event's times.");
        }
        if (!sessionEnds.isAfter(sessionStarts)) {
            problems.put("session-ends", "A session ends after it starts.");
        } else if (sessionEnds.isAfter(getEnds())) {
            problems.put("session-ends", "A session ends by the time the event ends.");
        }
        return problems;
    }

    /** Whether the details change when or where the event is: what registrants are told of. */
    boolean isMovedBy(EventDetails details) {
        return !getStarts().equals(details.starts())
                || !getEnds().equals(details.ends())
                || !java.util.Objects.equals(venue, blankToNull(details.venue()))
                || !java.util.Objects.equals(onlineUrl, blankToNull(details.onlineUrl()));
    }

    void change(EventDetails details, String html, Instant now) {
        this.title = details.title().strip();
        this.kind = details.kind();
        this.starts = Times.stored(details.starts());
        this.ends = Times.stored(details.ends());
        this.venue = blankToNull(details.venue());
        this.onlineUrl = blankToNull(details.onlineUrl());
        this.region = blankToNull(details.region());
        this.descriptionSource = details.description() == null ? "" : details.description();
        this.descriptionHtml = html;
        this.capacity = details.capacity();
        this.registrationOpens = Times.stored(details.registrationOpens());
        this.registrationCloses = Times.stored(details.registrationCloses());
        this.visibility = details.visibility();
        this.cpdHours = details.cpdHours();
        this.byApplication = details.byApplication();
        this.updated = Times.stored(now);
        this.sequenceNumber++;
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.EVENTS, id);
    }

    void publish(Instant now) {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("Only a draft can be published.");
        }
        status = Status.PUBLISHED;
        updated = Times.stored(now);
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.EVENTS, id);
        sequenceNumber++;
    }

    void cancel(Instant now) {
        if (status != Status.PUBLISHED) {
            throw new IllegalStateException("Only a published event can be cancelled.");
        }
        status = Status.CANCELLED;
        updated = Times.stored(now);
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.EVENTS, id);
        sequenceNumber++;
    }

    /** Why a member may not register now, or empty when they may. */
    public Optional<String> refusalToRegister(Instant now) {
        if (status == Status.CANCELLED) {
            return Optional.of("This event has been cancelled.");
        }
        if (status != Status.PUBLISHED) {
            return Optional.of("This event is not open yet.");
        }
        if (now.isBefore(getRegistrationOpens())) {
            return Optional.of("Registration opens "
                    + new org.ccionetwork.portal.text.Formats().when(getRegistrationOpens()) + ".");
        }
        if (!now.isBefore(getRegistrationCloses())) {
            return Optional.of("Registration has closed.");
        }
        return Optional.empty();
    }

    public boolean isPast(Instant now) {
        return !getEnds().isAfter(now);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The details as they are, for the desk's form. */
    public EventDetails details() {
        return new EventDetails(
                title,
                kind,
                getStarts(),
                getEnds(),
                venue,
                onlineUrl,
                region,
                descriptionSource,
                capacity,
                getRegistrationOpens(),
                getRegistrationCloses(),
                visibility,
                cpdHours,
                byApplication);
    }

    /** Whether places are awarded by the organisers to those who apply, rather than taken first come. */
    public boolean isByApplication() {
        return byApplication;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public EventKind getKind() {
        return kind;
    }

    public Instant getStarts() {
        return starts.toInstant();
    }

    public Instant getEnds() {
        return ends.toInstant();
    }

    public String getVenue() {
        return venue;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public String getRegion() {
        return region;
    }

    public String getDescriptionSource() {
        return descriptionSource;
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getPlacesTaken() {
        return placesTaken;
    }

    public int getPlacesLeft() {
        return Math.max(0, capacity - placesTaken);
    }

    public Instant getRegistrationOpens() {
        return registrationOpens.toInstant();
    }

    public Instant getRegistrationCloses() {
        return registrationCloses.toInstant();
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public boolean isMembersOnly() {
        return visibility == Visibility.MEMBERS;
    }

    public Status getStatus() {
        return status;
    }

    public BigDecimal getCpdHours() {
        return cpdHours;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public Instant getUpdated() {
        return updated.toInstant();
    }

    public long getVersion() {
        return version;
    }
}
