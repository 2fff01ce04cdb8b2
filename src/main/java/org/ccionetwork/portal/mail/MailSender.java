package org.ccionetwork.portal.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.ccionetwork.portal.persistence.Database;

/** Every node's sender: a round of {@link OutboxSender} every few seconds. */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    private Database database;

    @Inject
    private MailSettings settings;

    @Inject
    private Clock clock;

    @Inject
    private Instance<StillWanted> features;

    @Resource
    private ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> task;

    void start(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 2000) @Initialized(ApplicationScoped.class)
                    Object event) {
        LOG.info(() -> "Mail goes through " + settings.relay() + " from "
                + settings.relay().from());
        int seconds = settings.senderSeconds();
        task = executor.scheduleWithFixedDelay(this::run, seconds, seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** One round; a database away waits for the next. */
    public int run() {
        try {
            return new OutboxSender(
                            database.dataSource(),
                            settings.relay(),
                            settings.retries(),
                            clock,
                            reference -> features.stream().allMatch(f -> f.stillWanted(reference)))
                    .sendDue();
        } catch (SQLException | RuntimeException e) {
            LOG.fine(() -> "Mail waits for the next round: " + e.getMessage());
            return 0;
        }
    }
}
