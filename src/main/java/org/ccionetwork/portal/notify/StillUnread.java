package org.ccionetwork.portal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.ccionetwork.portal.mail.StillWanted;
import org.ccionetwork.portal.persistence.PortalData;

/**
 * A notification's message goes only while it still tells the member something: not once they have
 * opened the bell, read the topic that far in the portal, or the post has gone.
 */
@ApplicationScoped
@Transactional
public class StillUnread implements StillWanted {

    private static final String PREFIX = "notification:";

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Subjects subjects;

    static String reference(long notificationId) {
        return PREFIX + notificationId;
    }

    @Override
    public boolean stillWanted(String reference) {
        if (!reference.startsWith(PREFIX)) {
            return true;
        }
        var notification = em.find(Notification.class, Long.parseLong(reference.substring(PREFIX.length())));
        return notification != null
                && notification.isUnread()
                && subjects.about(notification.getTopicId(), notification.getPostNumber())
                        .isPresent()
                && !subjects.seen(
                        notification.getRecipientId(), notification.getTopicId(), notification.getPostNumber());
    }
}
