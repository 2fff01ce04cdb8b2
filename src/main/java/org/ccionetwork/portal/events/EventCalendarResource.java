package org.ccionetwork.portal.events;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.web.PublicUrls;

/**
 * Events for calendar programs: /api/events/{slug}.ics for one event (as its page is seen: a draft
 * or members-only event is not found to those who may not see it), /api/events/public.ics for every
 * public event to come.
 */
@Path("events")
public class EventCalendarResource {

    static final String TYPE = "text/calendar;charset=utf-8";

    @Inject
    private EventService events;

    @Inject
    private Registrations registrations;

    @Inject
    private Viewer viewer;

    @Inject
    private PublicUrls urls;

    @Inject
    private Clock clock;

    @GET
    @Path("public.ics")
    @Produces(TYPE)
    public Response publicEvents() {
        var text = ICalendar.of(
                events.upcoming(Viewer.ANONYMOUS, null, null, 200), urls.getBase(), clock.instant(), false);
        return Response.ok(text, TYPE).build();
    }

    @GET
    @Path("{slug}.ics")
    @Produces(TYPE)
    public Response event(@PathParam("slug") String slug) {
        var event = events.event(viewer, slug);
        boolean registered = viewer.isSignedIn()
                && registrations.standing(event.getId(), viewer.memberId()).orElse(null)
                        == Registrations.Standing.REGISTERED;
        var text = ICalendar.of(List.of(event), urls.getBase(), clock.instant(), registered);
        return Response.ok(text, TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".ics\"")
                .build();
    }
}
