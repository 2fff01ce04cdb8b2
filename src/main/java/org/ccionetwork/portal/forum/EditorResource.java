package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.security.CurrentUser;
import org.ccionetwork.portal.security.Viewer;

/**
 * What the writing form's script asks while a member types: the live preview (the text rendered
 * and sanitized exactly as it will be posted) and members to @mention. Members only, same-origin
 * script only (see {@link DraftsResource}).
 */
@Path("editor")
@RequestScoped
public class EditorResource {

    @Inject
    private Posting posting;

    @Inject
    private MemberService members;

    @Inject
    private CurrentUser currentUser;

    @POST
    @Path("preview")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_HTML)
    public String preview(@HeaderParam(DraftsResource.SAME_ORIGIN_HEADER) String sameOrigin, java.io.InputStream body) {
        var viewer = member(sameOrigin);
        // Read no further than a post may be long.
        return org.ccionetwork.portal.web.BoundedText.read(body, Drafts.MAX_LENGTH)
                .map(source -> posting.preview(viewer, source))
                .orElse("<p>(Too long to preview: a post can be at most 50,000 characters.)</p>");
    }

    @GET
    @Path("mentions")
    @Produces(MediaType.APPLICATION_JSON)
    public String mentions(
            @HeaderParam(DraftsResource.SAME_ORIGIN_HEADER) String sameOrigin, @QueryParam("q") String prefix) {
        member(sameOrigin);
        var list = Json.createArrayBuilder();
        if (prefix != null && prefix.matches("[A-Za-z0-9._ -]{1,40}")) {
            members.suggest(prefix)
                    .forEach(m -> list.add(Json.createObjectBuilder()
                            .add("username", m.getUsername())
                            .add("name", m.getDisplayName())));
        }
        return list.build().toString();
    }

    private Viewer member(String sameOrigin) {
        if (!"1".equals(sameOrigin)) {
            throw new NotFoundException();
        }
        var viewer = currentUser.getViewer();
        if (!viewer.isMember()) {
            throw new NotFoundException();
        }
        return viewer;
    }
}
