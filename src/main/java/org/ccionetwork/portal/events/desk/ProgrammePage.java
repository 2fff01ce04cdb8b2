package org.ccionetwork.portal.events.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.ccionetwork.portal.events.Event;
import org.ccionetwork.portal.events.EventProblems;
import org.ccionetwork.portal.events.EventService;
import org.ccionetwork.portal.events.EventSession;
import org.ccionetwork.portal.events.Programme;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotFoundException;
import org.ccionetwork.portal.text.Formats;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /events/desk/programme.xhtml?id=: the event's sessions, added and removed by its organisers. */
@Named
@RequestScoped
public class ProgrammePage {

    @Inject
    private EventService events;

    @Inject
    private Programme programme;

    @Inject
    private Viewer viewer;

    @Inject
    private Clock clock;

    @Inject
    @Param(name = "id")
    private Long id;

    @NotNull(message = "Give the time the session starts.")
    private LocalDateTime starts;

    @NotNull(message = "Give the time the session ends.")
    private LocalDateTime ends;

    @NotBlank(message = "Give the session a title.")
    @Size(max = 200, message = "At most 200 characters.")
    private String title;

    @Size(max = 300, message = "At most 300 characters.")
    private String speakers;

    private Event event;
    private List<EventSession> sessions;

    public void load() {
        getSessions();
        if (starts == null && ends == null && !Faces.isPostback()) {
            // A new session's times start on the event's day.
            starts = LocalDateTime.ofInstant(getEvent().getStarts(), Formats.UK);
        }
    }

    public Event getEvent() {
        if (event == null) {
            if (id == null) {
                throw new NotFoundException("event");
            }
            event = events.desk(viewer, id);
        }
        return event;
    }

    public List<EventSession> getSessions() {
        if (sessions == null) {
            sessions = programme.forDesk(viewer, getEvent().getId());
        }
        return sessions;
    }

    public String add() {
        var after = clock.instant().minusSeconds(3L * 366 * 24 * 3600);
        try {
            programme.add(
                    viewer,
                    getEvent().getId(),
                    Formats.ukInstant(starts, after),
                    Formats.ukInstant(ends, after),
                    title,
                    speakers);
        } catch (EventProblems problems) {
            var context = FacesContext.getCurrentInstance();
            problems.byField()
                    .forEach((field, message) -> context.addMessage(
                            "programme-form:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null)));
            context.validationFailed();
            return null;
        }
        Messages.addFlashGlobalInfo("Session added to the programme.");
        return again();
    }

    public String remove(long sessionId) {
        programme.remove(viewer, getEvent().getId(), sessionId);
        Messages.addFlashGlobalInfo("Session removed.");
        return again();
    }

    private String again() {
        Faces.getFlash().setKeepMessages(true);
        return "/events/desk/programme.xhtml?faces-redirect=true&id="
                + getEvent().getId();
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSpeakers() {
        return speakers;
    }

    public void setSpeakers(String speakers) {
        this.speakers = speakers;
    }
}
