package org.ccionetwork.portal.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.ccionetwork.portal.devserver.PostgresServer;
import org.ccionetwork.portal.persistence.Database;
import org.ccionetwork.portal.persistence.EntityManagers;
import org.ccionetwork.portal.persistence.UrlSelectedDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The two databases the portal runs on, for tests of the schema, the mappings and native SQL
 * outside the server: a fresh H2 file database under {@code target/}, and a private PostgreSQL
 * server for the test class that registers this extension. Both are migrated by the portal's own
 * Flyway call.
 */
public final class BothDatabases implements BeforeAllCallback, AfterAllCallback {

    /** For {@code @MethodSource}: the databases a test runs on. */
    public static final String NAMES = "org.ccionetwork.portal.testing.BothDatabases#names";

    private PostgresServer postgres;

    /** Starts PostgreSQL; without it installed the test fails (skipping would hide H2's run too). */
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (PostgresServer.binaries().isEmpty()) {
            throw new IllegalStateException(
                    "PostgreSQL is not installed: apt-get install postgresql (.ci/run does it on a fresh machine)");
        }
        postgres = PostgresServer.start(TestSettings.target().resolve("it-logs/postgres.log"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    public static Stream<String> names() {
        return Stream.of("h2", "postgresql");
    }

    /** A data source of the named database with the portal's schema; each H2 one is new and empty. */
    public DataSource migrated(String database) {
        var ds = new UrlSelectedDataSource();
        if (database.equals("h2")) {
            var dir = TestSettings.target().resolve("it-h2/" + java.util.UUID.randomUUID());
            ds.setUrl("jdbc:h2:file:" + dir.resolve("portal") + ";NON_KEYWORDS=VALUE");
            ds.setUser("portal");
            ds.setPassword("portal");
        } else {
            ds.setUrl(postgres.jdbcUrl());
            ds.setUser("portal");
            ds.setPassword("");
        }
        Database.migrate(ds);
        return ds;
    }

    /** The portal's persistence unit on that data source, with local transactions. */
    public static EntityManagerFactory jpa(DataSource dataSource) {
        return Persistence.createEntityManagerFactory(
                EntityManagers.UNIT,
                Map.of(
                        "eclipselink.persistencexml", EntityManagers.DESCRIPTOR,
                        "eclipselink.target-server", "None",
                        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource", "",
                        "jakarta.persistence.nonJtaDataSource", dataSource,
                        "eclipselink.weaving", "false"));
    }
}
