package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.ccionetwork.portal.notify.Subjects;
import org.ccionetwork.portal.persistence.PortalData;

/** The forum's topics as the subjects of notifications: their titles (one query) and post links. */
@ApplicationScoped
public class TopicSubjects implements Subjects {

    @Inject
    @PortalData
    private EntityManager em;

    @Override
    public Map<Long, String> titles(Collection<Long> topicIds) {
        var titles = new HashMap<Long, String>();
        if (topicIds.isEmpty()) {
            return titles;
        }
        em.createQuery("select t.id, t.title from Topic t where t.id in :ids", Object[].class)
                .setParameter("ids", topicIds)
                .getResultStream()
                .forEach(row -> titles.put((Long) row[0], (String) row[1]));
        return titles;
    }

    @Override
    public String link(long topicId, int postNumber) {
        return Links.post(topicId, postNumber);
    }

    @Override
    public java.util.Optional<About> about(long topicId, int postNumber) {
        return em.createQuery(
                        "select t.title, c.visibility, p.bodySource from Post p, Topic t, Category c"
                                + " where p.topicId = :t and p.postNumber = :n and t.id = p.topicId"
                                + " and c.id = t.categoryId and p.deleted = false and p.hidden = false"
                                + " and t.deleted = false",
                        Object[].class)
                .setParameter("t", topicId)
                .setParameter("n", postNumber)
                .getResultStream()
                .findFirst()
                .map(row -> new About(
                        (String) row[0],
                        row[1] == org.ccionetwork.portal.shared.Visibility.MEMBERS,
                        SearchIndex.excerpt((String) row[2], java.util.List.of())));
    }

    @Override
    public boolean seen(long memberId, long topicId, int postNumber) {
        var mark = em.find(ReadMark.class, new ReadMark.Key(memberId, topicId));
        return mark != null && mark.getLastRead() >= postNumber;
    }
}
