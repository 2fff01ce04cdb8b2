package org.ccionetwork.portal.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /news/article.xhtml?a=slug: one article, as readers see it (and as moderators preview it). */
@Named
@RequestScoped
public class ArticlePage {

    @Inject
    private NewsService news;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "a")
    private String slug;

    private Article article;
    private Integer replies;

    public void load() {
        getArticle();
    }

    public Article getArticle() {
        if (article == null) {
            article = news.article(viewer, slug);
        }
        return article;
    }

    public int getReplies() {
        if (replies == null) {
            replies = news.discussionReplies(getArticle());
        }
        return replies;
    }

    /** Opens the article's discussion, starting it on the first click. */
    public String discuss() {
        try {
            long topicId = news.discuss(viewer, getArticle().getId());
            Faces.redirect(org.ccionetwork.portal.forum.Links.topic(topicId));
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
        }
        return null;
    }

    public String getLink() {
        return Links.article(getArticle().getSlug());
    }

    public String image(String size) {
        return Links.image(getArticle(), size);
    }

    public String tagLink(String tag) {
        return Links.tag(tag);
    }

    public String getDiscussionLink() {
        return getArticle().getTopicId() == null
                ? null
                : org.ccionetwork.portal.forum.Links.topic(getArticle().getTopicId());
    }
}
