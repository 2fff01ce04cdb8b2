package org.ccionetwork.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.ccionetwork.portal.persistence.PortalData;

/**
 * The key that signs links in mail, the same on every node: read from the database, made at random
 * by the first node that needs it (when two make one at once, the first written wins and both use
 * it). Read and written in transactions of their own, never in the caller's.
 */
@ApplicationScoped
public class SigningKey {

    static final String NAME = "mail-links";

    @Inject
    private Store store;

    private volatile Signatures signatures;

    public Signatures signatures() {
        var current = signatures;
        if (current == null) {
            synchronized (this) {
                current = signatures;
                if (current == null) {
                    current = new Signatures(Base64.getDecoder().decode(readOrMake()));
                    signatures = current;
                }
            }
        }
        return current;
    }

    private String readOrMake() {
        for (int round = 0; round < 2; round++) {
            var stored = store.read();
            if (stored != null) {
                return stored;
            }
            var key = new byte[32];
            new SecureRandom().nextBytes(key);
            try {
                store.write(Base64.getEncoder().encodeToString(key));
            } catch (PersistenceException | jakarta.transaction.TransactionalException taken) {
                // another node wrote it first: read theirs
            }
        }
        throw new IllegalStateException("no signing key could be read or written");
    }

    /** The key's row, in transactions of their own. */
    @ApplicationScoped
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public static class Store {

        @Inject
        @PortalData
        private EntityManager em;

        String read() {
            @SuppressWarnings("unchecked")
            List<Object> rows = em.createNativeQuery("select secret from portal_secrets where name = ?")
                    .setParameter(1, NAME)
                    .getResultList();
            return rows.isEmpty() ? null : (String) rows.getFirst();
        }

        void write(String secret) {
            em.createNativeQuery("insert into portal_secrets (name, secret) values (?, ?)")
                    .setParameter(1, NAME)
                    .setParameter(2, secret)
                    .executeUpdate();
        }
    }
}
