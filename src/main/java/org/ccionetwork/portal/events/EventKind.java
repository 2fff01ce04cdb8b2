package org.ccionetwork.portal.events;

/** What sort of event it is. */
public enum EventKind {
    SUMMER_SCHOOL("Summer school"),
    REGIONAL("Regional event"),
    CONFERENCE("Conference"),
    WEBINAR("Webinar");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
