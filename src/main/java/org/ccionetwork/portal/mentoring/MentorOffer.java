package org.ccionetwork.portal.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.text.Tags;

/**
 * A member's offer to mentor: the areas they can help with, a few words about how, and how many
 * mentees they can take at once. One per member; withdrawing it keeps the row (their mentorships
 * go on) but nobody new is proposed to them. Made with the member's consent to be introduced by
 * mail to a mentee they accept.
 */
@Entity
@Table(name = "mentor_offers")
public class MentorOffer {

    public static final int MOST_PLACES = 5;
    public static final int MOST_AREAS = 12;

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(nullable = false)
    private String areas;

    @Column(nullable = false)
    private String about;

    @Column(nullable = false)
    private int places;

    @Column(nullable = false)
    private boolean accepting;

    @Column(nullable = false)
    private OffsetDateTime consented;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    @Version
    private long version;

    protected MentorOffer() {
        // for JPA
    }

    MentorOffer(long memberId, List<String> areas, String about, int places, Instant now) {
        this.memberId = memberId;
        this.created = Times.stored(now);
        change(areas, about, places, now);
    }

    /** The offer as the member now words it; it is open again if it had been withdrawn. */
    void change(List<String> areas, String about, int places, Instant now) {
        if (areas.isEmpty()) {
            throw new NotAllowedException("Name at least one area you can help with.");
        }
        if (places < 1 || places > MOST_PLACES) {
            throw new NotAllowedException("Offer between 1 and " + MOST_PLACES + " places.");
        }
        this.areas = Tags.stored(areas.stream().limit(MOST_AREAS).toList());
        this.about = about == null ? "" : about.strip();
        this.places = places;
        this.accepting = true;
        this.consented = Times.stored(now);
    }

    void withdraw() {
        this.accepting = false;
    }

    /** Whether a new mentee may still be proposed, with so many mentorships under way or asked for. */
    boolean hasRoomFor(long taken) {
        return accepting && taken < places;
    }

    public long getMemberId() {
        return memberId;
    }

    public List<String> getAreas() {
        return Tags.fromStored(areas);
    }

    public String getAbout() {
        return about;
    }

    public int getPlaces() {
        return places;
    }

    public boolean isAccepting() {
        return accepting;
    }

    public String getAreasText() {
        return String.join(", ", getAreas());
    }

    public String getPlacesText() {
        return places == 1 ? "one place" : places + " places";
    }
}
