package org.ccionetwork.portal.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Viewer;

/**
 * Items shared for something elsewhere in the portal (an event's slides): marked with the owning
 * feature's key, listed by it, and linked back through the feature's {@link SharedFor}.
 */
@ApplicationScoped
@Transactional
public class SharedItems {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private LibraryService library;

    /** The keys items can be shared for: a word and a number ("event-123"). */
    private static final java.util.regex.Pattern SHARED_FOR = java.util.regex.Pattern.compile("[a-z]{1,20}-\\d{1,18}");

    @Inject
    private jakarta.enterprise.inject.Instance<SharedFor> owners;

    /** Marks a new item as shared for a key, when a feature owns the key and lets the viewer share for it. */
    public boolean shareFor(Viewer viewer, long itemId, String key) {
        if (key == null
                || !SHARED_FOR.matcher(key).matches()
                || owners.stream().noneMatch(o -> o.accepts(key, viewer))) {
            return false;
        }
        var item = em.find(Item.class, itemId);
        if (item == null || !library.canEdit(viewer, item)) {
            return false;
        }
        item.shareFor(key);
        return true;
    }

    /** Items shared for a key that the viewer may see, the first shared first (at most 50). */
    public List<Item> sharedFor(Viewer viewer, String key) {
        return em.createQuery(
                        "select i from Item i join fetch i.collection where i.sharedFor = :k and i.deleted = false"
                                + " and i.hidden = false and i.visibility in :v order by i.created, i.id",
                        Item.class)
                .setParameter("k", key)
                .setParameter("v", viewer.readable())
                .setMaxResults(50)
                .getResultList();
    }

    /** Where an item links back to, when it was shared for something the viewer may see. */
    public Optional<SharedFor.Backlink> backlink(Viewer viewer, Item item) {
        if (item.getSharedFor() == null) {
            return Optional.empty();
        }
        return owners.stream()
                .map(o -> o.backlink(item.getSharedFor(), viewer))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
