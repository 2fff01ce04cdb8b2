package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccionetwork.portal.audit.AuditLog;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;
import org.ccionetwork.portal.web.VisibleChange;

/**
 * The forum's categories: which a viewer may read (members-only ones are "not found" to visitors),
 * the admins' changes to them, and the row lock taken before their counts change.
 */
@ApplicationScoped
@Transactional
public class Categories {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private AuditLog audit;

    // ---- reading

    public List<Category> readable(Viewer viewer) {
        return em.createQuery("select c from Category c order by c.position, c.name", Category.class)
                .getResultStream()
                .filter(c -> viewer.canRead(c.getVisibility()))
                .toList();
    }

    /** The ids of the categories the viewer may read: what topic lists and search filter by. */
    public java.util.Set<Long> readableIds(Viewer viewer) {
        return readable(viewer).stream()
                .map(Category::getId)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    public Category category(Viewer viewer, String slug) {
        var category = em.createQuery("select c from Category c where c.slug = :slug", Category.class)
                .setParameter("slug", slug == null ? "" : slug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("category"));
        viewer.requireRead(category.getVisibility(), "category");
        return category;
    }

    public Category category(Viewer viewer, long id) {
        var category =
                Optional.ofNullable(em.find(Category.class, id)).orElseThrow(() -> new NotFoundException("category"));
        viewer.requireRead(category.getVisibility(), "category");
        return category;
    }

    public Category categoryOf(Viewer viewer, Topic topic) {
        return category(viewer, topic.getCategoryId());
    }

    /** Categories in reading order: each top-level category followed by its sub-categories. */
    public List<Category> categoryTree(Viewer viewer) {
        var all = readable(viewer);
        var ordered = new ArrayList<Category>();
        for (Category top : all) {
            if (top.getParentId() == null) {
                ordered.add(top);
                all.stream().filter(c -> top.getId().equals(c.getParentId())).forEach(ordered::add);
            }
        }
        all.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        return ordered;
    }

    // ---- administering

    /** Admins create categories: the slug is the category's address, the colour its marker. */
    public Category createCategory(
            Viewer viewer,
            String slug,
            String name,
            String description,
            String colour,
            int position,
            org.ccionetwork.portal.shared.Visibility visibility,
            Long parentId) {
        if (!viewer.isAdmin()) {
            throw new NotFoundException("categories");
        }
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 80) {
            throw new NotAllowedException("A category's address uses lower-case letters, digits and single dashes.");
        }
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new NotAllowedException("A colour is written like #005eb8.");
        }
        if (em.createQuery("select count(c) from Category c where c.slug = :s", Long.class)
                        .setParameter("s", slug)
                        .getSingleResult()
                > 0) {
            throw new NotAllowedException("There is already a category at that address.");
        }
        if (parentId != null) {
            var parent = Optional.ofNullable(em.find(Category.class, parentId))
                    .orElseThrow(() -> new NotAllowedException("The parent category does not exist."));
            if (parent.getParentId() != null) {
                throw new NotAllowedException("Sub-categories go one level deep only.");
            }
        }
        var category = new Category(
                slug,
                name.strip(),
                description == null ? "" : description.strip(),
                colour,
                position,
                visibility,
                parentId);
        em.persist(category);
        audit.record(viewer.memberId(), "category.create", "category " + slug, null);
        return category;
    }

    public Category updateCategory(
            Viewer viewer,
            long categoryId,
            String name,
            String description,
            String colour,
            int position,
            org.ccionetwork.portal.shared.Visibility visibility) {
        if (!viewer.isAdmin()) {
            throw new NotFoundException("categories");
        }
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new NotAllowedException("A colour is written like #005eb8.");
        }
        var category = Optional.ofNullable(em.find(Category.class, categoryId))
                .orElseThrow(() -> new NotFoundException("category"));
        if (category.getVisibility() != visibility) {
            ForumDocuments.categoryChanged(em, categoryId);
        }
        category.change(name.strip(), description == null ? "" : description.strip(), colour, position, visibility);
        audit.record(viewer.memberId(), "category.change", "category " + category.getSlug(), null);
        return category;
    }

    /**
     * A category the portal itself needs (the news discussions): found by its address, made the
     * first time it is asked for, after the admins' own categories.
     */
    public Category ensureCategory(
            String slug, String name, String description, org.ccionetwork.portal.shared.Visibility visibility) {
        return em.createQuery("select c from Category c where c.slug = :s", Category.class)
                .setParameter("s", slug)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    var category = new Category(slug, name, description, "#4c6272", 900, visibility, null);
                    em.persist(category);
                    return category;
                });
    }

    /**
     * A post (and, for a new topic, a topic) counted in its category by one statement, and its time
     * taken as the last activity unless a later one is there already. Called last in the writer's
     * transaction: the category's row is then locked only from here to the commit, so that members
     * writing in one category at once wait for each other only that long, and none is refused.
     */
    void countPost(long categoryId, boolean newTopic, Instant when) {
        VisibleChange.fire("category.countPost", VisibleChange.category(categoryId));
        countPost(em, categoryId, newTopic, when);
    }

    /** The statement itself, the same on H2 and PostgreSQL (tested on both). */
    static int countPost(EntityManager em, long categoryId, boolean newTopic, Instant when) {
        return em.createNativeQuery(
                        "update forum_categories set topic_count = topic_count + ?1, post_count = post_count + 1,"
                                + " last_activity = case when last_activity is null or last_activity < ?2 then ?2"
                                + " else last_activity end where id = ?3")
                .setParameter(1, newTopic ? 1 : 0)
                .setParameter(2, org.ccionetwork.portal.persistence.Times.stored(when))
                .setParameter(3, categoryId)
                .executeUpdate();
    }

    /**
     * The category read afresh and held until commit, before its counts change: every post changes
     * them, from many members at once, and a copy read earlier in the request would be stale.
     */
    Category locked(Category category) {
        em.refresh(category, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return category;
    }
}
