package org.ccionetwork.portal.news;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes scheduled articles when their time comes. Every node runs this every few seconds;
 * the work itself is claimed in the database ({@link NewsService#publishDue()}), so an article is
 * published exactly once however many nodes run.
 */
@ApplicationScoped
public class NewsScheduler {

    private static final Logger LOG = Logger.getLogger(NewsScheduler.class.getName());

    @Inject
    private NewsService news;

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "portal.news.scheduler-seconds", defaultValue = "20")
    int seconds;

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

    /** One round: what is due is published; a failure (the database away) waits for the next round. */
    public List<Long> run() {
        try {
            var published = news.publishDue();
            if (!published.isEmpty()) {
                LOG.info(() -> "Published scheduled articles " + published);
            }
            return published;
        } catch (RuntimeException e) {
            LOG.fine(() -> "Scheduled articles wait for the next round: " + e.getMessage());
            return List.of();
        }
    }
}
