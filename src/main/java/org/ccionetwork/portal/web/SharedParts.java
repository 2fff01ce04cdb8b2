package org.ccionetwork.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The parts of signed-in members' pages that every member who may read them sees alike (a page of
 * a topic's posts, as a plain member sees them), read and rendered once and reused across members
 * and requests. Each part names its scope ({@link VisibleChange}) and goes with the same changes,
 * on this node and on the others of a cluster, as the visitors' pages of {@link PageCache}; a part
 * read while a change was committing is not kept. What a member may see is still checked per
 * request by the caller; only what is the same for all of them is kept here. Bounded in entries
 * and in (estimated) bytes, least recently used first out, and in age.
 */
@ApplicationScoped
public class SharedParts {

    private record Part(String scope, Object value, long bytes, long storedNanos) {}

    @Inject
    private PageCache pageCache;

    @Inject
    @ConfigProperty(name = "portal.shared-parts.entries", defaultValue = "500")
    int maxEntries;

    @Inject
    @ConfigProperty(name = "portal.shared-parts.megabytes", defaultValue = "24")
    int maxMegabytes;

    /** What no change announces (a topic's view count in a category's rows) is at most this old. */
    @Inject
    @ConfigProperty(name = "portal.shared-parts.seconds", defaultValue = "60")
    int maxSeconds;

    private final LinkedHashMap<String, Part> parts = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    @PostConstruct
    void start() {
        pageCache.onDrop(this::drop);
    }

    /**
     * The part kept under this key, or the one {@code load} reads (kept unless a change of what it
     * shows happened while it was read).
     *
     * @param scope what the part shows: it goes when this scope (or everything) changes
     * @param size the part's estimated size in bytes, for the bound
     */
    public <T> T get(String key, String scope, Class<T> type, Supplier<T> load, ToLongFunction<T> size) {
        synchronized (this) {
            var part = parts.get(key);
            if (part != null && System.nanoTime() - part.storedNanos() < maxSeconds * 1_000_000_000L) {
                return type.cast(part.value());
            }
        }
        long generation = pageCache.generation();
        T value = load.get();
        if (value != null) {
            put(key, new Part(scope, value, size.applyAsLong(value), System.nanoTime()), generation);
        }
        return value;
    }

    private void put(String key, Part part, long readUnder) {
        long max = maxMegabytes * 1024L * 1024L;
        if (part.bytes() > max / 8) {
            return;
        }
        synchronized (this) {
            // Checked under the lock that drop takes too: a change recorded meanwhile keeps the part out.
            if (readUnder != pageCache.generation()) {
                return;
            }
            var previous = parts.put(key, part);
            if (previous != null) {
                bytes -= previous.bytes();
            }
            bytes += part.bytes();
            Iterator<Map.Entry<String, Part>> oldest = parts.entrySet().iterator();
            while ((parts.size() > maxEntries || bytes > max) && oldest.hasNext()) {
                bytes -= oldest.next().getValue().bytes();
                oldest.remove();
            }
        }
    }

    /** Drops the parts of these scopes (all of them for {@link VisibleChange#EVERYTHING}). */
    synchronized void drop(Set<String> scopes) {
        if (scopes.contains(VisibleChange.EVERYTHING)) {
            parts.clear();
            bytes = 0;
            return;
        }
        parts.values().removeIf(part -> {
            boolean goes = scopes.contains(part.scope());
            if (goes) {
                bytes -= part.bytes();
            }
            return goes;
        });
    }

    synchronized int size() {
        return parts.size();
    }
}
