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
}
