package org.ccionetwork.portal.library;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.ccionetwork.portal.files.FileStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes, every hour, the files members uploaded but never shared (the form was left, the tab
 * closed) once they are older than {@code portal.library.unused-upload-hours}: their record first,
 * then their bytes. Every node may run it; a second run finds nothing left.
 */
@ApplicationScoped
public class UploadPurger {

    private static final Logger LOG = Logger.getLogger(UploadPurger.class.getName());

    @Inject
    private LibraryService library;

    @Inject
    private Uploads uploads;

    @Inject
    private FileStore store;

    @Inject
    private Clock clock;

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "portal.library.unused-upload-hours", defaultValue = "24")
    int keepHours;

    private ScheduledFuture<?> task;

    void start(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 2000) @Initialized(ApplicationScoped.class)
                    Object event) {
        task = executor.scheduleWithFixedDelay(this::run, 1, 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void run() {
        try {
            int purged = purgeSentBefore(clock.instant().minus(Duration.ofHours(keepHours)));
            if (purged > 0) {
                LOG.info(() -> "Deleted " + purged + " uploads never shared");
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "Unused uploads wait for the next round: " + e.getMessage());
        }
    }

    /** Deletes the unused uploads sent before then; answers how many. */
    public int purgeSentBefore(Instant before) {
        int purged = 0;
        while (true) {
            var keys = uploads.forgetUnusedUploads(before);
            for (String key : keys) {
                try {
                    store.delete(key);
                } catch (IOException e) {
                    LOG.warning("The bytes of an unused upload were not deleted: " + e.getMessage());
                }
            }
            purged += keys.size();
            if (keys.isEmpty()) {
                return purged;
            }
        }
    }
}
