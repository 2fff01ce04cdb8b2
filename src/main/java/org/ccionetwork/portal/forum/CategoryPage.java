package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.TimeCursor;
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
        topics = forum.topics(viewer, category, TimeCursor.parse(older), org.ccionetwork.portal.shared.TimeCursor.parse(newer), "true".equals(oldest));
    }

    private java.util.Map<Long, Integer> readMarks;

    /** Posts the signed-in viewer has not read in this topic (all of them if never opened). */
    public int unread(Topic topic) {
        if (!viewer.isSignedIn()) {
            return 0;
        }
        if (readMarks == null) {
            var all = new java.util.ArrayList<>(topics.pinned());
            all.addAll(topics.topics());
            readMarks = forum.readMarks(viewer, all);
        }
        return Math.max(0, topic.getPostCount() - readMarks.getOrDefault(topic.getId(), 0));
    }

    public boolean isNeverOpened(Topic topic) {
        return unread(topic) == topic.getPostCount();
    }

    /** The first post the viewer has not read. */
    public String firstUnread(Topic topic) {
        return Links.post(topic.getId(), topic.getPostCount() - unread(topic) + 1);
    }

    public Category getCategory() {
        return category;
    }

    public TopicList getTopics() {
        return topics;
    }

    public boolean isWatching() {
        return forum.isWatchingCategory(viewer, category.getId());
    }

    public String toggleWatching() {
        load();
        forum.watchCategory(viewer, category.getId(), !isWatching());
        org.omnifaces.util.Faces.redirect(Links.category(category.getSlug()));
        return null;
    }

    public boolean isCanStartTopic() {
        return viewer.isMember();
    }
}
