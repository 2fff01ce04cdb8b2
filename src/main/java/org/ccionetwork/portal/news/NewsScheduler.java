package org.ccionetwork.portal.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes scheduled articles when their time comes. Every node runs this every few seconds;
 * the work itself is claimed in the database ({@link NewsService#publishDue()}), so an article is
 * published exactly once however many nodes run.
 */
@ApplicationScoped
public class NewsScheduler extends org.ccionetwork.portal.clock.Repeating {

    private static final Logger LOG = Logger.getLogger(NewsScheduler.class.getName());

    @Inject
    private NewsService news;

    @Inject
    @ConfigProperty(name = "portal.news.scheduler-seconds", defaultValue = "20")
    int seconds;

    @Override
    protected java.time.Duration interval() {
        return java.time.Duration.ofSeconds(seconds);
    }

    @Override
    protected void round() {
        run();
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
