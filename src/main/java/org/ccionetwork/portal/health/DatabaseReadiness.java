package org.ccionetwork.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.ccionetwork.portal.shared.Database;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the schema is migrated and the database answers now. */
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
            return response.down().withData("error", e.getMessage()).build();
        }
        try (var connection = database.dataSource().getConnection()) {
            return connection.isValid(2)
                    ? response.up().build()
                    : response.down().withData("error", "connection not valid").build();
        } catch (SQLException | RuntimeException e) {
            return response.down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
