package org.ccionetwork.portal.news;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The news' URLs, in one place. */
public final class Links {

    public static final String FEED = "/api/news/feed.atom";

    private Links() {}

    public static String article(String slug) {
        return "/news/article.xhtml?a=" + slug;
    }

    public static String tag(String tag) {
        return "/news/?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
    }

    public static String tagFeed(String tag) {
        return "/api/news/tags/" + URLEncoder.encode(tag, StandardCharsets.UTF_8) + "/feed.atom";
    }

    public static String image(Article article, String variant) {
        return "/news/image/" + article.getId() + "/" + variant + "-" + article.getImageVersion();
    }
}
