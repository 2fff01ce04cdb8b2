package org.ccionetwork.portal.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.text.Tags;
import org.omnifaces.cdi.Param;

/** /library/?c=collection&amp;tag=t&amp;order=downloads&amp;after=cursor: items by collection and tag, paged by keyset. */
@Named
@RequestScoped
public class LibraryPage {

    @Inject
    private LibraryService library;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "c")
    private String collection;

    @Inject
    @Param(name = "tag")
    private String tag;

    @Inject
    @Param(name = "order")
    private String order;

    @Inject
    @Param(name = "after")
    private String after;

    private LibraryService.ItemList list;
    private List<Collection> collections;

    public void load() {
        if (getCollection() != null) {
            library.collection(getCollection());
        }
    }

    public LibraryService.ItemList getList() {
        if (list == null) {
            list = library.items(viewer, getCollection(), getTag(), getOrder(), ItemCursor.parse(after));
        }
        return list;
    }

    public List<Collection> getCollections() {
        if (collections == null) {
            collections = library.collections();
        }
        return collections;
    }

    public String getCollection() {
        return collection != null && collection.matches("[a-z0-9-]{1,80}") ? collection : null;
    }

    public String getCollectionName() {
        return getCollections().stream()
                .filter(c -> c.getSlug().equals(getCollection()))
                .map(Collection::getName)
                .findFirst()
                .orElse(null);
    }

    public String getTag() {
        return Tags.one(tag);
    }

    public LibraryService.Order getOrder() {
        return "downloads".equals(order) ? LibraryService.Order.DOWNLOADS : LibraryService.Order.NEWEST;
    }

    public boolean isFirstPage() {
        return after == null;
    }

    /** A link to this list with one thing changed (collection, tag, order), starting again at the top. */
    public String link(String newCollection, String newTag, String newOrder) {
        var query = new StringBuilder();
        append(query, "c", newCollection);
        append(query, "tag", newTag);
        append(query, "order", "downloads".equals(newOrder) ? "downloads" : null);
        return "/library/" + (query.isEmpty() ? "" : "?" + query);
    }

    public String getNextLink() {
        String base =
                link(getCollection(), getTag(), getOrder() == LibraryService.Order.DOWNLOADS ? "downloads" : null);
        return base + (base.contains("?") ? "&" : "?") + "after=" + getList().nextCursor();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isEmpty()) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
