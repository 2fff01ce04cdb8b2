package org.ccionetwork.portal.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.ccionetwork.portal.persistence.PortalData;

/**
 * Notes, in the transaction of a change, which documents are to be written again (a row of
 * {@code search_queue}), and once the change is committed has them written in the background
 * ({@link SearchWorker}). A node that stops in
 * between leaves the row, and the next round of {@link SearchRounds} on any node writes them: the
 * index follows every committed change, and no change waits for the index.
 */
@ApplicationScoped
public class SearchQueue {

    private static final String QUEUED = SearchQueue.class.getName();

    /** Something was queued in the current transaction (fired once per transaction). */
    record Queued() {}

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Event<Queued> queued;

    @Inject
    private SearchWorker worker;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Transactional
    void noted(@Observes SearchStale stale) {
        em.createNativeQuery(
                        "insert into search_queue (kind, ref_id, group_id) values (?, cast(? as bigint), cast(? as bigint))")
                .setParameter(1, stale.kind().key())
                .setParameter(2, stale.ref())
                .setParameter(3, stale.group())
                .executeUpdate();
        if (transactions.getResource(QUEUED) == null) {
            transactions.putResource(QUEUED, Boolean.TRUE);
            queued.fire(new Queued());
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued queued) {
        worker.kick();
    }
}
