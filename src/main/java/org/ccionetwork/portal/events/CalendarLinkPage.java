package org.ccionetwork.portal.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.web.PublicUrls;

/**
 * /members/calendar.xhtml: the member's personal calendar link (their places at events), made,
 * replaced or turned off. The link is shown once, on the answer to making it: only its hash is kept.
 */
@Named
@RequestScoped
public class CalendarLinkPage {

    @Inject
    private CalendarFeeds feeds;

    @Inject
    private Viewer viewer;

    @Inject
    private PublicUrls urls;

    private String shown;
    private Instant made;
    private boolean looked;

    /** When the current link was made, or null when the member has none. */
    public Instant getMade() {
        if (!looked) {
            made = feeds.made(viewer).orElse(null);
            looked = true;
        }
        return made;
    }

    /** The link just made, to copy into a calendar program; null on any other answer. */
    public String getLink() {
        return shown;
    }

    public void renew() {
        shown = urls.getBase() + "/api/events/mine/" + feeds.renew(viewer) + ".ics";
        looked = false;
    }

    public void revoke() {
        feeds.revoke(viewer);
        org.omnifaces.util.Messages.addGlobalInfo(
                "Your calendar link is turned off: calendars using it get nothing more.");
        looked = false;
    }
}
