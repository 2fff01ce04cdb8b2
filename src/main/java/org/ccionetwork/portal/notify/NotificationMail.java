package org.ccionetwork.portal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.ccionetwork.portal.mail.Letter;
import org.ccionetwork.portal.mail.MailSettings;
import org.ccionetwork.portal.mail.Outbox;
import org.ccionetwork.portal.mail.Templates;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.persistence.PortalData;

/**
 * Notifications that go out by mail at once, written to the outbox in the transaction of what caused
 * them (so a rolled-back reply mails nobody), for the members who want that kind immediately and have
 * not had their hourly share; the others hear of it in the digest. The row is short (a reference);
 * the message is written when it goes, so a long list of watchers never lengthens a reply. Under the Chatham House rule, mail
 * about a members-only topic never names who wrote: "A member from an NHS trust".
 */
@ApplicationScoped
public class NotificationMail implements org.ccionetwork.portal.mail.Composer {

    private static final Logger LOG = Logger.getLogger(NotificationMail.class.getName());
    static final String UNATTRIBUTED = "A member from an NHS trust";

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private MailSettings settings;

    @Inject
    private MailPreferences preferences;

    @Inject
    private Subjects subjects;

    @Inject
    private UnsubscribeLinks unsubscribe;

    @Inject
    private Clock clock;

    /**
     * Queues the immediate messages for these new notifications (all about one post, by one actor):
     * one short outbox row each, the message itself written when it goes ({@link #compose}).
     */
    void queue(Collection<Notification> notifications, Member actor, long topicId, int postNumber) {
        if (notifications.isEmpty()) {
            return;
        }
        var recipients = new LinkedHashMap<Long, String>();
        em.createQuery("select m.id, m.email from Member m where m.id in :ids", Object[].class)
                .setParameter(
                        "ids",
                        notifications.stream().map(Notification::getRecipientId).toList())
                .getResultStream()
                .forEach(row -> recipients.put((Long) row[0], (String) row[1]));
        var since = clock.instant().minus(Duration.ofHours(1));
        var choices = preferences.of(recipients.keySet());
        var sentLately = outbox.countSince(recipients.keySet(), since);
        for (Notification notification : notifications) {
            Long recipient = notification.getRecipientId();
            if (!recipients.containsKey(recipient)
                    || choices.get(recipient).of(MailKind.of(notification.getKind())) != MailKind.Delivery.IMMEDIATELY
                    || sentLately.getOrDefault(recipient, 0L) >= settings.immediatePerHour()) {
                continue; // the digest tells them, if they want it
            }
            outbox.queueReference(
                    recipient,
                    recipients.get(recipient),
                    reference(notification.getId()),
                    settings.notificationDelay());
        }
    }

    static String reference(long notificationId) {
        return PREFIX + notificationId;
    }

    private static final String PREFIX = "notification:";

    @Override
    public boolean handles(String reference) {
        return reference.startsWith(PREFIX);
    }

    /**
     * The message for a notification, as it goes: none once the member has opened the bell, read the
     * topic that far in the portal, or the post has gone. Writing it marks the notification mailed, so
     * the digest does not tell it again.
     */
    @Override
    @jakarta.transaction.Transactional
    public java.util.Optional<Letter> compose(String reference) {
        var notification = em.find(Notification.class, Long.parseLong(reference.substring(PREFIX.length())));
        if (notification == null || !notification.isUnread()) {
            return java.util.Optional.empty();
        }
        var about = subjects.about(notification.getTopicId(), notification.getPostNumber());
        var recipient = em.find(Member.class, notification.getRecipientId());
        if (about.isEmpty()
                || recipient == null
                || subjects.seen(recipient.getId(), notification.getTopicId(), notification.getPostNumber())) {
            return java.util.Optional.empty();
        }
        notification.emailed(clock.instant());
        return java.util.Optional.of(letter(
                notification, MailKind.of(notification.getKind()), recipient, notification.getActor(), about.get()));
    }

    Letter letter(Notification notification, MailKind kind, Member recipient, Member actor, Subjects.About about) {
        String who = about.membersOnly() ? UNATTRIBUTED : named(actor);
        String headline = who + " " + notification.getKind().phrase() + " “" + about.title() + "”";
        boolean ownPost = kind == MailKind.LIKE || kind == MailKind.ACCEPTED;
        String words = about.membersOnly() ? shorten(about.words(), 140) : shorten(about.words(), 300);
        String quote = (ownPost ? "Your post" : who + " wrote") + ": “" + words + "”";
        String link = settings.publicUrl() + subjects.link(notification.getTopicId(), notification.getPostNumber());
        String unsubscribeUrl = unsubscribe.link(recipient.getId(), kind.name());
        Map<String, String> values = Map.of(
                "name", recipient.getDisplayName(),
                "headline", headline,
                "quote", quote,
                "link", link,
                "reason",
                        kind.label() + ": "
                                + MailKind.Delivery.IMMEDIATELY.label().toLowerCase(),
                "settings", settings.publicUrl() + UnsubscribeLinks.SETTINGS_PAGE,
                "unsubscribe", unsubscribeUrl);
        return new Letter(
                recipient.getId(),
                recipient.getEmail() == null ? "" : recipient.getEmail(),
                recipient.getDisplayName(),
                headline,
                Templates.text("notification", values),
                Templates.html("notification", values),
                unsubscribeUrl,
                reference(notification.getId()));
    }

    private static String named(Member actor) {
        String organisation = actor.getOrganisationName();
        return actor.getDisplayName()
                + (organisation == null || organisation.isBlank() ? "" : " (" + organisation + ")");
    }

    static String shorten(String text, int most) {
        if (text.length() <= most) {
            return text;
        }
        int cut = text.lastIndexOf(' ', most - 1);
        return text.substring(0, cut > most / 2 ? cut : most - 1).strip() + "…";
    }
}
