package org.ccionetwork.portal.news;

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

/** News's part of the digest: the articles published since, that the member may read. */
@ApplicationScoped
@Transactional
public class NewsDigest implements DigestSource {

    @Inject
    @PortalData
    private EntityManager em;

    @Override
    public List<Section> since(Viewer viewer, Instant since, boolean withNews) {
        if (!withNews) {
            return List.of();
        }
        var items = em
                .createQuery(
                        "select a.slug, a.title, a.summary from Article a where a.status = :s and a.visibility in :v"
                                + " and a.publishedAt > :since order by a.publishedAt desc, a.id desc",
                        Object[].class)
                .setParameter("s", ArticleStatus.PUBLISHED)
                .setParameter("v", viewer.readable())
                .setParameter("since", Times.stored(since))
                .setMaxResults(5)
                .getResultList()
                .stream()
                .map(row -> new Item((String) row[1], Links.article((String) row[0]), (String) row[2]))
                .toList();
        return List.of(new Section(3, "Latest news", items));
    }
}
