package org.ccionetwork.portal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock the portal reads, so that tests can reason about time. With
 * {@code portal.testing.movable-clock=true} (tests only, never in production) the clock can be
 * moved forward through {@link ClockResource}, so that a test sees a scheduled article published
 * without waiting for it.
 */
@ApplicationScoped
public class Clocks {

    @Inject
    @ConfigProperty(name = "portal.testing.movable-clock", defaultValue = "false")
    boolean movable;

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.offset(Clock.system(zone), offset.get());
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(offset.get());
            }
        };
    }

    public boolean isMovable() {
        return movable;
    }

    /** Moves the clock forward (tests only). */
    public void advance(Duration by) {
        if (!movable) {
            throw new NotFoundException("clock");
        }
        offset.accumulateAndGet(by, Duration::plus);
    }
}
