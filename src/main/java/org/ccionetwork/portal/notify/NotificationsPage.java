package org.ccionetwork.portal.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccionetwork.portal.security.Viewer;

/** The bell in the header and /members/notifications.xhtml, which marks everything read once shown. */
@Named
@RequestScoped
public class NotificationsPage {

    @Inject
    private Notifications notifications;

    @Inject
    private Viewer viewer;

    private Long unread;
    private List<Notice> latest;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount(viewer);
        }
        return unread;
    }

    /** Shows the newest, then marks them read (they stay highlighted on this view). */
    public void load() {
        latest = notifications.latest(viewer);
        notifications.markAllRead(viewer);
    }

    public List<Notice> getLatest() {
        return latest;
    }
}
