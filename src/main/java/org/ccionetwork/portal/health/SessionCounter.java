package org.ccionetwork.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * How many HTTP sessions this node has created and holds, on /health/live: anonymous readers
 * must create none, and the benchmark reads this to prove it.
 */
@WebListener
public class SessionCounter implements HttpSessionListener {

    private static final AtomicLong CREATED = new AtomicLong();
    private static final AtomicLong ACTIVE = new AtomicLong();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        CREATED.incrementAndGet();
        ACTIVE.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ACTIVE.decrementAndGet();
    }

    /** The counts, as a liveness check's data. */
    @Liveness
    @ApplicationScoped
    public static class Check implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.named("http-sessions")
                    .up()
                    .withData("created", CREATED.get())
                    .withData("active", ACTIVE.get())
                    .build();
        }
    }
}
