package org.ccionetwork.portal.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.ccionetwork.portal.forum.Topic;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.news.Article;
import org.ccionetwork.portal.news.Links;
import org.ccionetwork.portal.news.NewsService;
import org.ccionetwork.portal.security.Viewer;

/** The home page: featured news, the latest news and the latest forum activity the reader may see. */
@Named
@RequestScoped
public class HomePage {

    private static final int LATEST = 5;

    @Inject
    private MemberService members;

    @Inject
    private NewsService news;

    @Inject
    private org.ccionetwork.portal.forum.TopicLists topicLists;

    @Inject
    private Viewer viewer;

    @Inject
    private org.ccionetwork.portal.events.EventService events;

    private List<org.ccionetwork.portal.events.Event> nextEvents;

    /** The next three events this visitor may see. */
    public List<org.ccionetwork.portal.events.Event> getNextEvents() {
        if (nextEvents == null) {
            nextEvents = events.upcoming(viewer, null, null, 3);
        }
        return nextEvents;
    }

    public String eventLink(org.ccionetwork.portal.events.Event event) {
        return org.ccionetwork.portal.events.Links.event(event.getSlug());
    }

    private Long memberCount;
    private List<Article> featured;
    private List<Article> latest;
    private List<Topic> topics;

    public long getMemberCount() {
        if (memberCount == null) {
            memberCount = members.count();
        }
        return memberCount;
    }

    public List<Article> getFeatured() {
        if (featured == null) {
            featured = news.featured(viewer);
        }
        return featured;
    }

    /** The latest articles that are not already featured above. */
    public List<Article> getLatest() {
        if (latest == null) {
            var shown = getFeatured().stream().map(Article::getId).toList();
            latest = news.published(viewer, Optional.empty(), null).articles().stream()
                    .filter(a -> !shown.contains(a.getId()))
                    .limit(LATEST)
                    .toList();
        }
        return latest;
    }

    public List<Topic> getTopics() {
        if (topics == null) {
            topics = topicLists.latestTopics(viewer, LATEST);
        }
        return topics;
    }

    public String link(Article article) {
        return Links.article(article.getSlug());
    }

    public String image(Article article) {
        return Links.image(article, "small");
    }

    public String topicLink(Topic topic) {
        return org.ccionetwork.portal.forum.Links.topic(topic.getId());
    }
}
