package org.ccionetwork.portal.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Writes queued documents soon after each change is committed, on one background thread per node:
 * a writer's request never waits for the index, and many writers at once do not each drain the same
 * queue (64 writers doing so in their own requests held each other's rows until requests timed
 * out). Kicks while it works are folded into one more pass.
 */
@ApplicationScoped
public class SearchWorker {

    private static final Logger LOG = Logger.getLogger(SearchWorker.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Indexing indexing;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    /** Something was queued and committed: drain soon. */
    void kick() {
        again.set(true);
        start();
    }

    private void start() {
        if (running.compareAndSet(false, true)) {
            try {
                executor.execute(this::work);
            } catch (RejectedExecutionException e) {
                running.set(false); // shutting down: the next start's rounds write what is left
            }
        }
    }

    private void work() {
        try {
            while (again.getAndSet(false)) {
                while (indexing.drain(200) > 0) {
                    // until the queue is empty
                }
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "Search documents wait for the next round: " + e);
        } finally {
            running.set(false);
            if (again.get()) {
                start();
            }
        }
    }
}
