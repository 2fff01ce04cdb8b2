package org.ccionetwork.portal.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccionetwork.portal.security.Viewer;
import org.omnifaces.cdi.Param;

/** /events/: upcoming events (by kind and region), the member's registrations, past events. */
@Named
@RequestScoped
public class EventsPage {

    @Inject
    private EventService events;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "kind")
    private String kind;

    @Inject
    @Param(name = "region")
    private String region;

    private List<Event> upcoming;

    public List<Event> getUpcoming() {
        if (upcoming == null) {
            upcoming = events.upcoming(viewer, getKind(), region, 100);
        }
        return upcoming;
    }

    public List<Event> getPast() {
        return events.past(viewer, 20);
    }

    private List<Event> mine;

    public List<Event> getMine() {
        if (mine == null) {
            mine = viewer.isMember() ? events.registeredFor(viewer) : List.of();
        }
        return mine;
    }

    public List<EventKind> getKinds() {
        return List.of(EventKind.values());
    }

    public List<String> getRegions() {
        return events.regions();
    }

    public EventKind getKind() {
        try {
            return kind == null || kind.isBlank() ? null : EventKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public String getRegion() {
        return region;
    }

    public String link(Event event) {
        return Links.event(event.getSlug());
    }
}
