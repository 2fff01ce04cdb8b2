package org.ccionetwork.portal.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The story clock the demo content is told with: this thread only, and only while it runs. */
class ClocksTest {

    private final Clocks clocks = new Clocks();

    ClocksTest() {
        clocks.start = Optional.empty();
    }

    @Test
    void tellingSetsThisThreadsClockAndOnlyWhileItRuns() {
        var clock = clocks.clock();
        var then = Instant.parse("2026-11-12T09:00:00Z");
        assertEquals(then, clocks.telling(then, clock::instant));
        var later = then.plusSeconds(60);
        assertEquals(
                java.util.List.of(later, then),
                clocks.telling(then, () -> java.util.List.of(clocks.telling(later, clock::instant), clock.instant())),
                "a nested story's time, then the outer one's again");
        var otherThread = clocks.telling(
                then, () -> CompletableFuture.supplyAsync(clock::instant).join());
        assertTrue(nearNow(otherThread), "other threads keep the real time: " + otherThread);
        assertTrue(nearNow(clock.instant()), "the real time after");
    }

    private static boolean nearNow(Instant instant) {
        return Duration.between(instant, Instant.now()).abs().toSeconds() < 5;
    }
}
