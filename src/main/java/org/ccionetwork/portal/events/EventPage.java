package org.ccionetwork.portal.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /events/event.xhtml?e=slug: one event, and registering for it. */
@Named
@RequestScoped
public class EventPage {

    @Inject
    private EventService events;

    @Inject
    private Registrations registrations;

    @Inject
    private Viewer viewer;

    @Inject
    private Clock clock;

    @Inject
    @Param(name = "e")
    private String slug;

    @Size(max = 500, message = "At most 500 characters.")
    private String needs;

    @jakarta.validation.constraints.NotBlank(
            message = "Say why you would like a place: the organisers decide from this.")
    @Size(max = Applications.MOST_STATEMENT, message = "At most " + Applications.MOST_STATEMENT + " characters.")
    private String statement;

    @Inject
    private Applications applications;

    private Event event;
    private String standing;

    public void load() {
        getEvent();
    }

    public Event getEvent() {
        if (event == null) {
            event = events.event(viewer, slug);
        }
        return event;
    }

    /** Where the viewer stands: registered, waiting, or nothing yet. */
    public String getStanding() {
        if (standing == null) {
            standing = viewer.isMember()
                    ? registrations
                            .standing(getEvent().getId(), viewer.memberId())
                            .map(Enum::name)
                            .orElse("")
                    : "";
        }
        return standing;
    }

    public int getWaitingPosition() {
        return "WAITING".equals(getStanding())
                ? registrations.positionOnWaitingList(getEvent().getId(), viewer.memberId())
                : 0;
    }

    /** Why registering is not possible now, or null when it is. */
    public String getRefusal() {
        return getEvent().refusalToRegister(clock.instant()).orElse(null);
    }

    public boolean isPast() {
        return getEvent().isPast(clock.instant());
    }

    /** The online joining link, to registered members only. */
    public String getJoiningLink() {
        return "REGISTERED".equals(getStanding()) ? getEvent().getOnlineUrl() : null;
    }

    public String register() {
        try {
            var standing = registrations.register(viewer, getEvent().getId(), needs);
            Messages.addFlashGlobalInfo(
                    standing == Registrations.Standing.REGISTERED
                            ? "You have a place. It is in your registrations on the events page."
                            : "The event is full: you are on the waiting list, and will be told if a place frees up.");
        } catch (NotAllowedException e) {
            Messages.addFlashGlobalError(e.getMessage());
        }
        return again();
    }

    /** Applies for a place at an event that awards them. */
    public String apply() {
        try {
            applications.apply(viewer, getEvent().getId(), statement, needs);
            Messages.addFlashGlobalInfo("Your application is with the organisers. You will hear from them by mail.");
        } catch (NotAllowedException e) {
            Messages.addFlashGlobalError(e.getMessage());
        }
        return again();
    }

    @Inject
    private Programme programme;

    private java.util.List<EventSession> sessions;

    /** The event's sessions, in order; empty when it has no programme. */
    public java.util.List<EventSession> getProgramme() {
        if (sessions == null) {
            sessions = programme.of(viewer, getEvent());
        }
        return sessions;
    }

    @Inject
    private EventSlides slides;

    @Inject
    private Organisers organisers;

    private java.util.List<org.ccionetwork.portal.library.Item> shared;

    /** Slides and papers shared for the event that the viewer may see. */
    public java.util.List<org.ccionetwork.portal.library.Item> getSlides() {
        if (shared == null) {
            shared = slides.of(viewer, getEvent());
        }
        return shared;
    }

    /** The share form for the event's slides, to its organisers and moderators; null to anyone else. */
    public String getShareSlidesLink() {
        return organisers.runs(viewer, getEvent().getId())
                ? EventSlides.shareLink(getEvent().getId())
                : null;
    }

    private Integer replies;

    public int getReplies() {
        if (replies == null) {
            replies = events.discussionReplies(getEvent());
        }
        return replies;
    }

    /** Opens the event's discussion, starting it on the first click. */
    public String discuss() {
        try {
            long topicId = events.discuss(viewer, getEvent().getId());
            Faces.redirect(org.ccionetwork.portal.forum.Discussions.link(topicId));
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
        }
        return null;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String cancelRegistration() {
        try {
            registrations.cancel(viewer, getEvent().getId());
            Messages.addFlashGlobalInfo("Your registration is cancelled.");
        } catch (NotAllowedException e) {
            Messages.addFlashGlobalError(e.getMessage());
        }
        return again();
    }

    private String again() {
        Faces.getFlash().setKeepMessages(true);
        return "/events/event.xhtml?faces-redirect=true&e=" + getEvent().getSlug();
    }

    public String getCalendarLink() {
        return Links.calendar(getEvent().getSlug());
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }
}
