package org.ccionetwork.portal.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.search.SearchDocument;
import org.ccionetwork.portal.search.SearchKind;
import org.ccionetwork.portal.search.SearchSource;

/**
 * The library's part of the search: items neither hidden nor deleted, by title, then tags and
 * collection, then description and the words inside the current version's file.
 */
@ApplicationScoped
public class LibraryDocuments implements SearchSource {

    @Inject
    @PortalData
    private EntityManager em;

    @Override
    public SearchKind kind() {
        return SearchKind.LIBRARY;
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        var texts = new java.util.HashMap<Long, String>();
        for (Object[] row : em.createQuery(
                        "select v.itemId, v.file.text from ItemVersion v, Item i where v.itemId in :ids"
                                + " and i.id = v.itemId and v.number = i.currentVersion",
                        Object[].class)
                .setParameter("ids", refs)
                .getResultList()) {
            if (row[1] != null) {
                texts.put((Long) row[0], (String) row[1]);
            }
        }
        return em
                .createQuery(
                        "select i from Item i join fetch i.collection where i.id in :ids and i.hidden = false"
                                + " and i.deleted = false",
                        Item.class)
                .setParameter("ids", refs)
                .getResultList()
                .stream()
                .map(i -> new SearchDocument(
                        SearchKind.LIBRARY.key(),
                        i.getId(),
                        null,
                        i.getVisibility(),
                        i.getTitle(),
                        i.getTitle(),
                        String.join(" ", i.getTagList()) + " "
                                + i.getCollection().getName(),
                        i.getDescriptionSource() + " " + texts.getOrDefault(i.getId(), ""),
                        Links.item(i.getId()),
                        i.getUpdated(),
                        0))
                .toList();
    }

    @Override
    public List<Long> refsAfter(long after, int limit) {
        return em.createQuery("select i.id from Item i where i.id > :after order by i.id", Long.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }
}
