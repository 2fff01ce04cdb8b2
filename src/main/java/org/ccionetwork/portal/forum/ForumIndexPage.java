package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccionetwork.portal.security.Viewer;

/** /forum/: the categories the viewer may read. */
@Named
@RequestScoped
public class ForumIndexPage {

    @Inject
    private TopicLists topicLists;

    @Inject
    private Categories categories;

    @Inject
    private Viewer viewer;

    private List<Category> tree;
    private java.util.Map<Long, Long> unread;

    public long unread(Category category) {
        if (unread == null) {
            unread = topicLists.unreadTopicsByCategory(viewer);
        }
        return unread.getOrDefault(category.getId(), 0L);
    }

    public List<Category> getCategories() {
        if (tree == null) {
            tree = categories.categoryTree(viewer);
        }
        return tree;
    }
}
