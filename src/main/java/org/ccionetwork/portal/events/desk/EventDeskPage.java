package org.ccionetwork.portal.events.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccionetwork.portal.events.Event;
import org.ccionetwork.portal.events.EventService;
import org.ccionetwork.portal.security.Viewer;
import org.omnifaces.util.Messages;

/** /events/desk/: every event for moderators, with publishing and cancelling. */
@Named
@RequestScoped
public class EventDeskPage {

    @Inject
    private EventService events;

    @Inject
    private Viewer viewer;

    private List<Event> all;

    public List<Event> getEvents() {
        if (all == null) {
            all = events.all(viewer);
        }
        return all;
    }

    public String publish(long id) {
        events.publish(viewer, id);
        Messages.addFlashGlobalInfo("Published: members can see it and register.");
        return "/events/desk/index.xhtml?faces-redirect=true";
    }

    public String duplicate(long id) {
        var copy = events.duplicate(viewer, id);
        Messages.addFlashGlobalInfo("A copy, as a draft: change what differs and save.");
        return "/events/desk/edit.xhtml?faces-redirect=true&id=" + copy.getId();
    }

    public String cancel(long id) {
        events.cancel(viewer, id);
        Messages.addFlashGlobalInfo("Cancelled: the event page says so.");
        return "/events/desk/index.xhtml?faces-redirect=true";
    }
}
