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
 * public event to come, /api/events/mine/{secret}.ics for a member's own places (see {@link CalendarFeeds}).
 */
@Path("events")
public class EventCalendarResource {

    static final String TYPE = "text/calendar;charset=utf-8";

    @Inject
    private EventService events;

    @Inject
    private Registrations registrations;

    /** Asked for the viewer on each request: the resource may outlive it, a Viewer is one request's. */
    @Inject
    private org.ccionetwork.portal.security.CurrentUser currentUser;

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

    @Inject
    private CalendarFeeds feeds;

    /** A member's own feed at its secret address; a revoked or unknown secret is not found. */
    @GET
    @Path("mine/{token}.ics")
    @Produces(TYPE)
    public Response mine(@PathParam("token") String token) {
        long memberId = feeds.member(token)
                .orElseThrow(() -> new org.ccionetwork.portal.shared.NotFoundException("calendar feed"));
        var text = ICalendar.of(feeds.placesOf(memberId), urls.getBase(), clock.instant(), true);
        return Response.ok(text, TYPE)
                .header("Cache-Control", "private, no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    @GET
    @Path("{slug}.ics")
    @Produces(TYPE)
    public Response event(@PathParam("slug") String slug) {
        var viewer = currentUser.getViewer();
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
