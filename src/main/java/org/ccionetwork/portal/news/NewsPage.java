package org.ccionetwork.portal.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccionetwork.portal.persistence.TimeCursor;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.text.Tags;
import org.omnifaces.cdi.Param;

/** /news/?tag=t&amp;older=cursor: published articles, newest first, paged by keyset. */
@Named
@RequestScoped
public class NewsPage {

    @Inject
    private NewsService news;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "tag")
    private String tag;

    @Inject
    @Param(name = "older")
    private String older;

    private NewsService.ArticleList list;

    public NewsService.ArticleList getList() {
        if (list == null) {
            list = news.published(viewer, TimeCursor.parse(older), getTag());
        }
        return list;
    }

    /** The tag filtered on, when it is one (anything else is no filter). */
    public String getTag() {
        return Tags.one(tag);
    }

    public boolean isFirstPage() {
        return older == null;
    }

    public String getFeedUrl() {
        return getTag() == null ? Links.FEED : Links.tagFeed(getTag());
    }

    public String tagLink(String tag) {
        return Links.tag(tag);
    }

    public String link(Article article) {
        return Links.article(article.getSlug());
    }

    public String image(Article article, String size) {
        return Links.image(article, size);
    }
}
