package org.ccionetwork.portal.news;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ccionetwork.portal.persistence.Times;

/**
 * Claims the scheduled articles whose time has come, in the caller's transaction. Each is claimed
 * by one conditional UPDATE (status still SCHEDULED): when several nodes run this at once, the
 * database lets exactly one of them change the row, and only that one answers it. All claim in id
 * order, so two nodes never hold one row each while waiting for the other's.
 */
final class DueArticles {

    private DueArticles() {}

    /** The ids this transaction claimed (and so must record as published). */
    static List<Long> claim(EntityManager em, Instant now) {
        List<Long> due = em.createQuery(
                        "select a.id from Article a where a.status = :s and a.publishAt <= :now order by a.id",
                        Long.class)
                .setParameter("s", ArticleStatus.SCHEDULED)
                .setParameter("now", Times.stored(now))
                .getResultList();
        var claimed = new ArrayList<Long>();
        for (Long id : due) {
            int changed = em.createNativeQuery(
                            "update news_articles set status = 'PUBLISHED', published_at = publish_at,"
                                    + " publish_at = null, version = version + 1 where id = ? and status = 'SCHEDULED'")
                    .setParameter(1, id)
                    .executeUpdate();
            if (changed == 1) {
                claimed.add(id);
                org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.NEWS, id);
            }
        }
        return claimed;
    }
}
