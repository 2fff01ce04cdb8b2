package org.ccionetwork.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The search's background work on every node: documents still queued (their node stopped before it
 * wrote them, or the database was away) go to this node's {@link SearchWorker}; then the first indexing of what existed before the search,
 * a few seconds of it per round so that pages keep their speed meanwhile.
 */
@ApplicationScoped
public class SearchRounds extends org.ccionetwork.portal.clock.Repeating {

    private static final Logger LOG = Logger.getLogger(SearchRounds.class.getName());
    private static final Duration WORK_PER_ROUND = Duration.ofSeconds(3);

    @Inject
    private Indexing indexing;

    @Inject
    private SearchWorker worker;

    @Override
    protected Duration interval() {
        return Duration.ofSeconds(10);
    }

    @Override
    protected void round() {
        try {
            worker.kick(); // the node's one writer of queued documents takes what is left
            long until = System.nanoTime() + WORK_PER_ROUND.toNanos();
            for (SearchKind kind : indexing.kinds()) {
                while (System.nanoTime() < until && indexing.backfill(kind, 200)) {
                    // the next batch
                }
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "Search indexing waits for the next round: " + e);
        }
    }
}
