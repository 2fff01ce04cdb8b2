package org.ccionetwork.portal.events.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccionetwork.portal.events.Applications;
import org.ccionetwork.portal.events.Attendance;
import org.ccionetwork.portal.events.Event;
import org.ccionetwork.portal.events.EventService;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /events/desk/attendees.xhtml?id=: who is coming, their needs, the CSV, and check-in on the day (from a phone). */
@Named
@RequestScoped
public class AttendeesPage {

    @Inject
    private EventService events;

    @Inject
    private Attendance attendance;

    @Inject
    private Applications applications;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "id")
    private Long id;

    private Event event;
    private List<Attendance.Attendee> attendees;

    public void load() {
        getEvent();
    }

    public Event getEvent() {
        if (event == null) {
            if (id == null) {
                throw new org.ccionetwork.portal.shared.NotFoundException("event");
            }
            event = events.desk(viewer, id);
        }
        return event;
    }

    public List<Attendance.Attendee> getAttendees() {
        if (attendees == null) {
            attendees = attendance.attendees(viewer, getEvent().getId());
        }
        return attendees;
    }

    /** The organisers' decision on an application: AWARD, RESERVE or DECLINE. */
    public String decide(long memberId, String decision) {
        try {
            var chosen = Applications.Decision.valueOf(decision);
            applications.decide(viewer, getEvent().getId(), memberId, chosen);
            Messages.addFlashGlobalInfo(
                    switch (chosen) {
                        case AWARD -> "Place awarded: they are told by mail.";
                        case RESERVE -> "Kept in reserve: they are told by mail.";
                        case DECLINE -> "Declined: they are told by mail.";
                    });
        } catch (NotAllowedException e) {
            Messages.addFlashGlobalError(e.getMessage());
        }
        Faces.getFlash().setKeepMessages(true);
        return "/events/desk/attendees.xhtml?faces-redirect=true&id="
                + getEvent().getId();
    }

    public String checkIn(long memberId) {
        try {
            attendance.checkIn(viewer, getEvent().getId(), memberId);
            Messages.addFlashGlobalInfo("Checked in: their CPD record has the event.");
        } catch (NotAllowedException e) {
            Messages.addFlashGlobalError(e.getMessage());
        }
        Faces.getFlash().setKeepMessages(true);
        return "/events/desk/attendees.xhtml?faces-redirect=true&id="
                + getEvent().getId();
    }
}
