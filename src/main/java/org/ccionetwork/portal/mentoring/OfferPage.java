package org.ccionetwork.portal.mentoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.text.Tags;
import org.omnifaces.util.Messages;

/** /mentoring/offer.xhtml: a member offers to mentor, or changes their offer. */
@Named
@RequestScoped
public class OfferPage {

    @Inject
    private Mentoring mentoring;

    @Inject
    private Viewer viewer;

    @NotBlank(message = "Name at least one area you can help with.")
    @Size(max = 300, message = "At most 300 characters in all.")
    @Pattern(
            regexp = "[\\p{L}\\p{N} ,.+#-]*",
            message = "Words separated by spaces or commas, for example: epr-go-live clinical-safety.")
    private String areas;

    @Size(max = 2000, message = "At most 2,000 characters.")
    private String about;

    @NotNull(message = "Choose how many mentees you can take.")
    @Min(value = 1, message = "At least one.")
    @Max(value = MentorOffer.MOST_PLACES, message = "At most " + MentorOffer.MOST_PLACES + ".")
    private Integer places;

    @AssertTrue(message = "Tick the box to agree to the introduction by email.")
    private boolean consents;

    private boolean existing;

    public void load() {
        mentoring.offer(viewer).ifPresent(offer -> {
            existing = true;
            consents = true; // given when it was made, and shown as it stands (withdrawing takes it back)
            areas = String.join(" ", offer.getAreas());
            about = offer.getAbout();
            places = offer.getPlaces();
        });
    }

    public String save() {
        try {
            mentoring.offer(viewer, Tags.parse(areas, MentorOffer.MOST_AREAS), about, places, consents);
            Messages.addFlashGlobalInfo("Thank you: members looking for a mentor in these areas may now ask you.");
            return "/mentoring/index.xhtml?faces-redirect=true";
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        }
    }

    public boolean isExisting() {
        return existing;
    }

    public String getAreas() {
        return areas;
    }

    public void setAreas(String areas) {
        this.areas = areas;
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public boolean isConsents() {
        return consents;
    }

    public void setConsents(boolean consents) {
        this.consents = consents;
    }
}
