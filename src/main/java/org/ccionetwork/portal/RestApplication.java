package org.ccionetwork.portal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The portal's small REST API under /api: drafts, the editor's preview and mentions, the news
 * feeds, events' calendars, the tests' clock. The classes are listed rather than scanned: the admin client's RESTEasy
 * in WEB-INF/lib carries providers of its own that must not become part of this API.
 */
@ApplicationPath("api")
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                org.ccionetwork.portal.web.NotFoundMapper.class,
                org.ccionetwork.portal.clock.ClockResource.class,
                org.ccionetwork.portal.forum.DraftsResource.class,
                org.ccionetwork.portal.forum.EditorResource.class,
                org.ccionetwork.portal.news.NewsFeedResource.class,
                org.ccionetwork.portal.events.EventCalendarResource.class,
                org.ccionetwork.portal.search.SearchResource.class);
    }

    /**
     * No generated description of the API (application.wadl) for strangers to read. A refusal is
     * its status alone, set rather than sent as an error: the API's callers are the pages' scripts,
     * which read the status, and the container's error page (HTML for a script) would otherwise
     * be rendered, and fail with a stack trace in the log when the browser has left the page.
     */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of(
                "jersey.config.server.wadl.disableWadl", true,
                "jersey.config.server.response.setStatusOverSendError", true);
    }
}
