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
 * collection, then description.
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
                        i.getDescriptionSource(),
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
