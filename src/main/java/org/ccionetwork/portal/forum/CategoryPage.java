package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccionetwork.portal.persistence.TimeCursor;
import org.ccionetwork.portal.security.Viewer;
import org.omnifaces.cdi.Param;

/** /forum/category.xhtml?c=slug: a category's topics, newest activity first, paged by keyset. */
@Named
@RequestScoped
public class CategoryPage {

    @Inject
    private Categories categories;

    @Inject
    private TopicLists topicLists;

    @Inject
    private Watching watching;

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
        category = categories.category(viewer, slug);
        // A visitor's copy of this page goes when this category changes (see PageCache).
        org.ccionetwork.portal.web.PageCache.shows(
                org.omnifaces.util.Faces.getRequest(),
                org.ccionetwork.portal.web.VisibleChange.category(category.getId()));
        topics = topicLists.topics(
                viewer, category, TimeCursor.parse(older), TimeCursor.parse(newer), "true".equals(oldest));
    }

    private java.util.Map<Long, Integer> readMarks;

    /** Posts the signed-in viewer has not read in this topic (all of them if never opened). */
    private int unread(Topic topic) {
        if (readMarks == null) {
            readMarks = topicLists.readMarks(viewer, shown());
        }
        return Math.max(0, topic.getPostCount() - readMarks.getOrDefault(topic.getId(), 0));
    }

    /** The pinned topics, then the page's others, with unread markers for signed-in readers. */
    public String getTopicsHtml() {
        return TopicRowsHtml.of(
                shown(), org.omnifaces.util.Faces.getRequestContextPath(), viewer.isSignedIn() ? this::unread : null);
    }

    private java.util.List<Topic> shown() {
        var shown = new java.util.ArrayList<>(topics.pinned());
        shown.addAll(topics.topics());
        return shown;
    }

    public Category getCategory() {
        return category;
    }

    public TopicList getTopics() {
        return topics;
    }

    public boolean isWatching() {
        return watching.isWatchingCategory(viewer, category.getId());
    }

    public String toggleWatching() {
        load();
        watching.watchCategory(viewer, category.getId(), !isWatching());
        org.omnifaces.util.Faces.redirect(Links.category(category.getSlug()));
        return null;
    }

    public boolean isCanStartTopic() {
        return viewer.isMember();
    }
}
