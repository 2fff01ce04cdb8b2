package org.ccionetwork.portal.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.ccionetwork.portal.persistence.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Keycloak sessions that have ended (Keycloak's back-channel logout said so), so that a portal
 * session opened by one of them ends at its next request. Kept in the database, where every node of
 * a cluster reads them every few seconds, and noted at once on the node Keycloak called; forgotten
 * once no portal session could still be open from them.
 */
@ApplicationScoped
public class EndedSessions {

    private static final Logger LOG = Logger.getLogger(EndedSessions.class.getName());

    @Inject
    private Database database;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "portal.session.max-minutes", defaultValue = "720")
    int maxSessionMinutes;

    private volatile Set<String> ended = Set.of();
    private ScheduledFuture<?> refresher;

    @PostConstruct
    void start() {
        refresher = scheduler.scheduleWithFixedDelay(this::refresh, 0, 5, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (refresher != null) {
            refresher.cancel(false);
        }
    }

    void refresh() {
        var forgetBefore = OffsetDateTime.now(ZoneOffset.UTC).minus(keptFor());
        try (var connection = database.dataSource().getConnection()) {
            try (var purge = connection.prepareStatement("delete from ended_sso_sessions where ended < ?")) {
                purge.setObject(1, forgetBefore);
                purge.executeUpdate();
            }
            var ids = new HashSet<String>();
            try (var rows = connection.createStatement().executeQuery("select sid from ended_sso_sessions")) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            ended = Set.copyOf(ids);
        } catch (SQLException | RuntimeException e) {
            LOG.fine(() -> "Ended Keycloak sessions not refreshed: " + e.getMessage());
        }
    }

    /** A portal session cannot outlive its absolute lifetime, so nor need the record of its end. */
    private Duration keptFor() {
        return Duration.ofMinutes(maxSessionMinutes).plusHours(1);
    }

    /** Records that this Keycloak session has ended (again is harmless). */
    public void end(String sessionId, Instant now) throws SQLException {
        var all = new HashSet<>(ended);
        all.add(sessionId);
        ended = Set.copyOf(all);
        try (var connection = database.dataSource().getConnection();
                var insert = connection.prepareStatement("insert into ended_sso_sessions (sid, ended) values (?, ?)")) {
            insert.setString(1, sessionId);
            insert.setObject(2, now.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            // Recorded already (Keycloak called again, or another node at once): nothing to add.
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    public boolean isEnded(String sessionId) {
        return sessionId != null && ended.contains(sessionId);
    }
}
