package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccionetwork.portal.security.Viewer;
import org.omnifaces.cdi.Param;

/** /forum/category.xhtml?c=slug: a category's topics, newest activity first, paged by keyset. */
@Named
@RequestScoped
public class CategoryPage {

    @Inject
    private ForumService forum;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "c")
    private String slug;

    @Inject
    @Param(name = "older")
    private String older;

    @Inject
    @Param(name = "newer")
    private String newer;

    @Inject
    @Param(name = "oldest")
    private String oldest;

    private Category category;
    private TopicList topics;

    public void load() {
        category = forum.category(viewer, slug);
        topics = forum.topics(viewer, category, TopicCursor.parse(older), TopicCursor.parse(newer), "true".equals(oldest));
    }

    public Category getCategory() {
        return category;
    }

    public TopicList getTopics() {
        return topics;
    }

    public boolean isCanStartTopic() {
        return viewer.isMember();
    }
}
