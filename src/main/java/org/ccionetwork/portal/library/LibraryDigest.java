package org.ccionetwork.portal.library;

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

/** The library's part of the digest: the items shared since, that the member may read (not who shared them). */
@ApplicationScoped
@Transactional
public class LibraryDigest implements DigestSource {

    @Inject
    @PortalData
    private EntityManager em;

    @Override
    public List<Section> since(Viewer viewer, Instant since, boolean withNews) {
        var items = em
                .createQuery(
                        "select i.id, i.title, i.kind from Item i where i.visibility in :v and i.hidden = false"
                                + " and i.deleted = false and i.created > :since order by i.created desc, i.id desc",
                        Object[].class)
                .setParameter("v", viewer.readable())
                .setParameter("since", Times.stored(since))
                .setMaxResults(5)
                .getResultList()
                .stream()
                .map(row -> new Item((String) row[1], Links.item((Long) row[0]), kind(row[2])))
                .toList();
        return List.of(new Section(4, "New in the library", items));
    }

    private static String kind(Object kind) {
        return kind instanceof ItemKind k
                ? k.name().charAt(0) + k.name().substring(1).toLowerCase(java.util.Locale.UK)
                : "";
    }
}
