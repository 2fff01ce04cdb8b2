package org.ccionetwork.portal.forum;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import org.ccionetwork.portal.shared.Database;

/**
 * Topic views, counted in memory and written in one batch every few seconds: a view must not cost
 * a database write, or reading would be as dear as posting.
 */
@ApplicationScoped
public class ViewCounter {

    private static final Logger LOG = Logger.getLogger(ViewCounter.class.getName());

    @Inject
    private Database database;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final ConcurrentHashMap<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private ScheduledFuture<?> flusher;

    @PostConstruct
    void start() {
        flusher = scheduler.scheduleWithFixedDelay(this::flush, 5, 5, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (flusher != null) {
            flusher.cancel(false);
        }
        flush();
    }

    public void count(long topicId) {
        pending.computeIfAbsent(topicId, id -> new LongAdder()).increment();
    }

    /** Writes the counts gathered so far; what cannot be written is kept for the next time. */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        var batch = new HashMap<Long, Long>();
        pending.forEach((id, adder) -> {
            long views = adder.sumThenReset();
            if (views > 0) {
                batch.put(id, views);
            }
        });
        try (var connection = database.dataSource().getConnection();
                var update = connection.prepareStatement(
                        "update forum_topics set view_count = view_count + ? where id = ?")) {
            for (var entry : batch.entrySet()) {
                update.setLong(1, entry.getValue());
                update.setLong(2, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException | RuntimeException e) {
            batch.forEach((id, views) ->
                    pending.computeIfAbsent(id, k -> new LongAdder()).add(views));
            LOG.fine(() -> "View counts kept for later: " + e.getMessage());
        }
    }
}
