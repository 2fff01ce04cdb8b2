package org.ccionetwork.portal.notify;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every node looks every few minutes for members whose digest is due; each digest is claimed by one node ({@link DigestWriter}). */
@ApplicationScoped
public class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class.getName());

    @Inject
    private DigestWriter writer;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "portal.mail.digest-check-seconds", defaultValue = "600")
    int seconds;

    @Resource
    private ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> task;

    void start(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 2000) @Initialized(ApplicationScoped.class)
                    Object event) {
        task = executor.scheduleWithFixedDelay(this::run, seconds, seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** One round: answers how many digests were written. */
    public int run() {
        try {
            writer.ensureRows();
        } catch (RuntimeException e) {
            LOG.fine(() -> "Digest rows not made this round (another node may have): " + e.getMessage());
        }
        int written = 0;
        try {
            var now = clock.instant();
            for (long memberId : writer.due(now)) {
                try {
                    if (writer.write(memberId, now)) {
                        written++;
                    }
                } catch (RuntimeException e) {
                    LOG.warning(() -> "The digest of member " + memberId + " waits for the next round: " + e);
                }
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "Digests wait for the next round: " + e.getMessage());
        }
        return written;
    }
}
