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
import org.ccionetwork.portal.persistence.Database;
import org.ccionetwork.portal.web.PageCache;

/**
 * Topic views, counted in memory and written in one batch every few seconds: a view must not cost
 * a database write, or reading would be as dear as posting.
 *
 * <p>A view is one opening of a topic's page by anyone, signed in or not (a form sent from the page
 * is not another view). The number shown is what the database holds plus what this node has counted
 * and not yet written, and the visitors' cached pages that show it are dropped once a batch is
 * written, so a count is never more than a few seconds behind.
 */
@ApplicationScoped
public class ViewCounter {

    private static final Logger LOG = Logger.getLogger(ViewCounter.class.getName());

    @Inject
    private Database database;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private PageCache pages;

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

    /** A visitor read a topic from the page cache: its page did not run, so it is counted here. */
    void servedFromCache(@jakarta.enterprise.event.Observes org.ccionetwork.portal.web.CachedPageServed page) {
        if (page.path().equals("/forum/topic.xhtml")) {
            String id = page.parameter().apply("id");
            if (id != null && id.matches("[0-9]{1,18}")) {
                count(Long.parseLong(id));
            }
        }
    }

    public void count(long topicId) {
        pending.computeIfAbsent(topicId, id -> new LongAdder()).increment();
    }

    /**
     * The views of a topic: the stored count (as the page read it, or as this node last wrote it if
     * that is later: a flush may have written between the page's read and now) with those not yet
     * written. Never fewer than the readings counted so far, whenever a flush runs.
     */
    public long total(Topic topic) {
        var counted = pending.get(topic.getId());
        long stored = Math.max(topic.getViewCount(), written.getOrDefault(topic.getId(), 0L));
        return stored + (counted == null ? 0 : counted.sum());
    }

    /** The stored count of each topic this node's last flush wrote, as it left it. */
    private final ConcurrentHashMap<Long, Long> written = new ConcurrentHashMap<>();

    /**
     * Writes the counts gathered so far; what cannot be written is kept for the next time. The
     * counts stay pending until the stored ones are known to hold them, so a page rendered meanwhile
     * counts them once or (for a moment) twice, never not at all.
     */
    public synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        var batch = new HashMap<Long, Long>();
        pending.forEach((id, adder) -> {
            long views = adder.sum();
            if (views > 0) {
                batch.put(id, views);
            }
        });
        if (batch.isEmpty()) {
            return;
        }
        var stored = new HashMap<Long, Long>();
        try (var connection = database.dataSource().getConnection();
                var update = connection.prepareStatement(
                        "update forum_topics set view_count = view_count + ? where id = ?");
                var read = connection.prepareStatement("select view_count from forum_topics where id = ?")) {
            for (var entry : batch.entrySet()) {
                update.setLong(1, entry.getValue());
                update.setLong(2, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
            for (Long id : batch.keySet()) {
                read.setLong(1, id);
                try (var row = read.executeQuery()) {
                    if (row.next()) {
                        stored.put(id, row.getLong(1));
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.fine(() -> "View counts kept for later: " + e.getMessage());
            return;
        }
        // Only this flush's topics: a page read before an earlier flush has long been rendered.
        written.clear();
        batch.forEach((id, views) -> {
            written.put(id, stored.getOrDefault(id, 0L));
            pending.get(id).add(-views);
        });
        pages.drop(key -> showsViewsOf(key, batch.keySet()));
    }

    /** Category pages list view counts; a topic's own pages show its count. */
    static boolean showsViewsOf(String pageKey, java.util.Set<Long> topics) {
        String path = PageCache.path(pageKey);
        if (path.endsWith("/forum/category.xhtml")) {
            return true;
        }
        return path.endsWith("/forum/topic.xhtml")
                && PageCache.parameter(pageKey, "id")
                        .filter(id -> id.matches("[0-9]{1,18}"))
                        .map(id -> topics.contains(Long.parseLong(id)))
                        .orElse(false);
    }
}
