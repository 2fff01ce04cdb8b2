package org.ccionetwork.portal.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.ccionetwork.portal.persistence.Database;

/**
 * The members an admin has disabled (or who left), so that their sessions end at their next
 * request, and the staff roles each member holds now, so that a revoked moderator or admin role
 * stops working in sessions already open: both without a database query per request, read from the
 * database every few seconds (every node of a cluster follows) and updated at once on the node where
 * the admin acted.
 */
@ApplicationScoped
public class DisabledMembers {

    private static final Logger LOG = Logger.getLogger(DisabledMembers.class.getName());

    @Inject
    private Database database;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private volatile Set<Long> disabled = Set.of();
    private volatile java.util.Map<Long, Set<String>> staff = java.util.Map.of();
    private volatile java.time.Instant refreshed;
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
        var started = java.time.Instant.now();
        try (var connection = database.dataSource().getConnection();
                var rows = connection
                        .createStatement()
                        .executeQuery("select id, disabled, roles from members where disabled = true"
                                + " or roles like '%moderator%' or roles like '%admin%'")) {
            var ids = new HashSet<Long>();
            var roles = new java.util.HashMap<Long, Set<String>>();
            while (rows.next()) {
                if (rows.getBoolean(2)) {
                    ids.add(rows.getLong(1));
                }
                roles.put(rows.getLong(1), Set.of(rows.getString(3).split(" ")));
            }
            disabled = Set.copyOf(ids);
            staff = java.util.Map.copyOf(roles);
            refreshed = started;
        } catch (SQLException | RuntimeException e) {
            LOG.fine(() -> "Disabled members not refreshed: " + e.getMessage());
        }
    }

    public boolean isDisabled(Long memberId) {
        return memberId != null && disabled.contains(memberId);
    }

    /**
     * Whether the member still holds a staff role ("moderator", "admin") their sign-in gave them: an
     * admin may have revoked it since. Only narrows what the sign-in token says, never widens it; a
     * sign-in newer than what this node has read from the database is taken at its word.
     */
    public boolean holds(Long memberId, String role, java.time.Instant signedInAt) {
        var known = refreshed;
        // The sign-in's time is kept in whole milliseconds, taken after its roles were committed: a
        // read that started within that millisecond may not have seen them.
        if (signedInAt != null && (known == null || !known.isAfter(signedInAt.plusMillis(1)))) {
            return true;
        }
        return memberId != null && staff.getOrDefault(memberId, Set.of()).contains(role);
    }

    /** What this node knows of a member's staff roles, and since when, for a log line. */
    String describe(Long memberId) {
        return "staff roles read " + refreshed + ": " + (memberId == null ? "no member id" : staff.get(memberId));
    }

    /** Takes note at once of a change of roles made on this node. */
    public void rolesChanged(long memberId, Set<String> roles) {
        var all = new java.util.HashMap<>(staff);
        all.put(memberId, Set.copyOf(roles));
        staff = java.util.Map.copyOf(all);
    }

    /** Takes note at once of a change made on this node. */
    public void changed(long memberId, boolean isDisabled) {
        var ids = new HashSet<>(disabled);
        if (isDisabled) {
            ids.add(memberId);
        } else {
            ids.remove(memberId);
        }
        disabled = Set.copyOf(ids);
    }
}
