package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ccionetwork.portal.security.Viewer;
import org.omnifaces.util.Faces;

/**
 * The moderators' tools on /forum/topic.xhtml: pin, lock, rename, move and delete the topic the
 * {@link TopicPage} shows. Each is checked again by {@link Moderating}; what it refuses is said at
 * the top of the page.
 */
@Named
@RequestScoped
public class TopicTools {

    @Inject
    private TopicPage page;

    @Inject
    private Moderating moderating;

    @Inject
    private Categories categories;

    @Inject
    private Viewer viewer;

    @Size(min = 5, max = 150, message = "A title needs 5 to 150 characters.")
    private String newTitle;

    private Long newCategoryId;

    public List<Category> getCategories() {
        return categories.readable(viewer);
    }

    public String togglePinned() {
        var topic = page.topic();
        return page.perform(() -> moderating.setPinned(viewer, topic.getId(), !topic.isPinned(), null), 1);
    }

    public String toggleLocked() {
        var topic = page.topic();
        return page.perform(() -> moderating.setLocked(viewer, topic.getId(), !topic.isLocked(), null), 1);
    }

    public String rename() {
        return page.perform(() -> moderating.rename(viewer, page.topic().getId(), newTitle, null), 1);
    }

    public String move() {
        if (newCategoryId == null) {
            return null;
        }
        return page.perform(() -> moderating.move(viewer, page.topic().getId(), newCategoryId, null), 1);
    }

    public String deleteTopic() {
        String slug = page.getCategory().getSlug();
        moderating.deleteTopic(viewer, page.topic().getId(), null);
        Faces.redirect(Links.category(slug));
        return null;
    }

    /** The title field: the topic's own until a new one is typed. */
    public String getNewTitle() {
        return newTitle == null ? page.topic().getTitle() : newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    /** The category list: the topic's own until another is chosen. */
    public Long getNewCategoryId() {
        return newCategoryId == null ? page.getCategory().getId() : newCategoryId;
    }

    public void setNewCategoryId(Long newCategoryId) {
        this.newCategoryId = newCategoryId;
    }
}
