package org.ccionetwork.portal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;
import org.ccionetwork.portal.notify.MailKind.Delivery;
import org.ccionetwork.portal.notify.MailKind.Frequency;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Viewer;

/** What each member wants by mail: per kind, and how often the digest comes. A member who chose nothing has the defaults. */
@ApplicationScoped
@Transactional
public class MailPreferences {

    public static final Frequency DEFAULT_FREQUENCY = Frequency.WEEKLY;

    @Inject
    @PortalData
    private EntityManager em;

    /** A member's choices, every kind present. */
    public record Choices(Map<MailKind, Delivery> deliveries, Frequency frequency) {

        public Delivery of(MailKind kind) {
            return deliveries.getOrDefault(kind, kind.byDefault());
        }
    }

    public Choices of(long memberId) {
        return of(java.util.List.of(memberId)).get(memberId);
    }

    /** The choices of several members at once, in two queries. */
    public Map<Long, Choices> of(java.util.Collection<Long> memberIds) {
        var all = new java.util.HashMap<Long, Choices>();
        if (memberIds.isEmpty()) {
            return all;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(memberIds.size(), "?"));
        var deliveries = new java.util.HashMap<Long, Map<MailKind, Delivery>>();
        var frequencies = new java.util.HashMap<Long, Frequency>();
        for (Long id : memberIds) {
            var defaults = new EnumMap<MailKind, Delivery>(MailKind.class);
            for (MailKind kind : MailKind.values()) {
                defaults.put(kind, kind.byDefault());
            }
            deliveries.put(id, defaults);
        }
        for (Object[] row : rows(
                "select member_id, kind, delivery from mail_preferences where member_id in (" + marks + ")",
                memberIds)) {
            try {
                deliveries
                        .get(((Number) row[0]).longValue())
                        .put(MailKind.valueOf((String) row[1]), Delivery.valueOf((String) row[2]));
            } catch (IllegalArgumentException retired) {
                // the default stands
            }
        }
        for (Object[] row :
                rows("select member_id, frequency from mail_digests where member_id in (" + marks + ")", memberIds)) {
            frequencies.put(((Number) row[0]).longValue(), Frequency.valueOf((String) row[1]));
        }
        deliveries.forEach(
                (id, chosen) -> all.put(id, new Choices(chosen, frequencies.getOrDefault(id, DEFAULT_FREQUENCY))));
        return all;
    }

    private java.util.List<Object[]> rows(String sql, java.util.Collection<Long> ids) {
        var query = em.createNativeQuery(sql);
        int i = 1;
        for (Long id : ids) {
            query.setParameter(i++, id);
        }
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = query.getResultList();
        return rows;
    }

    /** The signed-in member's own choices. */
    public Choices mine(Viewer viewer) {
        viewer.requireMember();
        return of(viewer.memberId());
    }

    /** Saves the signed-in member's choices (only their own). */
    public void save(Viewer viewer, Choices choices) {
        viewer.requireMember();
        choices.deliveries().forEach((kind, delivery) -> set(viewer.memberId(), kind, delivery));
        frequency(viewer.memberId(), choices.frequency());
    }

    /** No more digests (the digest's unsubscribe link). */
    public void digestOff(long memberId) {
        frequency(memberId, Frequency.OFF);
    }

    private void frequency(long memberId, Frequency frequency) {
        int changed = em.createNativeQuery("update mail_digests set frequency = ? where member_id = ?")
                .setParameter(1, frequency.name())
                .setParameter(2, memberId)
                .executeUpdate();
        if (changed == 0) {
            em.createNativeQuery("insert into mail_digests (member_id, frequency) values (?, ?)")
                    .setParameter(1, memberId)
                    .setParameter(2, frequency.name())
                    .executeUpdate();
        }
    }

    /** One kind's choice (an unsubscribe link changes only its own kind). */
    public void set(long memberId, MailKind kind, Delivery delivery) {
        int changed = em.createNativeQuery("update mail_preferences set delivery = ? where member_id = ? and kind = ?")
                .setParameter(1, delivery.name())
                .setParameter(2, memberId)
                .setParameter(3, kind.name())
                .executeUpdate();
        if (changed == 0) {
            em.createNativeQuery("insert into mail_preferences (member_id, kind, delivery) values (?, ?, ?)")
                    .setParameter(1, memberId)
                    .setParameter(2, kind.name())
                    .setParameter(3, delivery.name())
                    .executeUpdate();
        }
    }
}
