package org.ccionetwork.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Viewer;

/** The audit log of moderators' and admins' actions, written in the same transaction as the action. */
@ApplicationScoped
@Transactional
public class AuditLog {

    public static final int PAGE_SIZE = 50;

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    public void record(Long actorId, String action, String target, String reason) {
        em.persist(new AuditEntry(actorId, action, target, reason, clock.instant()));
    }

    /** Newest first, by keyset: at most {@code size} entries older than the given id (or the newest when null). */
    public List<AuditEntry> entries(Viewer viewer, Long beforeId, int size) {
        viewer.requireModerator("audit log");
        return em.createQuery("select a from AuditEntry a where a.id < :before order by a.id desc", AuditEntry.class)
                .setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .setMaxResults(Math.min(size, PAGE_SIZE))
                .getResultList();
    }

    /** How many entries the log holds. */
    public int count(Viewer viewer) {
        viewer.requireModerator("audit log");
        return em.createQuery("select count(a) from AuditEntry a", Long.class)
                .getSingleResult()
                .intValue();
    }
}
