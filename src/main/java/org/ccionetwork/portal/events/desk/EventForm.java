package org.ccionetwork.portal.events.desk;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import org.ccionetwork.portal.events.EventDetails;
import org.ccionetwork.portal.events.EventKind;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.text.Formats;

/** What the desk's event form holds, each field with its rule beside it; times are UK wall-clock times. */
public class EventForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Give the event a title.")
    @Size(min = 5, max = 150, message = "A title needs 5 to 150 characters.")
    private String title;

    @NotNull(message = "Choose the kind of event.")
    private EventKind kind;

    @NotNull(message = "Give the start, like 14/07/2027 09:30.")
    private LocalDateTime starts;

    @NotNull(message = "Give the end, like 14/07/2027 17:00.")
    private LocalDateTime ends;

    @Size(max = 300, message = "At most 300 characters.")
    private String venue;

    @Size(max = 1000, message = "At most 1,000 characters.")
    private String onlineUrl;

    @Size(max = 60, message = "At most 60 characters.")
    private String region;

    @Size(max = 20_000, message = "At most 20,000 characters.")
    private String description;

    @NotNull(message = "Give the number of places.")
    @Min(value = 1, message = "At least one place.")
    @Max(value = 5000, message = "At most 5,000 places.")
    private Integer capacity;

    @NotNull(message = "Give when registration opens.")
    private LocalDateTime registrationOpens;

    @NotNull(message = "Give when registration closes.")
    private LocalDateTime registrationCloses;

    private boolean membersOnly;

    @NotNull(message = "Give the CPD hours (0 if none).")
    @DecimalMin(value = "0", message = "CPD hours cannot be negative.")
    @DecimalMax(value = "99.9", message = "At most 99.9 CPD hours.")
    private BigDecimal cpdHours;

    void fill(EventDetails details) {
        title = details.title();
        kind = details.kind();
        starts = uk(details.starts());
        ends = uk(details.ends());
        venue = details.venue();
        onlineUrl = details.onlineUrl();
        region = details.region();
        description = details.description();
        capacity = details.capacity();
        registrationOpens = uk(details.registrationOpens());
        registrationCloses = uk(details.registrationCloses());
        membersOnly = details.visibility() == Visibility.MEMBERS;
        cpdHours = details.cpdHours();
        byApplication = details.byApplication();
    }

    /** A new event's form: registration opens now; the rest is the organiser's. */
    void startingFrom(LocalDateTime now) {
        registrationOpens = now.withSecond(0).withNano(0);
        cpdHours = BigDecimal.ZERO;
        capacity = 60;
    }

    EventDetails details(Instant now) {
        return new EventDetails(
                title,
                kind,
                Formats.ukInstant(starts, now.minusSeconds(366L * 24 * 3600)),
                Formats.ukInstant(ends, now.minusSeconds(366L * 24 * 3600)),
                venue,
                onlineUrl,
                region,
                description,
                capacity,
                Formats.ukInstant(registrationOpens, now.minusSeconds(366L * 24 * 3600)),
                Formats.ukInstant(registrationCloses, now.minusSeconds(366L * 24 * 3600)),
                membersOnly ? Visibility.MEMBERS : Visibility.PUBLIC,
                cpdHours,
                byApplication);
    }

    private boolean byApplication;

    public boolean isByApplication() {
        return byApplication;
    }

    public void setByApplication(boolean byApplication) {
        this.byApplication = byApplication;
    }

    private static LocalDateTime uk(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, Formats.UK);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public LocalDateTime getStarts() {
        return starts;
    }

    public void setStarts(LocalDateTime starts) {
        this.starts = starts;
    }

    public LocalDateTime getEnds() {
        return ends;
    }

    public void setEnds(LocalDateTime ends) {
        this.ends = ends;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDateTime getRegistrationOpens() {
        return registrationOpens;
    }

    public void setRegistrationOpens(LocalDateTime registrationOpens) {
        this.registrationOpens = registrationOpens;
    }

    public LocalDateTime getRegistrationCloses() {
        return registrationCloses;
    }

    public void setRegistrationCloses(LocalDateTime registrationCloses) {
        this.registrationCloses = registrationCloses;
    }

    public boolean isMembersOnly() {
        return membersOnly;
    }

    public void setMembersOnly(boolean membersOnly) {
        this.membersOnly = membersOnly;
    }

    public BigDecimal getCpdHours() {
        return cpdHours;
    }

    public void setCpdHours(BigDecimal cpdHours) {
        this.cpdHours = cpdHours;
    }
}
