package org.ccionetwork.portal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import org.ccionetwork.portal.mail.Letter;
import org.ccionetwork.portal.mail.MailSettings;
import org.ccionetwork.portal.mail.Outbox;
import org.ccionetwork.portal.mail.Templates;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.text.Formats;

/**
 * What registrants are told by mail, written to the outbox in the transaction of the change: a
 * place that came to them from the waiting list, reminders, a change of time or place, and an event
 * cancelled. These are about their own
 * registration, so they go whatever their notification settings.
 */
@ApplicationScoped
public class EventMail {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private MailSettings settings;

    private final Formats formats = new Formats();

    void placeFreedUp(Event event, long memberId) {
        tell(
                event,
                java.util.List.of(memberId),
                "A place at “" + event.getTitle() + "” is yours",
                "A place came free and you were first on the waiting list: you are registered for "
                        + formats.when(event.getStarts()) + " (UK time). If you cannot come after all, cancel on the"
                        + " event's page so that the next person can.");
    }

    void cancelled(Event event, Collection<Long> memberIds) {
        tell(
                event,
                memberIds,
                "“" + event.getTitle() + "” is cancelled",
                "The organisers have cancelled the event of " + formats.when(event.getStarts())
                        + " (UK time). Your registration ends with it; nothing more is needed from you.");
    }

    void awarded(Event event, long memberId) {
        tell(
                event,
                java.util.List.of(memberId),
                "You have a place at “" + event.getTitle() + "”",
                "The organisers have read your application and awarded you a place, for "
                        + formats.weekday(event.getStarts()) + " (UK time). If you cannot come after all, cancel on"
                        + " the event's page so that the place can go to someone else.");
    }

    void reserved(Event event, long memberId) {
        tell(
                event,
                java.util.List.of(memberId),
                "Your application for “" + event.getTitle() + "”: in reserve",
                "The organisers have read your application and keep it in reserve: if a place comes free, they may"
                        + " award it to you, and you will hear at once.");
    }

    void declined(Event event, long memberId) {
        tell(
                event,
                java.util.List.of(memberId),
                "Your application for “" + event.getTitle() + "”",
                "Thank you for applying. The organisers could not award you a place this time: there were more"
                        + " applications than places. The network's other events are on the events page.");
    }

    void reminder(Event event, Collection<Long> memberIds, String when) {
        String where = event.getVenue() != null
                ? "At " + event.getVenue() + "."
                : "Online: the joining link is on the event's page, for those registered.";
        tell(
                event,
                memberIds,
                "Reminder: “" + event.getTitle() + "” is " + when,
                "You have a place. It starts " + formats.weekday(event.getStarts()) + " (UK time). " + where
                        + " If you cannot come after all, cancel on the event's page so that someone on the"
                        + " waiting list can have your place.");
    }

    void changed(Event event, Collection<Long> memberIds) {
        String where = event.getVenue() != null ? "at " + event.getVenue() : "online";
        tell(
                event,
                memberIds,
                "“" + event.getTitle() + "” has changed",
                "The organisers have changed when or where the event is. It is now "
                        + formats.weekday(event.getStarts()) + " to " + formats.weekday(event.getEnds())
                        + " (UK time), " + where + ". Your registration stands; if you cannot come now, cancel"
                        + " on the event's page.");
    }

    private void tell(Event event, Collection<Long> memberIds, String headline, String details) {
        if (memberIds.isEmpty()) {
            return;
        }
        var link = settings.publicUrl() + Links.event(event.getSlug());
        for (Member member : em.createQuery("select m from Member m where m.id in :ids", Member.class)
                .setParameter("ids", memberIds)
                .getResultList()) {
            Map<String, String> values = Map.of(
                    "name", member.getDisplayName(),
                    "headline", headline,
                    "details", details,
                    "link", link,
                    "settings", settings.publicUrl() + "/members/mail.xhtml");
            var letter = new Letter(
                    member.getId(),
                    member.getEmail() == null ? "" : member.getEmail(),
                    member.getDisplayName(),
                    headline,
                    Templates.text("event-notice", values),
                    Templates.html("event-notice", values),
                    null,
                    null);
            outbox.queue(letter, Duration.ZERO);
        }
    }
}
