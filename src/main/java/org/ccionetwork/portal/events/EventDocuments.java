package org.ccionetwork.portal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.search.SearchDocument;
import org.ccionetwork.portal.search.SearchKind;
import org.ccionetwork.portal.search.SearchSource;

/**
 * The events' part of the search: events readers may see (published or cancelled, not drafts), by
 * title, then kind, region and venue, then description and programme (sessions and speakers).
 */
@ApplicationScoped
public class EventDocuments implements SearchSource {

    @Inject
    @PortalData
    private EntityManager em;

    @Override
    public SearchKind kind() {
        return SearchKind.EVENTS;
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        var events = em.createQuery("select e from Event e where e.id in :ids and e.status <> :draft", Event.class)
                .setParameter("ids", refs)
                .setParameter("draft", Event.Status.DRAFT)
                .getResultList();
        Map<Long, StringBuilder> programmes = new HashMap<>();
        if (!events.isEmpty()) {
            em.createQuery("select s from EventSession s where s.eventId in :ids order by s.starts", EventSession.class)
                    .setParameter("ids", events.stream().map(Event::getId).toList())
                    .getResultList()
                    .forEach(s -> programmes
                            .computeIfAbsent(s.getEventId(), id -> new StringBuilder())
                            .append(' ')
                            .append(s.getTitle())
                            .append(s.getSpeakers() == null ? "" : " " + s.getSpeakers()));
        }
        return events.stream()
                .map(e -> new SearchDocument(
                        SearchKind.EVENTS.key(),
                        e.getId(),
                        null,
                        e.getVisibility(),
                        e.getTitle(),
                        e.getTitle(),
                        e.getKind().name().replace('_', ' ') + " " + (e.getRegion() == null ? "" : e.getRegion()) + " "
                                + (e.getVenue() == null ? "" : e.getVenue()),
                        e.getDescriptionSource() + programmes.getOrDefault(e.getId(), new StringBuilder()),
                        Links.event(e.getSlug()),
                        e.getStarts(),
                        0))
                .toList();
    }

    @Override
    public List<Long> refsAfter(long after, int limit) {
        return em.createQuery("select e.id from Event e where e.id > :after order by e.id", Long.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }
}
