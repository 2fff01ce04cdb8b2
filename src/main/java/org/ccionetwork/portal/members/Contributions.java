package org.ccionetwork.portal.members;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Makes a member's limit checks atomic: "count what they did lately, then add one more" is only a
 * limit if two requests of the same member cannot both count before either adds. Call
 * {@link #begin} first in the transaction that checks and writes: it updates the member's own row,
 * which the database then holds for that member alone until the transaction ends, so the next
 * request of the same member waits and counts what this one added. Other members never wait (an
 * update of a non-key column does not block the foreign-key checks of their posts that mention them).
 */
public final class Contributions {

    private Contributions() {}

    /** Holds the member's row until the transaction ends; to be called before counting. */
    public static void begin(EntityManager em, long memberId, Instant now) {
        int updated = em.createNativeQuery("update members set last_contribution = ? where id = ?")
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, memberId)
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("No member " + memberId);
        }
    }
}
