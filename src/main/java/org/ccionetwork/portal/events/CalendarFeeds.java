package org.ccionetwork.portal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.security.Viewer;

/**
 * A member's personal calendar feed: their places at events to come, at a secret address that a
 * calendar program subscribes to without signing in. The secret (256 random bits) is shown once
 * when made; only its SHA-256 is kept, so the database cannot give it away. A new link replaces the
 * old one; turning the feed off deletes it. Either way the old address answers 404 at once.
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TOKEN = "[A-Za-z0-9_-]{43}";

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Makes the member a new secret link (any old one stops working); answers the secret. */
    public String renew(Viewer viewer) {
        viewer.requireMember();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.createNativeQuery("delete from event_feed_tokens where member_id = ?")
                .setParameter(1, viewer.memberId())
                .executeUpdate();
        em.createNativeQuery("insert into event_feed_tokens (member_id, token_hash, created) values (?, ?, ?)")
                .setParameter(1, viewer.memberId())
                .setParameter(2, hash(token))
                .setParameter(3, Times.stored(clock.instant()))
                .executeUpdate();
        return token;
    }

    /** Turns the member's feed off: its address is not found from now on. */
    public void revoke(Viewer viewer) {
        viewer.requireMember();
        em.createNativeQuery("delete from event_feed_tokens where member_id = ?")
                .setParameter(1, viewer.memberId())
                .executeUpdate();
    }

    /** When the member's current link was made, if they have one. */
    public Optional<Instant> made(Viewer viewer) {
        viewer.requireMember();
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select created from event_feed_tokens where member_id = ?")
                .setParameter(1, viewer.memberId())
                .getResultList();
        return rows.stream().findFirst().map(Times::read);
    }

    /** The member whose feed a secret opens, if it is a current one. */
    public Optional<Long> member(String token) {
        if (token == null || !token.matches(TOKEN)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select member_id from event_feed_tokens where token_hash = ?")
                .setParameter(1, hash(token))
                .getResultList();
        return rows.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** The events the member has a place at and that are not over, for their feed. */
    public List<Event> placesOf(long memberId) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(
                        "select event_id from event_registrations where member_id = ? and status = 'REGISTERED'")
                .setParameter(1, memberId)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select e from Event e where e.ends > :now and e.status <> :draft and e.id in :ids"
                                + " order by e.starts, e.id",
                        Event.class)
                .setParameter("now", Times.stored(clock.instant()))
                .setParameter("draft", Event.Status.DRAFT)
                .setParameter(
                        "ids", ids.stream().map(id -> ((Number) id).longValue()).toList())
                .getResultList();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
