package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;

/**
 * Drafts of replies ("reply:{topic id}") and new topics ("topic:{category slug}"), one per member
 * and key. Saving checks that the member may write there; posting discards the draft.
 */
@ApplicationScoped
@Transactional
public class Drafts {

    private static final Pattern KEY = Pattern.compile("(reply:[0-9]{1,18})|(topic:[a-z0-9-]{1,80})");
    public static final int MAX_LENGTH = 50_000;

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Reading reading;

    @Inject
    private Categories categories;

    public Optional<String> find(Viewer viewer, String key) {
        requireWritable(viewer, key);
        return Optional.ofNullable(em.find(Draft.class, new Draft.Key(viewer.memberId(), key)))
                .map(Draft::getBody);
    }

    public void save(Viewer viewer, String key, String body) {
        requireWritable(viewer, key);
        if (body == null || body.isBlank()) {
            discard(viewer, key);
            return;
        }
        if (body.length() > MAX_LENGTH) {
            throw new NotAllowedException("A draft can be at most 50,000 characters.");
        }
        var draft = em.find(Draft.class, new Draft.Key(viewer.memberId(), key));
        if (draft == null) {
            em.persist(new Draft(viewer.memberId(), key, body, clock.instant()));
        } else {
            draft.update(body, clock.instant());
        }
    }

    public void discard(Viewer viewer, String key) {
        if (!viewer.isSignedIn()) {
            return;
        }
        em.createQuery("delete from Draft d where d.memberId = :m and d.key = :k")
                .setParameter("m", viewer.memberId())
                .setParameter("k", key)
                .executeUpdate();
    }

    /** A draft only where the member may post: a topic they can read, a category they can read. */
    private void requireWritable(Viewer viewer, String key) {
        if (!viewer.isMember() || key == null || !KEY.matcher(key).matches()) {
            throw new NotFoundException("draft");
        }
        if (key.startsWith("reply:")) {
            reading.topic(viewer, Long.parseLong(key.substring("reply:".length())));
        } else {
            categories.category(viewer, key.substring("topic:".length()));
        }
    }

    public static String replyKey(long topicId) {
        return "reply:" + topicId;
    }

    public static String topicKey(String categorySlug) {
        return "topic:" + categorySlug;
    }
}
