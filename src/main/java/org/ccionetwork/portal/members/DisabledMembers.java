package org.ccionetwork.portal.members;

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
import org.ccionetwork.portal.shared.Database;

/**
 * The members an admin has disabled (or who left), so that their sessions end at their next
 * request without a database query per request: read from the database every few seconds (every
 * node of a cluster follows), and updated at once on the node where the admin acted.
 */
@ApplicationScoped
public class DisabledMembers {

    private static final Logger LOG = Logger.getLogger(DisabledMembers.class.getName());

    @Inject
    private Database database;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private volatile Set<Long> disabled = Set.of();
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
        try (var connection = database.dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("select id from members where disabled = true")) {
            var ids = new HashSet<Long>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            disabled = Set.copyOf(ids);
        } catch (SQLException | RuntimeException e) {
            LOG.fine(() -> "Disabled members not refreshed: " + e.getMessage());
        }
    }

    public boolean isDisabled(Long memberId) {
        return memberId != null && disabled.contains(memberId);
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
