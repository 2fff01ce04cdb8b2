package org.ccionetwork.portal.members;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostUpdate;
import org.ccionetwork.portal.shared.PageCache;

/**
 * Drops the visitors' cached pages when a member's name or shown organisation changes, whoever
 * changed it (their sign-in, their profile, leaving): the pages print them beside every post.
 * Observes the entity, so no code path that changes a member has to remember it; a sign-in that
 * changes nothing visible keeps the cache.
 */
public class PublicFaceListener {

    @PostUpdate
    void updated(Member member) {
        if (!member.hasNewPublicFace()) {
            return;
        }
        PageCache cache;
        try {
            cache = CDI.current().select(PageCache.class).get();
        } catch (IllegalStateException noContainer) {
            return; // the mappings used outside the server (schema tests): no cache to drop
        }
        cache.invalidate();
    }
}
