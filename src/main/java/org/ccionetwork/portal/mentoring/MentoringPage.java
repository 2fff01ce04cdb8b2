package org.ccionetwork.portal.mentoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Consumer;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /mentoring/: the member's part in the scheme. Their offer and request, the mentors proposed for
 * their request, asks waiting for their answer, and their mentors and mentees.
 */
@Named
@RequestScoped
public class MentoringPage {

    @Inject
    private Mentoring mentoring;

    @Inject
    private Mentorships mentorships;

    @Inject
    private Viewer viewer;

    private java.util.Optional<MentorOffer> offer;
    private java.util.Optional<MentoringRequest> request;
    private List<Mentoring.Proposal> proposals;
    private Mentorships.Mine mine;

    public String ask(long mentorId) {
        return act(v -> mentorships.ask(v, mentorId), "Asked: they are told by email, and you will hear their answer.");
    }

    public String accept(long mentorshipId) {
        return act(
                v -> mentorships.accept(v, mentorshipId),
                "Accepted: you are both introduced by email. Thank you for mentoring.");
    }

    public String decline(long mentorshipId) {
        return act(v -> mentorships.decline(v, mentorshipId), "Declined: they are told, kindly, by email.");
    }

    public String withdraw(long mentorshipId) {
        return act(v -> mentorships.withdraw(v, mentorshipId), "Your ask is withdrawn.");
    }

    public String end(long mentorshipId) {
        return act(v -> mentorships.end(v, mentorshipId), "The mentorship has ended; the other side is told.");
    }

    public String withdrawRequest() {
        return act(mentorships::withdrawRequest, "You are no longer looking for a mentor.");
    }

    public String withdrawOffer() {
        return act(mentoring::withdrawOffer, "Your offer is withdrawn: nobody new will be proposed to you.");
    }

    private String act(Consumer<Viewer> action, String done) {
        try {
            action.accept(viewer);
            Messages.addFlashGlobalInfo(done);
        } catch (NotAllowedException e) {
            Messages.addFlashGlobalError(e.getMessage());
        }
        Faces.getFlash().setKeepMessages(true);
        return "/mentoring/index.xhtml?faces-redirect=true";
    }

    // Read when the page first asks (a postback's buttons need the rows they were rendered in).

    public MentorOffer getOffer() {
        if (offer == null) {
            offer = mentoring.offer(viewer);
        }
        return offer.orElse(null);
    }

    public MentoringRequest getRequest() {
        if (request == null) {
            request = mentoring.openRequest(viewer);
        }
        return request.orElse(null);
    }

    public List<Mentoring.Proposal> getProposals() {
        if (proposals == null) {
            proposals = mentoring.proposals(viewer);
        }
        return proposals;
    }

    public Mentorships.Mine getMine() {
        if (mine == null) {
            mine = mentorships.mine(viewer);
        }
        return mine;
    }
}
