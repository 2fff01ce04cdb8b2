package org.ccionetwork.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.ccionetwork.portal.persistence.Database;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the schema is migrated and the database answers now. The answer is public (load
 * balancers read it), so it carries the status alone; why it is down goes to the log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    private Database database;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try {
            database.ensureMigrated();
        } catch (Database.DatabaseUnavailableException e) {
            return down(response, e.getMessage());
        }
        try (var connection = database.dataSource().getConnection()) {
            return connection.isValid(2) ? response.up().build() : down(response, "connection not valid");
        } catch (SQLException | RuntimeException e) {
            return down(response, String.valueOf(e.getMessage()));
        }
    }

    private static HealthCheckResponse down(
            org.eclipse.microprofile.health.HealthCheckResponseBuilder response, String why) {
        LOG.warning(() -> "Database not ready: " + why);
        return response.down().build();
    }

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(DatabaseReadiness.class.getName());
}
