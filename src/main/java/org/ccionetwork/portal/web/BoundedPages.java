package org.ccionetwork.portal.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The page cache's store: least recently used first out, bounded both in entries and in bytes, and
 * refusing any one page over a set size, so that no choice of pages a stranger asks for can make
 * it hold more than its bound. Thread-safe.
 */
final class BoundedPages {

    private final int maxEntries;
    private final long maxBytes;
    private final long largestPage;
    private final LinkedHashMap<String, PageCache.Page> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    BoundedPages(int maxEntries, long maxBytes, long largestPage) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.largestPage = largestPage;
    }

    synchronized PageCache.Page get(String key) {
        return pages.get(key);
    }

    /** Keeps the page unless it is too large, then lets the least recently used go until within bounds. */
    synchronized boolean put(String key, PageCache.Page page) {
        long size = sizeOf(key, page);
        if (size > largestPage || size > maxBytes) {
            return false;
        }
        var previous = pages.put(key, page);
        if (previous != null) {
            bytes -= sizeOf(key, previous);
        }
        bytes += size;
        Iterator<Map.Entry<String, PageCache.Page>> eldest = pages.entrySet().iterator();
        while ((pages.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
            var entry = eldest.next();
            bytes -= sizeOf(entry.getKey(), entry.getValue());
            eldest.remove();
        }
        return true;
    }

    synchronized void removeIf(Predicate<String> keys) {
        removeWhere((key, page) -> keys.test(key));
    }

    synchronized void removeWhere(java.util.function.BiPredicate<String, PageCache.Page> which) {
        var all = pages.entrySet().iterator();
        while (all.hasNext()) {
            var entry = all.next();
            if (which.test(entry.getKey(), entry.getValue())) {
                bytes -= sizeOf(entry.getKey(), entry.getValue());
                all.remove();
            }
        }
    }

    synchronized void clear() {
        pages.clear();
        bytes = 0;
    }

    synchronized int size() {
        return pages.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    private static long sizeOf(String key, PageCache.Page page) {
        return page.body().size() + 2L * key.length();
    }
}
