package org.ccionetwork.portal.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.ccionetwork.portal.shared.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock the portal reads, so that tests can reason about time. With
 * {@code portal.testing.movable-clock=true} (tests only, never in production) the clock can be
 * moved forward through {@link ClockResource}, so that a test sees a scheduled article published
 * without waiting for it; it can start at a chosen instant ({@code portal.testing.clock-start},
 * say a minute before the UK's clocks go back; "now" or nothing: the real time), and a test can hold it still while it does
 * something that must happen "within a minute" however slow the machine is.
 *
 * <p>Signing in and its tokens use the real time: they are Keycloak's, not the portal's.
 */
@ApplicationScoped
public class Clocks {

    @Inject
    @ConfigProperty(name = "portal.testing.movable-clock", defaultValue = "false")
    boolean movable;

    @Inject
    @ConfigProperty(name = "portal.testing.clock-start")
    Optional<String> start;

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Where the clock stands while a test holds it; null while it runs. */
    private final AtomicReference<Instant> held = new AtomicReference<>();

    @jakarta.annotation.PostConstruct
    void startWhereAsked() {
        var at = start.map(String::strip).filter(s -> !s.isEmpty() && !s.equals("now"));
        if (at.isPresent()) {
            if (!movable) {
                throw new IllegalStateException("portal.testing.clock-start is for tests, with a movable clock");
            }
            offset.set(Duration.between(Instant.now(), Instant.parse(at.get())));
        }
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new PortalClock(ZoneOffset.UTC);
    }

    private final class PortalClock extends Clock {
        private final ZoneId zone;

        PortalClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new PortalClock(other);
        }

        @Override
        public Instant instant() {
            return now();
        }
    }

    /** Where this thread's clock stands while {@link #telling} runs; null otherwise. */
    private static final ThreadLocal<Instant> TOLD = new ThreadLocal<>();

    /**
     * Runs work on this thread with the clock reading {@code at}, so that the services record what
     * the work does as having happened then: the demo content tells its story over the past weeks
     * through the same services members use. Other threads keep the real time.
     */
    public <T> T telling(Instant at, java.util.function.Supplier<T> work) {
        var before = TOLD.get();
        TOLD.set(at);
        try {
            return work.get();
        } finally {
            if (before == null) {
                TOLD.remove();
            } else {
                TOLD.set(before);
            }
        }
    }

    private Instant now() {
        var told = TOLD.get();
        if (told != null) {
            return told;
        }
        var at = held.get();
        return at != null ? at : Instant.now().plus(offset.get());
    }

    public boolean isMovable() {
        return movable;
    }

    /** Moves the clock forward (tests only). */
    public void advance(Duration by) {
        mustBeMovable();
        if (by.isNegative()) {
            throw new IllegalArgumentException("The clock only moves forward");
        }
        offset.accumulateAndGet(by, Duration::plus);
        held.getAndUpdate(at -> at == null ? null : at.plus(by));
    }

    /** Moves the clock forward to an instant (tests only); never back. */
    public void advanceTo(Instant target) {
        advance(Duration.between(now(), target));
    }

    /** Stops the clock where it stands until {@link #release()} (tests only). */
    public void hold() {
        mustBeMovable();
        held.compareAndSet(null, now());
    }

    /** Lets a held clock run on from where it was held (tests only): time never goes back. */
    public void release() {
        mustBeMovable();
        var at = held.getAndSet(null);
        if (at != null) {
            offset.set(Duration.between(Instant.now(), at));
        }
    }

    private void mustBeMovable() {
        if (!movable) {
            throw new NotFoundException("clock");
        }
    }
}
