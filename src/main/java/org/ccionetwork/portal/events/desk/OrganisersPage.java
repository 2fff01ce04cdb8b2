package org.ccionetwork.portal.events.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ccionetwork.portal.events.Event;
import org.ccionetwork.portal.events.EventService;
import org.ccionetwork.portal.events.Organisers;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /events/desk/organisers.xhtml?id=: admins name the members who organise an event, or remove them. */
@Named
@RequestScoped
public class OrganisersPage {

    @Inject
    private EventService events;

    @Inject
    private Organisers organisers;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "id")
    private Long id;

    @NotBlank(message = "Give the member's user name or email address.")
    @Size(max = 254, message = "At most 254 characters.")
    private String who;

    private Event event;
    private List<Member> named;

    public void load() {
        getOrganisers();
    }

    public Event getEvent() {
        if (event == null) {
            viewer.requireAdmin("organisers");
            if (id == null) {
                throw new NotFoundException("event");
            }
            event = events.desk(viewer, id);
        }
        return event;
    }

    public List<Member> getOrganisers() {
        if (named == null) {
            named = organisers.of(viewer, getEvent().getId());
        }
        return named;
    }

    public String name() {
        try {
            var member = organisers.name(viewer, getEvent().getId(), who);
            Messages.addFlashGlobalInfo(
                    member.getDisplayName() + " now organises this event: the events desk shows it to them.");
            return again();
        } catch (NotAllowedException e) {
            Messages.addError("organisers-form:who", e.getMessage());
            return null;
        }
    }

    public String remove(long memberId) {
        organisers.remove(viewer, getEvent().getId(), memberId);
        Messages.addFlashGlobalInfo("Removed: they no longer organise this event.");
        return again();
    }

    private String again() {
        Faces.getFlash().setKeepMessages(true);
        return "/events/desk/organisers.xhtml?faces-redirect=true&id="
                + getEvent().getId();
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }
}
