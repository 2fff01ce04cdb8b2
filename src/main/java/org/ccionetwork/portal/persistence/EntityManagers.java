package org.ccionetwork.portal.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's persistence unit, opened on first use rather than while the server deploys the
 * portal: a database that is down at start must not stop the portal from starting (it shows a
 * friendly page and reports not ready instead). Services inject an {@code @PortalData EntityManager} inside a
 * transaction ({@code @Transactional}); each transaction gets its own, closed when it ends.
 */
@ApplicationScoped
public class EntityManagers {

    public static final String UNIT = "portal";
    public static final String DESCRIPTOR = "META-INF/portal-persistence.xml";

    @Inject
    private Database database;

    @Inject
    @ConfigProperty(name = "portal.db.count-statements", defaultValue = "false")
    boolean countStatements;

    private volatile EntityManagerFactory factory;

    EntityManagerFactory factory() {
        var current = factory;
        if (current == null) {
            synchronized (this) {
                current = factory;
                if (current == null) {
                    database.ensureMigrated();
                    current = Persistence.createEntityManagerFactory(UNIT, properties(countStatements));
                    factory = current;
                }
            }
        }
        return current;
    }

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /**
     * An entity manager that always works on the current transaction's own one, as a container's
     * transaction-scoped entity manager does.
     */
    /** The unit's settings; with statement counting, EclipseLink reports each SQL statement to {@link SqlCounter}. */
    public static Map<String, Object> properties(boolean countStatements) {
        var properties = new java.util.HashMap<String, Object>();
        properties.put("eclipselink.persistencexml", DESCRIPTOR);
        if (countStatements) {
            properties.put("eclipselink.logging.logger", SqlCounter.class.getName());
            properties.put("eclipselink.logging.level.sql", "FINE");
        }
        return properties;
    }

    @Produces
    @PortalData
    EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(
                EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(this, args);
                    }
                    try {
                        return method.invoke(current(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private EntityManager current() {
        var entityManager = (EntityManager) transactions.getResource(UNIT);
        if (entityManager == null) {
            if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
                throw new IllegalStateException(
                        "The portal's data is used outside a transaction: mark the service @Transactional");
            }
            var created = factory().createEntityManager();
            created.joinTransaction();
            transactions.putResource(UNIT, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the transaction flushes it
                }

                @Override
                public void afterCompletion(int status) {
                    created.close();
                }
            });
            entityManager = created;
        }
        return entityManager;
    }

    @PreDestroy
    void shutdown() {
        if (factory != null) {
            factory.close();
        }
    }
}
