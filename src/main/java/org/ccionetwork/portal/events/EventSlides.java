package org.ccionetwork.portal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ccionetwork.portal.library.Item;
import org.ccionetwork.portal.library.SharedFor;
import org.ccionetwork.portal.library.SharedItems;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotFoundException;

/**
 * An event's slides and papers: shared by its organisers in the library (in the event-slides
 * collection, through the share form opened from the event's page), listed on the event's page,
 * and linking back to the event from the library.
 */
@ApplicationScoped
public class EventSlides implements SharedFor {

    /** The library collection slides go to by default. */
    public static final String COLLECTION = "event-slides";

    @Inject
    private EventService events;

    @Inject
    private SharedItems library;

    static String key(long eventId) {
        return "event-" + eventId;
    }

    /** The share form, opened for this event's slides. */
    public static String shareLink(long eventId) {
        return "/library/share.xhtml?c=" + COLLECTION + "&for=" + key(eventId);
    }

    /** The slides and papers shared for the event that the viewer may see. */
    public List<Item> of(Viewer viewer, Event event) {
        return library.sharedFor(viewer, key(event.getId()));
    }

    @Override
    public boolean accepts(String key, Viewer viewer) {
        return eventId(key)
                .map(id -> {
                    try {
                        events.desk(viewer, id);
                        return true;
                    } catch (NotFoundException e) {
                        return false;
                    }
                })
                .orElse(false);
    }

    @Override
    public Optional<Backlink> backlink(String key, Viewer viewer) {
        return eventId(key).flatMap(id -> {
            try {
                var event = events.readable(viewer, id);
                return Optional.of(new Backlink("the event “" + event.getTitle() + "”", Links.event(event.getSlug())));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<Long> eventId(String key) {
        return key != null && key.matches("event-\\d{1,18}")
                ? Optional.of(Long.parseLong(key.substring("event-".length())))
                : Optional.empty();
    }
}
