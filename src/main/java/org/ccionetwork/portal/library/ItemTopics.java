package org.ccionetwork.portal.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.ccionetwork.portal.forum.PostWritten;
import org.ccionetwork.portal.forum.Topic;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Viewer;

/** The forum topics that link library items: remembered as posts are written, listed on each item. */
@ApplicationScoped
@Transactional
public class ItemTopics {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private org.ccionetwork.portal.forum.TopicLists topicLists;

    private static final Pattern ITEM_LINK = Pattern.compile("/library/item\\.xhtml\\?id=([0-9]{1,18})");

    /** The forum topics that link the item, those the viewer may read. */
    public List<Topic> topics(Viewer viewer, long itemId) {
        List<Long> ids = ((List<?>) em.createNativeQuery("select topic_id from library_item_topics where item_id = ?")
                        .setParameter(1, itemId)
                        .getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        return topicLists.readableTopics(viewer, ids);
    }

    // ---- what the forums link

    /** Remembers which items a post links, so that each item lists the topics that mention it. */
    void linkTopics(@Observes PostWritten post) {
        var ids = new LinkedHashSet<Long>();
        var matcher = ITEM_LINK.matcher(post.source());
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        for (Long itemId : ids) {
            if (em.find(Item.class, itemId) == null) {
                continue;
            }
            long known = ((Number) em.createNativeQuery(
                                    "select count(*) from library_item_topics where item_id = ? and topic_id = ?")
                            .setParameter(1, itemId)
                            .setParameter(2, post.topicId())
                            .getSingleResult())
                    .longValue();
            if (known == 0) {
                em.createNativeQuery("insert into library_item_topics (item_id, topic_id) values (?, ?)")
                        .setParameter(1, itemId)
                        .setParameter(2, post.topicId())
                        .executeUpdate();
            }
        }
    }
}
