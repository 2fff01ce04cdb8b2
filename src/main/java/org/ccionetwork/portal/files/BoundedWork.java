package org.ccionetwork.portal.files;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Costly optional work (drawing a preview of a member's file) on a few threads of its own, each
 * job given a time limit: a job over its time is abandoned and answers nothing, and when every
 * thread is busy and the short queue is full a new job answers nothing at once. A file built to
 * take minutes can then hold at most these threads, never the request threads, and never all the
 * machine's memory at once.
 */
public final class BoundedWork implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BoundedWork.class.getName());

    private final ThreadPoolExecutor pool;
    private final Duration limit;

    public BoundedWork(int threads, int queued, Duration limit, ThreadFactory threadFactory) {
        this.pool = new ThreadPoolExecutor(
                threads,
                threads,
                1,
                TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(Math.max(1, queued)),
                threadFactory,
                new ThreadPoolExecutor.AbortPolicy());
        this.pool.allowCoreThreadTimeOut(true);
        this.limit = limit;
    }

    /** The job's answer, or nothing if it failed, ran over its time, or could not start. */
    public <T> Optional<T> run(String what, Callable<Optional<T>> job) {
        java.util.concurrent.Future<Optional<T>> future;
        try {
            future = pool.submit(job);
        } catch (RejectedExecutionException busy) {
            LOG.info(() -> "Too busy for " + what + ": skipped");
            return Optional.empty();
        }
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.info(() -> what + " took longer than " + limit.toSeconds() + " s: abandoned");
            return Optional.empty();
        } catch (ExecutionException e) {
            LOG.fine(() -> what + " failed: " + e.getCause());
            return Optional.empty();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
