package org.ccionetwork.portal.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccionetwork.portal.audit.AuditLog;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.text.Formats;
import org.ccionetwork.portal.text.Markdown;

/**
 * The library: members share files and links; the sharer and moderators change them; moderators
 * curate (hide, delete, move, set owner and review date); admins keep the collections. Every method
 * checks the viewer on the server: members-only, hidden and deleted items do not exist for those
 * who may not see them, whatever id or version number they guess.
 */
@ApplicationScoped
@Transactional
public class LibraryService {

    public static final int PAGE_SIZE = 20;

    /** The orders of a list. */
    public enum Order {
        NEWEST,
        DOWNLOADS
    }

    /** A page of items and the cursor of the next one (none at the end). */
    public record ItemList(List<Item> items, String nextCursor) {}

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private MemberService members;

    @Inject
    private Uploads uploads;

    // ---- reading

    public List<Collection> collections() {
        return em.createQuery("select c from Collection c order by c.position, c.name", Collection.class)
                .getResultList();
    }

    public Collection collection(String slug) {
        return em.createQuery("select c from Collection c where c.slug = :s", Collection.class)
                .setParameter("s", slug == null ? "" : slug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("collection"));
    }

    public ItemList items(Viewer viewer, String collectionSlug, String tag, Order order, Optional<ItemCursor> after) {
        String key = order == Order.DOWNLOADS ? "i.downloadCount" : "i.created";
        var jpql = new StringBuilder(
                "select i from Item i join fetch i.sharer join fetch i.collection where i.deleted = false");
        if (!viewer.isModerator()) {
            jpql.append(" and i.hidden = false");
        }
        if (!viewer.isMember()) {
            jpql.append(" and i.visibility = :public");
        }
        if (collectionSlug != null) {
            jpql.append(" and i.collection.slug = :collection");
        }
        if (tag != null) {
            jpql.append(" and :tag member of i.tagSet");
        }
        if (after.isPresent()) {
            jpql.append(" and (")
                    .append(key)
                    .append(" < :value or (")
                    .append(key)
                    .append(" = :value and i.id < :id))");
        }
        jpql.append(" order by ").append(key).append(" desc, i.id desc");
        var query = em.createQuery(jpql.toString(), Item.class);
        if (!viewer.isMember()) {
            query.setParameter("public", Visibility.PUBLIC);
        }
        if (collectionSlug != null) {
            query.setParameter("collection", collectionSlug);
        }
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        after.ifPresent(cursor -> query.setParameter(
                        "value",
                        order == Order.DOWNLOADS
                                ? (Object) cursor.value()
                                : Times.stored(Instant.EPOCH.plus(cursor.value(), ChronoUnit.MICROS)))
                .setParameter("id", cursor.id()));
        var page = new ArrayList<>(query.setMaxResults(PAGE_SIZE + 1).getResultList());
        String next = null;
        if (page.size() > PAGE_SIZE) {
            page.removeLast();
            var last = page.getLast();
            long value = order == Order.DOWNLOADS
                    ? last.getDownloadCount()
                    : ChronoUnit.MICROS.between(Instant.EPOCH, last.getCreated());
            next = new ItemCursor(value, last.getId()).token();
        }
        return new ItemList(page, next);
    }

    /** The latest items a member shared that the viewer may see. */
    public List<Item> sharedBy(Viewer viewer, long memberId, int count) {
        var query = em.createQuery(
                        "select i from Item i join fetch i.collection where i.sharer.id = :m and i.deleted = false"
                                + " and i.hidden = false" + (viewer.isMember() ? "" : " and i.visibility = :public")
                                + " order by i.created desc",
                        Item.class)
                .setParameter("m", memberId);
        if (!viewer.isMember()) {
            query.setParameter("public", Visibility.PUBLIC);
        }
        return query.setMaxResults(count).getResultList();
    }

    /** An item the viewer may see: not deleted, not hidden (except to moderators), members-only only to members. */
    public Item item(Viewer viewer, long itemId) {
        var item = em.createQuery(
                        "select i from Item i join fetch i.sharer join fetch i.collection left join fetch i.owner"
                                + " where i.id = :id",
                        Item.class)
                .setParameter("id", itemId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("item"));
        if (item.isDeleted() || (item.isHidden() && !viewer.isModerator())) {
            throw new NotFoundException("item");
        }
        viewer.requireRead(item.getVisibility(), "item");
        return item;
    }

    public List<ItemVersion> versions(Viewer viewer, long itemId) {
        item(viewer, itemId);
        return em.createQuery(
                        "select v from ItemVersion v join fetch v.uploader where v.itemId = :i order by v.number desc",
                        ItemVersion.class)
                .setParameter("i", itemId)
                .getResultList();
    }

    /** One version of a file the viewer may see; any other id or number is not found. */
    public ItemVersion version(Viewer viewer, long itemId, int number) {
        item(viewer, itemId);
        return em.createQuery("select v from ItemVersion v where v.itemId = :i and v.number = :n", ItemVersion.class)
                .setParameter("i", itemId)
                .setParameter("n", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("version"));
    }

    /** Counts a member's download, once per member per day; visitors' downloads are not counted. */
    public void countDownload(Viewer viewer, long itemId) {
        if (!viewer.isSignedIn()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.UK);
        long already = ((Number) em.createNativeQuery(
                                "select count(*) from library_downloads where item_id = ? and member_id = ? and download_day = ?")
                        .setParameter(1, itemId)
                        .setParameter(2, viewer.memberId())
                        .setParameter(3, today)
                        .getSingleResult())
                .longValue();
        if (already == 0) {
            em.createNativeQuery("insert into library_downloads (item_id, member_id, download_day) values (?, ?, ?)")
                    .setParameter(1, itemId)
                    .setParameter(2, viewer.memberId())
                    .setParameter(3, today)
                    .executeUpdate();
            em.createNativeQuery("update library_items set download_count = download_count + 1 where id = ?")
                    .setParameter(1, itemId)
                    .executeUpdate();
        }
    }

    /** Items past their review date: all of them for moderators, a member's own otherwise. */
    public List<Item> dueForReview(Viewer viewer) {
        viewer.requireMember();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.UK);
        var query = em.createQuery(
                        "select i from Item i join fetch i.collection left join fetch i.owner where i.deleted = false"
                                + " and i.reviewBy <= :today" + (viewer.isModerator() ? "" : " and i.owner.id = :me")
                                + " order by i.reviewBy, i.id",
                        Item.class)
                .setParameter("today", today);
        if (!viewer.isModerator()) {
            query.setParameter("me", viewer.memberId());
        }
        return query.getResultList();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.UK);
    }

    public boolean canEdit(Viewer viewer, Item item) {
        return viewer.isModerator()
                || (viewer.isMember() && viewer.is(item.getSharer().getId()));
    }

    public Item shareFile(Viewer viewer, String uploadToken, ItemDetails details) {
        var upload = uploads.upload(viewer, uploadToken);
        var item = share(viewer, ItemKind.FILE, details);
        addVersion(item, upload, "First version", viewer);
        return item;
    }

    public Item shareLink(Viewer viewer, ItemDetails details) {
        if (details.linkUrl() == null) {
            throw new NotAllowedException("Give the address of the link.");
        }
        return share(viewer, ItemKind.LINK, details);
    }

    private Item share(Viewer viewer, ItemKind kind, ItemDetails details) {
        viewer.requireMember();
        var collection = collection(details.collectionSlug());
        Instant now = clock.instant();
        var sharer = em.find(Member.class, viewer.memberId());
        var item = new Item(kind, sharer, now);
        item.describe(details, collection, Markdown.toSafeHtml(details.description()), now);
        if (collection.isReviewed()) {
            item.review(sharer, LocalDate.ofInstant(now, Formats.UK).plusYears(1));
        }
        em.persist(item);
        em.flush();
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.LIBRARY, item.getId());
        return item;
    }

    private void addVersion(Item item, Upload upload, String note, Viewer viewer) {
        int number = item.nextVersion(clock.instant());
        em.persist(
                new ItemVersion(item, number, upload, note, em.find(Member.class, viewer.memberId()), clock.instant()));
        em.remove(upload);
    }

    /** The sharer or a moderator changes what is said of an item. */
    public Item edit(Viewer viewer, long itemId, long version, ItemDetails details) {
        var item = editable(viewer, itemId);
        if (item.getVersion() != version) {
            throw new NotAllowedException(
                    "Someone saved this item while you were editing it. Reload the page and apply your changes again.");
        }
        if (!item.getCollection().getSlug().equals(details.collectionSlug())
                && !viewer.isModerator()
                && !viewer.is(item.getSharer().getId())) {
            throw new NotAllowedException("Only moderators move items.");
        }
        item.describe(
                details,
                collection(details.collectionSlug()),
                Markdown.toSafeHtml(details.description()),
                clock.instant());
        if (viewer.isModerator() && !viewer.is(item.getSharer().getId())) {
            audit.record(viewer.memberId(), "library.edit", "item " + itemId, null);
        }
        return item;
    }

    public ItemVersion newVersion(Viewer viewer, long itemId, String uploadToken, String changeNote) {
        var item = editable(viewer, itemId);
        if (!item.isFile()) {
            throw new NotAllowedException("A link has no versions.");
        }
        if (changeNote == null || changeNote.isBlank()) {
            throw new NotAllowedException("Say what changed in this version.");
        }
        var upload = uploads.upload(viewer, uploadToken);
        addVersion(item, upload, changeNote, viewer);
        return version(viewer, itemId, item.getCurrentVersion());
    }

    private Item editable(Viewer viewer, long itemId) {
        viewer.requireMember();
        var item = item(viewer, itemId);
        if (!canEdit(viewer, item)) {
            throw new NotAllowedException("Only the member who shared this item, or a moderator, can change it.");
        }
        return item;
    }

    // ---- curating (moderators)

    public void setReview(Viewer viewer, long itemId, String ownerUsername, LocalDate reviewBy) {
        viewer.requireModerator("item");
        var item = item(viewer, itemId);
        Member owner = null;
        if (ownerUsername != null && !ownerUsername.isBlank()) {
            owner = members.findByUsername(ownerUsername.strip())
                    .orElseThrow(() ->
                            new NotAllowedException("No member has the user name " + ownerUsername.strip() + "."));
        }
        item.review(owner, reviewBy);
        audit.record(
                viewer.memberId(),
                "library.review",
                "item " + itemId,
                "owner " + ownerUsername + ", review by " + reviewBy);
    }

    public void setHidden(Viewer viewer, long itemId, boolean hidden, String reason) {
        viewer.requireModerator("item");
        item(viewer, itemId).setHidden(hidden);
        audit.record(viewer.memberId(), hidden ? "library.hide" : "library.unhide", "item " + itemId, reason);
    }

    public void delete(Viewer viewer, long itemId, String reason) {
        viewer.requireModerator("item");
        item(viewer, itemId).delete();
        audit.record(viewer.memberId(), "library.delete", "item " + itemId, reason);
    }

    public void move(Viewer viewer, long itemId, String collectionSlug) {
        viewer.requireModerator("item");
        item(viewer, itemId).move(collection(collectionSlug));
        audit.record(viewer.memberId(), "library.move", "item " + itemId, "to " + collectionSlug);
    }

    // ---- collections (admins)

    public Collection createCollection(
            Viewer viewer, String slug, String name, String description, int position, boolean reviewed) {
        if (!viewer.isAdmin()) {
            throw new NotFoundException("collections");
        }
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 80) {
            throw new NotAllowedException("A collection's address uses lower-case letters, digits and single dashes.");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new NotAllowedException("A collection needs a name of at most 100 characters.");
        }
        if (em.createQuery("select count(c) from Collection c where c.slug = :s", Long.class)
                        .setParameter("s", slug)
                        .getSingleResult()
                > 0) {
            throw new NotAllowedException("There is already a collection at that address.");
        }
        var collection = new Collection(slug, name.strip(), description, position, reviewed);
        em.persist(collection);
        audit.record(viewer.memberId(), "library.collection.create", "collection " + slug, null);
        return collection;
    }
}
