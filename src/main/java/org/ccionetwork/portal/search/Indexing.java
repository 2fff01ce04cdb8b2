package org.ccionetwork.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ccionetwork.portal.persistence.Database;
import org.ccionetwork.portal.persistence.PortalData;

/**
 * Writes documents from their sources: those queued by changes ({@link #drain}), and, for a
 * database that held things before the search existed, all of them a batch at a time
 * ({@link #backfill}). Each batch is its own transaction; every node may run both, since each row
 * of the queue is taken by one DELETE and each batch of the first indexing by one conditional
 * UPDATE.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Indexing {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Database database;

    @Inject
    @Any
    private Instance<SearchSource> sources;

    /** The index of this database. */
    TextIndex index() {
        return database.isPostgres() ? TextIndex.POSTGRES_TEXT : TextIndex.TERM_TABLE;
    }

    /** Writes the documents of at most {@code most} queued changes; answers how many it took. */
    public int drain(int most) {
        var rows = em.createNativeQuery("select id, kind, ref_id, group_id from search_queue order by id")
                .setMaxResults(most)
                .getResultList();
        var stale = new EnumMap<SearchKind, Set<Long>>(SearchKind.class);
        int taken = 0;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            int deleted = em.createNativeQuery("delete from search_queue where id = ?")
                    .setParameter(1, ((Number) r[0]).longValue())
                    .executeUpdate();
            var kind = SearchKind.of((String) r[1]);
            if (deleted != 1 || kind.isEmpty()) {
                continue; // another node took it
            }
            taken++;
            var refs = stale.computeIfAbsent(kind.get(), k -> new LinkedHashSet<>());
            if (r[2] != null) {
                refs.add(((Number) r[2]).longValue());
            } else if (r[3] != null) {
                refs.addAll(index().refsOfGroup(em, kind.get().key(), ((Number) r[3]).longValue()));
            }
        }
        stale.forEach(this::write);
        return taken;
    }

    /**
     * Indexes the next batch of a kind's things not yet indexed since the search began; answers
     * whether there may be more.
     */
    public boolean backfill(SearchKind kind, int most) {
        var source = source(kind);
        if (source.isEmpty()) {
            return false;
        }
        var state = em.createNativeQuery("select after_ref, done from search_backfill where kind = ?")
                .setParameter(1, kind.key())
                .getResultList();
        if (state.isEmpty() || Boolean.TRUE.equals(((Object[]) state.getFirst())[1])) {
            return false;
        }
        long after = ((Number) ((Object[]) state.getFirst())[0]).longValue();
        var refs = source.get().refsAfter(after, most);
        var claim = em.createNativeQuery("update search_backfill set after_ref = ?, done = ?"
                        + " where kind = ? and after_ref = ? and done = ?")
                .setParameter(1, refs.isEmpty() ? after : refs.getLast())
                .setParameter(2, refs.isEmpty())
                .setParameter(3, kind.key())
                .setParameter(4, after)
                .setParameter(5, false);
        if (claim.executeUpdate() != 1) {
            return true; // another node took this batch
        }
        write(kind, refs);
        return !refs.isEmpty();
    }

    private void write(SearchKind kind, java.util.Collection<Long> refs) {
        var source = source(kind);
        if (refs.isEmpty() || source.isEmpty()) {
            return;
        }
        var index = index();
        var left = new LinkedHashSet<>(refs);
        var batch = new ArrayList<Long>(refs);
        for (int from = 0; from < batch.size(); from += 500) {
            for (SearchDocument doc : source.get().documents(batch.subList(from, Math.min(batch.size(), from + 500)))) {
                index.put(em, doc);
                left.remove(doc.ref());
            }
        }
        for (long gone : left) {
            index.remove(em, kind.key(), gone);
        }
    }

    private Optional<SearchSource> source(SearchKind kind) {
        for (SearchSource source : sources) {
            if (source.kind() == kind) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }

    /** The kinds with a source, for the rounds. */
    List<SearchKind> kinds() {
        var kinds = new ArrayList<SearchKind>();
        sources.forEach(source -> kinds.add(source.kind()));
        return kinds;
    }
}
