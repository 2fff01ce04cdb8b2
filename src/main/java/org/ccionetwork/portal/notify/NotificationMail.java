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
 * not had their hourly share; the others hear of it in the digest. Under the Chatham House rule, mail
 * about a members-only topic never names who wrote: "A member from an NHS trust".
 */
@ApplicationScoped
public class NotificationMail {

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

    /** Queues the immediate messages for these new notifications (all about one post, by one actor). */
    void queue(Collection<Notification> notifications, Member actor, long topicId, int postNumber) {
        if (notifications.isEmpty()) {
            return;
        }
        var about = subjects.about(topicId, postNumber);
        if (about.isEmpty()) {
            return;
        }
        var recipients = new LinkedHashMap<Long, Member>();
        em.createQuery("select m from Member m where m.id in :ids", Member.class)
                .setParameter(
                        "ids",
                        notifications.stream().map(Notification::getRecipientId).toList())
                .getResultStream()
                .forEach(m -> recipients.put(m.getId(), m));
        var since = clock.instant().minus(Duration.ofHours(1));
        var choices = preferences.of(recipients.keySet());
        var sentLately = outbox.countSince(recipients.keySet(), since);
        for (Notification notification : notifications) {
            var recipient = recipients.get(notification.getRecipientId());
            var kind = MailKind.of(notification.getKind());
            if (recipient == null
                    || choices.get(recipient.getId()).of(kind) != MailKind.Delivery.IMMEDIATELY
                    || sentLately.getOrDefault(recipient.getId(), 0L) >= settings.immediatePerHour()) {
                continue; // the digest tells them, if they want it
            }
            try {
                var letter = letter(notification, kind, recipient, actor, about.get());
                if (recipient.getEmail() == null || recipient.getEmail().isBlank()) {
                    outbox.refuse(letter, "the member has no email address");
                } else {
                    outbox.add(letter, settings.notificationDelay());
                }
                notification.emailed(clock.instant());
            } catch (RuntimeException e) {
                // A template or address fault never stops the reply that caused the mail.
                LOG.warning(() -> "Mail for notification " + notification.getId() + " not written: " + e);
            }
        }
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
                StillUnread.reference(notification.getId()));
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
