package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.ccionetwork.portal.notify.DigestSource;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.text.Formats;

/** The forum's part of the digest: new topics and the most active discussions, in the categories the member may read. */
@ApplicationScoped
@Transactional
public class ForumDigest implements DigestSource {

    private static final int MOST = 5;

    @Inject
    @PortalData
    private EntityManager em;

    @Override
    public List<Section> since(Viewer viewer, Instant since, boolean withNews) {
        var newTopics = em
                .createQuery(
                        "select t.id, t.title, c.name, t.postCount from Topic t, Category c where c.id = t.categoryId"
                                + " and c.visibility in :v and t.deleted = false and t.created > :since"
                                + " order by t.created desc, t.id desc",
                        Object[].class)
                .setParameter("v", viewer.readable())
                .setParameter("since", Times.stored(since))
                .setMaxResults(MOST)
                .getResultList()
                .stream()
                .map(row -> item(row, "post", "posts"))
                .toList();
        var active = em
                .createQuery(
                        "select t.id, t.title, c.name, count(p) from Post p, Topic t, Category c"
                                + " where t.id = p.topicId and c.id = t.categoryId and c.visibility in :v"
                                + " and t.deleted = false and p.deleted = false and p.hidden = false"
                                + " and p.postNumber > 1 and p.created > :since"
                                + " group by t.id, t.title, c.name order by count(p) desc, t.id desc",
                        Object[].class)
                .setParameter("v", viewer.readable())
                .setParameter("since", Times.stored(since))
                .setMaxResults(MOST)
                .getResultList()
                .stream()
                .map(row -> item(row, "new reply", "new replies"))
                .toList();
        return List.of(new Section(1, "New topics", newTopics), new Section(2, "Most active discussions", active));
    }

    /** A row (topic id, title, category name, a count) as a digest line: the count said with its words. */
    private static Item item(Object[] row, String one, String many) {
        return new Item(
                (String) row[1],
                Links.topic((Long) row[0]),
                "In " + row[2] + " · " + Formats.count(((Number) row[3]).longValue(), one, many));
    }
}
