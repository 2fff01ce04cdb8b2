package org.ccionetwork.portal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every node, every few minutes, runs a {@link ReminderRound}: reminders a week and a day before
 * events, and needs deleted after them.
 */
@ApplicationScoped
public class EventReminders extends org.ccionetwork.portal.clock.Repeating {

    private static final Logger LOG = Logger.getLogger(EventReminders.class.getName());

    @Inject
    private ReminderRound reminders;

    @Inject
    @ConfigProperty(name = "portal.events.reminder-check-seconds", defaultValue = "300")
    int seconds;

    @Override
    protected Duration interval() {
        return Duration.ofSeconds(seconds);
    }

    @Override
    protected void round() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Event reminders wait for the next round: " + e);
        }
    }

    /** One round now: answers how many reminders were sent (one per event and kind). */
    public int run() {
        return reminders.run();
    }
}
