package org.ccionetwork.portal.events.desk;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.ccionetwork.portal.events.Event;
import org.ccionetwork.portal.events.EventKind;
import org.ccionetwork.portal.events.EventProblems;
import org.ccionetwork.portal.events.EventService;
import org.ccionetwork.portal.events.Links;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.text.Formats;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /events/desk/edit.xhtml[?id=]: a new event, or an event's details, on the moderators' desk. */
@Named
@ViewScoped
public class EventEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient EventService events;

    @Inject
    private transient Viewer viewer;

    @Inject
    private transient Clock clock;

    private Long id;
    private long version;
    private boolean loaded;

    @Valid
    private final EventForm form = new EventForm();

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        String given = Faces.getRequestParameter("id");
        if (given != null && given.matches("\\d{1,18}")) {
            var event = events.desk(viewer, Long.parseLong(given));
            id = event.getId();
            version = event.getVersion();
            form.fill(event.details());
        } else {
            events.requireCreator(viewer);
            form.startingFrom(LocalDateTime.ofInstant(clock.instant(), Formats.UK));
        }
    }

    public String save() {
        try {
            var details = form.details(clock.instant());
            Event event = id == null ? events.create(viewer, details) : events.update(viewer, id, details, version);
            Messages.addFlashGlobalInfo(id == null ? "Saved as a draft: publish it from the desk." : "Saved.");
            Faces.getFlash().setKeepMessages(true);
            return "/events/desk/index.xhtml?faces-redirect=true";
        } catch (EventProblems problems) {
            var context = FacesContext.getCurrentInstance();
            problems.byField().forEach((field, message) -> {
                context.addMessage("event-form:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            });
            context.validationFailed();
            return null;
        } catch (OptimisticLockException e) {
            Messages.addGlobalError(
                    "Someone else changed this event since you opened it. Your text is kept below; open the event again to see theirs.");
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public EventForm getForm() {
        return form;
    }

    public List<EventKind> getKinds() {
        return List.of(EventKind.values());
    }

    public String link(Event event) {
        return Links.event(event.getSlug());
    }
}
