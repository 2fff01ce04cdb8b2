package org.ccionetwork.portal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.persistence.Times;

/**
 * One round of {@link EventReminders}, in one transaction: reminds those with a place a week before an event and a day
 * before (each reminder claimed once for the whole cluster by a conditional UPDATE, in the
 * transaction that writes the mail to the outbox), and deletes registrants' needs once the event is
 * over, as the registration form promises.
 */
@ApplicationScoped
@Transactional
public class ReminderRound {

    /** The week's reminder goes from a week before until two days before; later, only the day's. */
    static final Duration WEEK = Duration.ofDays(7);

    static final Duration TOO_LATE_FOR_WEEK = Duration.ofDays(2);
    static final Duration DAY = Duration.ofDays(1);

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Registrations registrations;

    @Inject
    private EventMail mail;

    /** One round: answers how many reminders were sent (one per event and kind) and needs deleted. */
    public int run() {
        var now = clock.instant();
        int sent = 0;
        for (Event event : due("week_reminder_sent", now.plus(TOO_LATE_FOR_WEEK), now.plus(WEEK))) {
            if (claim(event, "week_reminder_sent", now)) {
                mail.reminder(event, registrations.registrants(event.getId(), false), "next week");
                sent++;
            }
        }
        for (Event event : due("day_reminder_sent", now, now.plus(DAY))) {
            if (claim(event, "day_reminder_sent", now)) {
                mail.reminder(event, registrations.registrants(event.getId(), false), "tomorrow");
                sent++;
            }
        }
        forgetNeeds(now);
        return sent;
    }

    /** Published events starting in (from, to] whose reminder has not gone. */
    private List<Event> due(String sentColumn, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select id from events where status = 'PUBLISHED' and starts > ?"
                        + " and starts <= ? and " + sentColumn + " is null")
                .setParameter(1, Times.stored(from))
                .setParameter(2, Times.stored(to))
                .getResultList();
        return ids.stream()
                .map(id -> em.find(Event.class, ((Number) id).longValue()))
                .toList();
    }

    private boolean claim(Event event, String sentColumn, Instant now) {
        return em.createNativeQuery(
                                "update events set " + sentColumn + " = ? where id = ? and " + sentColumn + " is null")
                        .setParameter(1, Times.stored(now))
                        .setParameter(2, event.getId())
                        .executeUpdate()
                == 1;
    }

    /** Needs (accessibility, diet) are for the organisers of the day only: gone once the event is over. */
    private void forgetNeeds(Instant now) {
        em.createNativeQuery("update event_registrations set needs = null, statement = null where (needs is not null"
                        + " or statement is not null) and event_id in"
                        + " (select id from events where ends < ?)")
                .setParameter(1, Times.stored(now))
                .executeUpdate();
    }
}
