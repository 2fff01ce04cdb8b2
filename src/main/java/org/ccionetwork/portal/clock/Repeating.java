package org.ccionetwork.portal.clock;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Work every node does again and again in the background (publishing what is due, sending mail,
 * digests, purging): started once the portal has started, after the first interval, then again an
 * interval after each round ends, and stopped with the portal. A subclass says how often and what a
 * round does; a round that fails (the database away) must answer for itself and wait for the next.
 */
public abstract class Repeating {

    @Resource
    private ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> task;

    /** The time between two rounds (and before the first); asked once, at start. */
    protected abstract Duration interval();

    /** One round. */
    protected abstract void round();

    /** Said once when the work starts (what it works with, for the log); nothing by default. */
    protected void started() {}

    void start(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 2000) @Initialized(ApplicationScoped.class)
                    Object event) {
        long millis = interval().toMillis();
        task = executor.scheduleWithFixedDelay(this::round, millis, millis, TimeUnit.MILLISECONDS);
        started();
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
