package org.ccionetwork.portal.mentoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.text.Tags;
import org.omnifaces.util.Messages;

/** /mentoring/request.xhtml: a member says what they would like from a mentor. */
@Named
@RequestScoped
public class RequestPage {

    @Inject
    private Mentoring mentoring;

    @Inject
    private Viewer viewer;

    @NotBlank(message = "Say what you would like from a mentor.")
    @Size(min = 20, max = 2000, message = "Between 20 and 2,000 characters: a few sentences are enough.")
    private String wants;

    @Size(max = 300, message = "At most 300 characters in all.")
    @Pattern(
            regexp = "[\\p{L}\\p{N} ,.+#-]*",
            message = "Words separated by spaces or commas, for example: epr-go-live clinical-safety.")
    private String areas;

    @AssertTrue(message = "Tick the box to agree to the introduction by email.")
    private boolean consents;

    private boolean existing;

    public void load() {
        mentoring.openRequest(viewer).ifPresent(request -> {
            existing = true;
            consents = true; // given when it was made, and shown as it stands (withdrawing takes it back)
            wants = request.getWants();
            areas = String.join(" ", request.getAreas());
        });
    }

    public String save() {
        try {
            mentoring.request(viewer, wants, Tags.parse(areas, MentorOffer.MOST_AREAS), consents);
            Messages.addFlashGlobalInfo("Your request is saved: the mentors who could suit you are below.");
            return "/mentoring/index.xhtml?faces-redirect=true";
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        }
    }

    public boolean isExisting() {
        return existing;
    }

    public String getWants() {
        return wants;
    }

    public void setWants(String wants) {
        this.wants = wants;
    }

    public String getAreas() {
        return areas;
    }

    public void setAreas(String areas) {
        this.areas = areas;
    }

    public boolean isConsents() {
        return consents;
    }

    public void setConsents(boolean consents) {
        this.consents = consents;
    }
}
