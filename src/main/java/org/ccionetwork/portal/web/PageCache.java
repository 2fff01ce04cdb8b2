package org.ccionetwork.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.ccionetwork.portal.cluster.Cluster;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered pages for readers who are not signed in: they all see the same bytes, so the portal
 * renders a page once and serves it from memory until something it shows changes. A page says
 * what it shows (its scope: a topic, a category, see {@link #SCOPE}); a page that says nothing
 * lists across the forum. When a transaction that changed something visitors see commits, this
 * node drops the pages of the scopes it touched (and the listing pages), and tells the other nodes
 * of a cluster the same scopes through the cluster's messages ({@link Cluster}), so that they
 * follow at once. Entries also expire after a while, and the cache is bounded in entries and in
 * bytes (least recently used pages go first); a page larger than a set size is not kept at all.
 */
@ApplicationScoped
public class PageCache {

    /**
     * A page as sent: its body (cut at the script nonce it was rendered with, kept plain and
     * compressed), content type, and its scope (null: a listing).
     */
    public record Page(NoncedBody body, String contentType, Instant stored, String scope) {

        public Page(byte[] body, String contentType, String nonce, Instant stored, String scope) {
            this(NoncedBody.of(body, nonce), contentType, stored, scope);
        }

        public Page(byte[] body, String contentType, String nonce, Instant stored) {
            this(body, contentType, nonce, stored, null);
        }
    }

    /** The request attribute where a page bean says what its page shows (see {@link VisibleChange#topic}). */
    public static final String SCOPE = PageCache.class.getName() + ".scope";

    /** The cluster channel of changes: a message is the changed scopes, separated by spaces. */
    static final String CHANNEL = "page-cache";

    @Inject
    private Cluster cluster;

    @Resource
    private TransactionSynchronizationRegistry transactions;

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

    @PostConstruct
    void start() {
        pages = new BoundedPages(maxEntries, maxMegabytes * 1024L * 1024L, largestPageKilobytes * 1024L);
        cluster.listen(CHANNEL, message -> dropScopes(Set.of(message.split(" "))));
    }

    /** Says, for the page being rendered, what it shows (a {@link VisibleChange} scope). */
    public static void shows(jakarta.servlet.ServletRequest request, String scope) {
        request.setAttribute(SCOPE, scope);
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
     * Something visitors see has changed in these scopes. In a transaction, once it commits (and once
     * for however many changes it made): this node drops the pages that show them and tells the other
     * nodes. A page rendered from data read before the commit is not kept: it was rendered under an
     * older generation. Outside a transaction, at once.
     */
    public void invalidate(Set<String> scopes) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            changeRecorded(scopes);
            return;
        }
        @SuppressWarnings("unchecked")
        var pending = (Set<String>) transactions.getResource(PageCache.class);
        if (pending != null) {
            pending.addAll(scopes); // this transaction will already record its changes
            return;
        }
        var changed = java.util.concurrent.ConcurrentHashMap.<String>newKeySet();
        changed.addAll(scopes);
        transactions.putResource(PageCache.class, changed);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    changeRecorded(changed);
                }
            }
        });
    }

    /** Drops this node's pages of the scopes now, and tells the other nodes (no wait, no database). */
    private void changeRecorded(Set<String> scopes) {
        var told = scopes.contains(VisibleChange.EVERYTHING) ? Set.of(VisibleChange.EVERYTHING) : Set.copyOf(scopes);
        dropScopes(told);
        cluster.tellOthers(CHANNEL, String.join(" ", told));
    }

    /** Drops the pages showing any of the scopes, and every listing page; then tells the listeners ({@link #onDrop}). */
    void dropScopes(Set<String> scopes) {
        generation.incrementAndGet();
        if (scopes.contains(VisibleChange.EVERYTHING)) {
            pages.clear();
        } else {
            pages.removeWhere((key, page) -> page.scope() == null || scopes.contains(page.scope()));
        }
        dropListeners.forEach(listener -> listener.accept(scopes));
    }

    private final java.util.List<java.util.function.Consumer<Set<String>>> dropListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Whatever else is kept until its scope changes ({@link SharedParts}) hears of every drop, after the generation moved on. */
    void onDrop(java.util.function.Consumer<Set<String>> listener) {
        dropListeners.add(listener);
    }

    /**
     * A change visitors see, announced where it happened (see {@link VisibleChange}): the forum's
     * topics, posts and categories announce every change of theirs, so no service remembers the cache.
     */
    void changed(@jakarta.enterprise.event.Observes VisibleChange change) {
        invalidate(change.scopes());
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

    /** Drops every page (a test's fresh start, or a change any page may show). */
    public void clear() {
        dropScopes(Set.of(VisibleChange.EVERYTHING));
    }
}
