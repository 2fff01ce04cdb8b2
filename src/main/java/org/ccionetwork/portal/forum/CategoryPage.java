package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccionetwork.portal.persistence.TimeCursor;
import org.ccionetwork.portal.security.Viewer;

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
    private org.ccionetwork.portal.web.SharedParts sharedParts;

    private String slug;
    private String older;
    private String newer;
    private String oldest;

    @jakarta.annotation.PostConstruct
    void readQuery() {
        slug = org.omnifaces.util.Faces.getRequestParameter("c");
        older = org.omnifaces.util.Faces.getRequestParameter("older");
        newer = org.omnifaces.util.Faces.getRequestParameter("newer");
        oldest = org.omnifaces.util.Faces.getRequestParameter("oldest");
    }

    private Category category;
    private SharedTopicRows rows;

    /**
     * The category (404 for who may not read it), then its page of topics as every reader sees it
     * (read and written once until the category changes: {@link SharedTopicRows}).
     */
    public void load() {
        category = categories.category(viewer, slug);
        // A visitor's copy of this page goes when this category changes (see PageCache).
        org.ccionetwork.portal.web.PageCache.shows(
                org.omnifaces.util.Faces.getRequest(),
                org.ccionetwork.portal.web.VisibleChange.category(category.getId()));
        var olderCursor = TimeCursor.parse(older);
        var newerCursor = TimeCursor.parse(newer);
        boolean oldestPage = "true".equals(oldest);
        String context = org.omnifaces.util.Faces.getRequestContextPath();
        rows = sharedParts.get(
                "category " + category.getId() + " "
                        + olderCursor.map(TimeCursor::token).orElse("-") + " "
                        + newerCursor.map(TimeCursor::token).orElse("-") + " " + oldestPage + " " + context,
                org.ccionetwork.portal.web.VisibleChange.category(category.getId()),
                SharedTopicRows.class,
                () -> new SharedTopicRows(
                        topicLists.topics(viewer, category, olderCursor, newerCursor, oldestPage), context),
                SharedTopicRows::bytes);
    }

    private java.util.Map<Long, Integer> readMarks;

    /** Posts the signed-in viewer has not read in this topic (all of them if never opened). */
    private int unread(Topic topic) {
        if (readMarks == null) {
            readMarks = topicLists.readMarks(viewer, rows.shown());
        }
        return Math.max(0, topic.getPostCount() - readMarks.getOrDefault(topic.getId(), 0));
    }

    /** The pinned topics, then the page's others, with unread markers for signed-in readers. */
    public String getTopicsHtml() {
        return rows.html(viewer.isSignedIn() ? this::unread : null);
    }

    public Category getCategory() {
        return category;
    }

    public TopicList getTopics() {
        return rows.topics();
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
