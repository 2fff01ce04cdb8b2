package org.ccionetwork.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.persistence.Times;

/**
 * The outbox: a message is written here in the transaction of what caused it (so it exists exactly
 * when that did), and {@link OutboxSender} sends it later.
 */
@ApplicationScoped
@Transactional
public class Outbox {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A message as admins see it in the outbox. */
    public record Entry(
            long id,
            String to,
            String subject,
            Instant created,
            int attempts,
            Instant nextAttempt,
            String outcome,
            String error) {}

    /**
     * Adds the message to go after the delay, or, when it has no address to go to, records it as
     * failed at once for admins to see.
     */
    public void queue(Letter letter, Duration delay) {
        if (letter.to() == null || letter.to().isBlank()) {
            refuse(letter, "the member has no email address");
        } else {
            add(letter, delay);
        }
    }

    /**
     * Adds a message held as a reference only, written at sending time by the {@link Composer} that
     * handles the reference (the caller's transaction writes one short row).
     */
    public void queueReference(long recipientId, String to, String reference, Duration delay) {
        queue(new Letter(recipientId, to, null, "(written when sent)", "", "", null, reference), delay);
    }

    /** Adds the message, to go at once or after a delay (a notification waits, in case it is read first). */
    public void add(Letter letter, Duration delay) {
        var now = clock.instant();
        insert(letter, now.plus(delay), null, null, null);
    }

    /** Records a message that cannot be sent (no address, say) as failed at once, for admins to see. */
    public void refuse(Letter letter, String reason) {
        var now = clock.instant();
        insert(letter, now, now, "failed", reason);
    }

    private void insert(Letter letter, Instant nextAttempt, Instant finished, String outcome, String error) {
        em.createNativeQuery("insert into mail_outbox (recipient_id, to_address, to_name, subject, text_body,"
                        + " html_body, unsubscribe_url, reference, created, next_attempt, attempts, finished,"
                        + " outcome, last_error) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")
                .setParameter(1, letter.recipientId())
                .setParameter(2, letter.to() == null ? "" : letter.to())
                .setParameter(3, letter.toName())
                .setParameter(4, letter.subject())
                .setParameter(5, letter.text())
                .setParameter(6, letter.html())
                .setParameter(7, letter.unsubscribeUrl())
                .setParameter(8, letter.reference())
                .setParameter(9, Times.stored(clock.instant()))
                .setParameter(10, Times.stored(nextAttempt))
                .setParameter(11, finished == null ? null : Times.stored(finished))
                .setParameter(12, outcome)
                .setParameter(13, error)
                .executeUpdate();
    }

    /** How many messages were written for the member since then (for the hourly limit). */
    public long countSince(long recipientId, Instant since) {
        return ((Number) em.createNativeQuery("select count(*) from mail_outbox where recipient_id = ? and created > ?")
                        .setParameter(1, recipientId)
                        .setParameter(2, Times.stored(since))
                        .getSingleResult())
                .longValue();
    }

    /** The same for several members at once, in one query (a member with none is left out). */
    public java.util.Map<Long, Long> countSince(java.util.Collection<Long> recipientIds, Instant since) {
        var counts = new java.util.HashMap<Long, Long>();
        if (recipientIds.isEmpty()) {
            return counts;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(recipientIds.size(), "?"));
        var query = em.createNativeQuery("select recipient_id, count(*) from mail_outbox where created > ?"
                + " and recipient_id in (" + marks + ") group by recipient_id");
        query.setParameter(1, Times.stored(since));
        int i = 2;
        for (Long id : recipientIds) {
            query.setParameter(i++, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return counts;
    }

    /** The messages waiting to go or given up on, oldest first, for admins. */
    public List<Entry> waitingOrFailed(int most) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, to_address, subject, created, attempts, next_attempt,"
                        + " outcome, last_error from mail_outbox where outcome is null or outcome = 'failed'"
                        + " order by id")
                .setMaxResults(most)
                .getResultList();
        return rows.stream()
                .map(r -> new Entry(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        Times.read(r[3]),
                        ((Number) r[4]).intValue(),
                        Times.read(r[5]),
                        (String) r[6],
                        (String) r[7]))
                .toList();
    }

    /** A failed message goes round again, from its first attempt. */
    public void retry(long id) {
        em.createNativeQuery("update mail_outbox set outcome = null, finished = null, attempts = 0,"
                        + " next_attempt = ? where id = ? and outcome = 'failed'")
                .setParameter(1, Times.stored(clock.instant()))
                .setParameter(2, id)
                .executeUpdate();
    }
}
