package org.ccionetwork.portal.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.search.SearchDocument;
import org.ccionetwork.portal.search.SearchKind;
import org.ccionetwork.portal.search.SearchSource;

/** The news' part of the search: published articles, by title, then summary and tags, then body. */
@ApplicationScoped
public class NewsDocuments implements SearchSource {

    @Inject
    @PortalData
    private EntityManager em;

    @Override
    public SearchKind kind() {
        return SearchKind.NEWS;
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery("select a from Article a where a.id in :ids and a.status = :published", Article.class)
                .setParameter("ids", refs)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList()
                .stream()
                .map(a -> new SearchDocument(
                        SearchKind.NEWS.key(),
                        a.getId(),
                        null,
                        a.getVisibility(),
                        a.getTitle(),
                        a.getTitle(),
                        a.getSummary() + " " + String.join(" ", a.getTagList()),
                        a.getBodySource(),
                        Links.article(a.getSlug()),
                        a.getPublishedAt() == null ? a.getUpdated() : a.getPublishedAt(),
                        a.isFeatured() ? 5 : 0))
                .toList();
    }

    @Override
    public List<Long> refsAfter(long after, int limit) {
        return em.createQuery("select a.id from Article a where a.id > :after order by a.id", Long.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }
}
