package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Viewer;

/** Members watching topics and categories, and who watches a topic. */
@ApplicationScoped
@Transactional
public class Watching {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Categories categories;

    // ---- watching

    public void watch(Viewer viewer, long topicId) {
        viewer.requireMember();
        if (em.find(Watch.class, new Watch.Key(topicId, viewer.memberId())) == null) {
            em.persist(new Watch(topicId, viewer.memberId(), clock.instant()));
        }
    }

    public void unwatch(Viewer viewer, long topicId) {
        viewer.requireMember();
        em.createQuery("delete from Watch w where w.topicId = :t and w.memberId = :m")
                .setParameter("t", topicId)
                .setParameter("m", viewer.memberId())
                .executeUpdate();
    }

    public boolean isWatching(Viewer viewer, long topicId) {
        return viewer.isSignedIn() && em.find(Watch.class, new Watch.Key(topicId, viewer.memberId())) != null;
    }

    public void watchCategory(Viewer viewer, long categoryId, boolean watching) {
        viewer.requireMember();
        categories.category(viewer, categoryId);
        var existing = em.find(CategoryWatch.class, new CategoryWatch.Key(categoryId, viewer.memberId()));
        if (watching && existing == null) {
            em.persist(new CategoryWatch(categoryId, viewer.memberId(), clock.instant()));
        } else if (!watching && existing != null) {
            em.remove(existing);
        }
    }

    public boolean isWatchingCategory(Viewer viewer, long categoryId) {
        return viewer.isSignedIn()
                && em.find(CategoryWatch.class, new CategoryWatch.Key(categoryId, viewer.memberId())) != null;
    }

    List<Long> watchers(long topicId) {
        return em.createQuery("select w.memberId from Watch w where w.topicId = :t", Long.class)
                .setParameter("t", topicId)
                .getResultList();
    }
}
