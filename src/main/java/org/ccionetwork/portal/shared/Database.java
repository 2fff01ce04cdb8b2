package org.ccionetwork.portal.shared;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
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
        className = "org.ccionetwork.portal.shared.UrlSelectedDataSource",
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

    private volatile String migrationFailure;

    void migrateOnStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            migrate(dataSource);
            migrationFailure = null;
        } catch (RuntimeException e) {
            migrationFailure = rootMessage(e);
            LOG.log(Level.SEVERE, () -> "The portal cannot reach or prepare its database (portal.db.url): "
                    + migrationFailure + ". It keeps running, reports not ready on /health/ready, and shows an "
                    + "error page wherever data is needed until the database is back and the portal is restarted.");
        }
    }

    /** Brings the schema up to date; used at start and by the persistence tests. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /** Why the last migration failed, if it did. */
    public Optional<String> migrationFailure() {
        return Optional.ofNullable(migrationFailure);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
