package org.ccionetwork.portal.events.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccionetwork.portal.events.Organisers;
import org.ccionetwork.portal.security.Viewer;

/** Whether the header offers the events desk: to moderators, and to members who organise an event (asked once a request). */
@Named
@RequestScoped
public class EventDeskLink {

    @Inject
    private Organisers organisers;

    @Inject
    private Viewer viewer;

    private Boolean shown;

    public boolean isShown() {
        if (shown == null) {
            shown = organisers.hasDesk(viewer);
        }
        return shown;
    }

    /** Whether the desk offers a new event: moderators only. */
    public boolean isCreator() {
        return viewer.isModerator();
    }

    /** Whether the desk offers naming organisers: admins only. */
    public boolean isAdmin() {
        return viewer.isAdmin();
    }
}
