package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ccionetwork.portal.security.CurrentUser;
import org.ccionetwork.portal.shared.NotAllowedException;

/**
 * /api/drafts/{kind}/{id} (reply/{topic id} or topic/{category slug}; no colon in URLs, which
 * the server's security layer refuses): the page's script saves what is being written every few seconds and fetches
 * it back when the member returns. Only same-origin script can call it: it requires a header a
 * cross-site form cannot send, and the session cookie is SameSite=Lax.
 */
@Path("drafts/{kind}/{id}")
@RequestScoped
public class DraftsResource {

    static final String SAME_ORIGIN_HEADER = "X-Portal-Request";

    @Inject
    private Drafts drafts;

    @Inject
    private CurrentUser currentUser;

    @Context
    private HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Response get(
            @PathParam("kind") String kind,
            @PathParam("id") String id,
            @HeaderParam(SAME_ORIGIN_HEADER) String sameOrigin) {
        requireSameOrigin(sameOrigin);
        return drafts.find(viewer(), kind + ":" + id)
                .map(body -> Response.ok(body))
                .orElse(Response.noContent())
                .build();
    }

    @PUT
    @Consumes(MediaType.TEXT_PLAIN)
    public Response save(
            @PathParam("kind") String kind,
            @PathParam("id") String id,
            @HeaderParam(SAME_ORIGIN_HEADER) String sameOrigin,
            java.io.InputStream stream) {
        requireSameOrigin(sameOrigin);
        var viewer = viewer();
        // Read no further than a draft may be long: one character more is refused unread.
        var body = org.ccionetwork.portal.web.BoundedText.read(stream, Drafts.MAX_LENGTH);
        if (body.isEmpty()) {
            return tooLong("A draft can be at most 50,000 characters.");
        }
        try {
            drafts.save(viewer, kind + ":" + id, body.get());
            return Response.noContent().build();
        } catch (NotAllowedException e) {
            return tooLong(e.getMessage());
        }
    }

    private static Response tooLong(String message) {
        return Response.status(413).entity(message).type(MediaType.TEXT_PLAIN).build();
    }

    @DELETE
    public Response discard(
            @PathParam("kind") String kind,
            @PathParam("id") String id,
            @HeaderParam(SAME_ORIGIN_HEADER) String sameOrigin) {
        requireSameOrigin(sameOrigin);
        drafts.discard(viewer(), kind + ":" + id);
        return Response.noContent().build();
    }

    private org.ccionetwork.portal.security.Viewer viewer() {
        try {
            return currentUser.getViewer();
        } catch (RuntimeException e) {
            throw new NotFoundException();
        }
    }

    private static void requireSameOrigin(String header) {
        if (!"1".equals(header)) {
            throw new NotFoundException();
        }
    }
}
