package org.ccionetwork.portal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Viewer;

/** In-app notifications: written with the action that causes them, read from the bell. */
@ApplicationScoped
@Transactional
public class Notifications {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Subjects subjects;

    /** One notification per recipient, of the kind given for them; never to the actor themselves. */
    public void send(Map<Long, NotificationKind> recipients, Long actorId, long topicId, int postNumber) {
        var now = clock.instant();
        var actor = em.getReference(Member.class, actorId);
        var written = new java.util.ArrayList<Notification>();
        recipients.forEach((recipient, kind) -> {
            if (!recipient.equals(actorId)) {
                var notification = new Notification(recipient, kind, actor, topicId, postNumber, now);
                em.persist(notification);
                written.add(notification);
            }
        });
        mail.queue(written, actor, topicId, postNumber);
    }

    @Inject
    private NotificationMail mail;

    public long unreadCount(Viewer viewer) {
        if (!viewer.isSignedIn()) {
            return 0;
        }
        return em.createQuery(
                        "select count(n) from Notification n where n.recipientId = :m and n.readAt is null", Long.class)
                .setParameter("m", viewer.memberId())
                .getSingleResult();
    }

    /** The newest fifty, with who and where, in one query. */
    public List<Notice> latest(Viewer viewer) {
        viewer.requireMember();
        var latest = em.createQuery(
                        "select n from Notification n join fetch n.actor where n.recipientId = :m order by n.id desc",
                        Notification.class)
                .setParameter("m", viewer.memberId())
                .setMaxResults(50)
                .getResultList();
        var titles = subjects.titles(
                latest.stream().map(Notification::getTopicId).distinct().toList());
        return latest.stream()
                .filter(n -> titles.containsKey(n.getTopicId()))
                .map(n -> new Notice(n, titles.get(n.getTopicId()), subjects.link(n.getTopicId(), n.getPostNumber())))
                .toList();
    }

    public void markAllRead(Viewer viewer) {
        viewer.requireMember();
        em.createQuery("update Notification n set n.readAt = :now where n.recipientId = :m and n.readAt is null")
                .setParameter("now", org.ccionetwork.portal.persistence.Times.stored(clock.instant()))
                .setParameter("m", viewer.memberId())
                .executeUpdate();
    }
}
