package org.ccionetwork.portal.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.ccionetwork.portal.security.CurrentUser;

/**
 * Suggestions under the header's search box while typing (three letters or more): the best few
 * things the viewer may find, the last word taken as unfinished. Asked by the box's script only
 * (the same-origin header the portal's scripts send); a visitor gets public things only.
 */
@Path("search")
@RequestScoped
public class SearchResource {

    static final int MOST = 6;

    @Inject
    private Search search;

    @Inject
    private CurrentUser currentUser;

    @GET
    @Path("suggest")
    @Produces(MediaType.APPLICATION_JSON)
    public String suggest(@HeaderParam("X-Portal-Request") String sameOrigin, @QueryParam("q") String typed) {
        if (!"1".equals(sameOrigin)) {
            throw new NotFoundException();
        }
        var list = Json.createArrayBuilder();
        search.suggest(currentUser.getViewer(), typed, MOST)
                .forEach(hit -> list.add(Json.createObjectBuilder()
                        .add("title", hit.title())
                        .add("kind", hit.kind().label())
                        .add("link", hit.link())));
        return list.build().toString();
    }
}
