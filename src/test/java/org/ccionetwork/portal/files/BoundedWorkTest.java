package org.ccionetwork.portal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Costly work runs within its time and on its own few threads, or answers nothing. */
class BoundedWorkTest {

    @Test
    void aJobWithinItsTimeAnswers() {
        try (var work = new BoundedWork(1, 1, Duration.ofSeconds(5), Executors.defaultThreadFactory())) {
            assertEquals(Optional.of("drawn"), work.run("a job", () -> Optional.of("drawn")));
            assertEquals(Optional.empty(), work.run("a failing job", () -> {
                throw new IllegalStateException("broken file");
            }));
        }
    }

    @Test
    void aJobOverItsTimeIsAbandonedAndInterrupted() throws Exception {
        var interrupted = new CountDownLatch(1);
        try (var work = new BoundedWork(1, 1, Duration.ofMillis(300), Executors.defaultThreadFactory())) {
            long started = System.nanoTime();
            var answer = work.run("a slow job", () -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return Optional.of("too late");
            });
            assertEquals(Optional.empty(), answer);
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10), "the caller did not wait for it");
            assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the job was told to stop");
        }
    }

    @Test
    void whenEveryThreadAndTheQueueAreTakenANewJobAnswersNothingAtOnce() throws Exception {
        var release = new CountDownLatch(1);
        var running = new CountDownLatch(1);
        try (var work = new BoundedWork(1, 1, Duration.ofSeconds(30), Executors.defaultThreadFactory());
                var callers = Executors.newFixedThreadPool(2)) {
            // One job holds the only thread, a second waits in the only queue place.
            callers.submit(() -> work.run("a long job", () -> {
                running.countDown();
                release.await();
                return Optional.of(1);
            }));
            assertTrue(running.await(5, TimeUnit.SECONDS));
            callers.submit(() -> work.run("a queued job", () -> Optional.of(2)));
            Thread.sleep(200);
            long started = System.nanoTime();
            assertEquals(Optional.empty(), work.run("one too many", () -> Optional.of(3)));
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(1), "refused without waiting");
            release.countDown();
        }
    }
}
