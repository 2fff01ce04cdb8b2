package org.ccionetwork.portal.persistence;

import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * Counts the SQL statements EclipseLink sends, per thread, when {@code portal.db.count-statements}
 * is on (tests and benchmarks): the proof that a page's query count does not grow with its rows.
 * Off in production, where EclipseLink logs through the server as usual.
 */
public class SqlCounter extends AbstractSessionLog {

    private static final ThreadLocal<AtomicLong> COUNT = ThreadLocal.withInitial(AtomicLong::new);

    public static void reset() {
        COUNT.get().set(0);
    }

    public static long count() {
        return COUNT.get().get();
    }

    private static final java.util.Map<String, Long> REQUESTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Notes what a page request cost (see {@link StatementCountFilter}); only the latest few hundred are kept. */
    static void requestDone(String uri, long statements) {
        if (REQUESTS.size() > 500) {
            REQUESTS.clear();
        }
        REQUESTS.put(uri, statements);
    }

    /** The statements the latest request for this address (path and query, as sent) cost, if counted. */
    public static java.util.Optional<Long> ofRequest(String uri) {
        return java.util.Optional.ofNullable(REQUESTS.get(uri));
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (SessionLog.SQL.equals(entry.getNameSpace())) {
            COUNT.get().incrementAndGet();
        }
    }

    @Override
    public boolean shouldLog(int level, String category) {
        return SessionLog.SQL.equals(category) ? level >= SessionLog.FINE : level >= SessionLog.WARNING;
    }
}
