package org.ccionetwork.portal.persistence;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ccionetwork.portal.shared.Failures;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * The portal's database: its connection pool (configured through MicroProfile Config, see
 * {@code microprofile-config.properties}) and its schema, which Flyway migrations own. The
 * migrations run once at start, before anything uses JPA. A database that cannot be reached
 * does not stop the portal from starting: it is logged plainly, readiness reports DOWN, and
 * pages that need data show a friendly error page.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.ccionetwork.portal.persistence.UrlSelectedDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        loginTimeout = 5)
@ApplicationScoped
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/portal";
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = JNDI_NAME)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.db.url")
    String url;

    private volatile String migrationFailure;

    private volatile boolean migrated;

    void migrateOnStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            ensureMigrated();
        } catch (DatabaseUnavailableException e) {
            // Logged by ensureMigrated; the portal starts all the same.
        }
    }

    /**
     * Migrates the schema unless that is done; called at start, by the readiness check and before
     * first use, so that the portal recovers by itself when the database comes back.
     *
     * @throws DatabaseUnavailableException when the database cannot be reached or migrated
     */
    public synchronized void ensureMigrated() {
        if (migrated) {
            return;
        }
        try {
            migrate(dataSource);
            migrated = true;
            if (migrationFailure != null) {
                LOG.info("The portal's database is reachable again and its schema is up to date.");
            }
            migrationFailure = null;
        } catch (RuntimeException e) {
            boolean firstTime = migrationFailure == null;
            migrationFailure = Failures.rootMessage(e);
            if (firstTime) {
                LOG.log(
                        Level.SEVERE,
                        () -> "The portal cannot reach or prepare its database (portal.db.url = "
                                + withoutParameters(url) + "): " + migrationFailure
                                + ". It keeps running, reports not ready on /health/ready, and shows an "
                                + "error page wherever data is needed until the database answers.");
            }
            throw new DatabaseUnavailableException(migrationFailure, e);
        }
    }

    /**
     * Brings the schema up to date; used at start and by the persistence tests. The migrations in
     * {@code db/migration} hold for both databases; {@code db/postgresql} adds what only PostgreSQL
     * has (its full-text search). Versions are shared: a number used in one folder is not reused in
     * the other.
     */
    public static void migrate(DataSource dataSource) {
        var locations = isPostgres(dataSource)
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
        Flyway.configure().dataSource(dataSource).locations(locations).load().migrate();
    }

    /** Whether the portal runs on PostgreSQL (otherwise on the embedded H2). */
    public boolean isPostgres() {
        return UrlSelectedDataSource.isPostgres(url);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }

    /** The database cannot be reached or its schema cannot be brought up to date. */
    public static class DatabaseUnavailableException extends RuntimeException {
        DatabaseUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The URL without its parameters, which may carry a password. */
    static String withoutParameters(String jdbcUrl) {
        return jdbcUrl == null ? null : jdbcUrl.replaceAll("[?;].*$", "");
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
