package org.ccionetwork.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.ccionetwork.portal.persistence.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered pages for readers who are not signed in: they all see the same bytes, so the portal
 * renders a page once and serves it from memory until something visitors can see changes. When
 * a transaction that changed such a thing commits, this node drops its pages and bumps a
 * generation number in the database; every node polls the number each second, so the other
 * nodes of a cluster follow within a second. Entries also expire after a while, and the cache is
 * bounded in entries and in bytes (least recently used pages go first); a page larger than a set
 * size is not kept at all.
 */
@ApplicationScoped
public class PageCache {

    private static final Logger LOG = Logger.getLogger(PageCache.class.getName());

    /** A page as sent: its bytes, content type and the script nonce it was rendered with. */
    public record Page(byte[] body, String contentType, String nonce, Instant stored) {}

    @Inject
    private Database database;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "portal.page-cache.entries", defaultValue = "2000")
    int maxEntries;

    @Inject
    @ConfigProperty(name = "portal.page-cache.seconds", defaultValue = "300")
    int maxSeconds;

    @Inject
    @ConfigProperty(name = "portal.page-cache.megabytes", defaultValue = "32")
    int maxMegabytes;

    @Inject
    @ConfigProperty(name = "portal.page-cache.largest-page-kilobytes", defaultValue = "512")
    int largestPageKilobytes;

    private final AtomicLong generation = new AtomicLong(-1);
    private BoundedPages pages;
    private ScheduledFuture<?> poller;

    @PostConstruct
    void start() {
        pages = new BoundedPages(maxEntries, maxMegabytes * 1024L * 1024L, largestPageKilobytes * 1024L);
        poller = scheduler.scheduleWithFixedDelay(this::poll, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.cancel(false);
        }
        tellOthersNow();
    }

    public Optional<Page> get(String key) {
        var page = pages.get(key);
        if (page == null || page.stored().plus(Duration.ofSeconds(maxSeconds)).isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(page);
    }

    /** Stores a page rendered under the given generation, unless a change has happened since. */
    public void put(String key, Page page, long renderedUnder) {
        if (renderedUnder == generation.get()) {
            pages.put(key, page);
        }
    }

    public long generation() {
        return generation.get();
    }

    /**
     * Something visitors see has changed. In a transaction, once it commits (and once however many
     * changes it made): this node drops its pages and bumps the shared generation, which the other
     * nodes poll, from a thread of its own. After the commit, not in it, so that the generation row is never held by a
     * transaction that goes on to wait for other rows (a reply holds its topic and category): two
     * writers could otherwise wait on each other. A page rendered from data read before the commit
     * is not kept: it was rendered under the older generation. Outside a transaction, at once.
     */
    public void invalidate() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            changeRecorded();
            return;
        }
        if (transactions.getResource(PageCache.class) != null) {
            return; // this transaction will already record its change
        }
        transactions.putResource(PageCache.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    changeRecorded();
                }
            }
        });
    }

    /** Drops this node's pages now, and tells the other nodes soon (see {@link #tellOthers}). */
    private void changeRecorded() {
        clear();
        untold.set(true);
        scheduler.execute(this::tellOthers);
    }

    /**
     * Bumps the shared generation the other nodes poll, once for however many changes were recorded
     * meanwhile. On a thread of its own, never the writer's: in its transaction's afterCompletion a
     * writer still holds its connection, and asking the pool for a second one there starved the pool
     * when 64 members wrote at once (every writer waiting for a connection another writer held).
     */
    private synchronized void tellOthers() {
        if (!untold.getAndSet(false)) {
            return;
        }
        try (var connection = database.dataSource().getConnection();
                var update = connection.prepareStatement(
                        "update page_cache_generation set generation = generation + 1 where id = 1")) {
            update.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            // The change itself is committed; the next poll tries again.
            untold.set(true);
            LOG.warning("Cannot tell the other nodes of a change for the page cache yet: " + e.getMessage());
        }
    }

    /**
     * Tells the other nodes now of any change not yet told, and waits for a telling under way: at
     * shutdown, so that no change goes untold, and in tests that count the tellings.
     */
    public void tellOthersNow() {
        tellOthers();
    }

    /** A change this node recorded and has not yet told the other nodes of. */
    private final java.util.concurrent.atomic.AtomicBoolean untold = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * A change visitors see, announced where it happened (see {@link VisibleChange}): the forum's
     * topics, posts and categories announce every change of theirs, so no service remembers the cache.
     * Once per transaction, however many changes it makes.
     */
    void changed(@jakarta.enterprise.event.Observes VisibleChange change) {
        invalidate();
    }

    /** Drops this node's pages whose keys match: a change only this node's visitors' pages show. */
    public void drop(java.util.function.Predicate<String> keys) {
        pages.removeIf(keys);
    }

    /** The path part of a page's key. */
    public static String path(String key) {
        int query = key.indexOf('?');
        return query < 0 ? key : key.substring(0, query);
    }

    /** A query parameter's first value in a page's key, as sent (not decoded). */
    public static Optional<String> parameter(String key, String name) {
        int query = key.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        for (String pair : key.substring(query + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return Optional.of(pair.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    public void clear() {
        generation.incrementAndGet();
        pages.clear();
    }

    private void poll() {
        tellOthers();
        try (var connection = database.dataSource().getConnection();
                var query = connection.prepareStatement("select generation from page_cache_generation where id = 1");
                var result = query.executeQuery()) {
            if (result.next()) {
                long shared = result.getLong(1);
                if (shared != lastSeenShared) {
                    lastSeenShared = shared;
                    clear();
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.fine(() -> "Page cache generation unreadable: " + e.getMessage());
        }
    }

    private volatile long lastSeenShared = Long.MIN_VALUE;
}
