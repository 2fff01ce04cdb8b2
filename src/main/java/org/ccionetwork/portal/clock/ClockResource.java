package org.ccionetwork.portal.clock;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import org.ccionetwork.portal.shared.NotFoundException;

/**
 * GET /api/testing/clock: the portal's time; POST with advance=seconds: moves it forward. It exists only
 * when the portal runs with {@code portal.testing.movable-clock=true}, as the tests start it;
 * anywhere else it answers 404.
 */
@Path("testing/clock")
public class ClockResource {

    @Inject
    private Clocks clocks;

    @Inject
    private Clock clock;

    @GET
    public Response now() {
        if (!clocks.isMovable()) {
            throw new NotFoundException("clock");
        }
        return Response.ok(clock.instant().toString()).build();
    }

    @POST
    public Response advance(@FormParam("advance") long seconds) {
        if (!clocks.isMovable() || seconds <= 0) {
            throw new NotFoundException("clock");
        }
        clocks.advance(Duration.ofSeconds(seconds));
        return Response.ok(clock.instant().toString()).build();
    }
}
