package org.ccionetwork.portal.events;

/** Addresses of events' pages. */
public final class Links {

    private Links() {}

    public static String event(String slug) {
        return "/events/event.xhtml?e=" + slug;
    }

    public static String calendar(String slug) {
        return "/api/events/" + slug + ".ics";
    }
}
