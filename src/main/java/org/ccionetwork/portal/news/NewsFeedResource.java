package org.ccionetwork.portal.news;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.web.PublicUrls;

/**
 * Atom 1.0 feeds of public articles: all news at /api/news/feed.atom, one tag at
 * /api/news/tags/{tag}/feed.atom. Written by ROME; members-only articles never appear, whoever
 * asks (a feed reader is nobody in particular).
 */
@Path("news")
public class NewsFeedResource {

    private static final int FEED_SIZE = 30;

    public static final String ATOM = "application/atom+xml;charset=utf-8";

    @Inject
    private NewsService news;

    @Inject
    private PublicUrls urls;

    @GET
    @Path("feed.atom")
    @Produces(ATOM)
    public Response all() throws FeedException {
        return feed(null, Links.FEED, "CCIO Network news");
    }

    @GET
    @Path("tags/{tag}/feed.atom")
    @Produces(ATOM)
    public Response tagged(@PathParam("tag") String tag) throws FeedException {
        return feed(tag, Links.tagFeed(tag), "CCIO Network news: " + tag);
    }

    private Response feed(String tag, String self, String title) throws FeedException {
        var articles = news.published(Viewer.ANONYMOUS, Optional.empty(), tag, FEED_SIZE)
                .articles();
        var feed = new Feed("atom_1.0");
        feed.setId(urls.absolute(self));
        feed.setTitle(title);
        feed.setAlternateLinks(
                List.of(link("alternate", urls.absolute(tag == null ? "/news/" : Links.tag(tag)), "text/html")));
        feed.setOtherLinks(List.of(link("self", urls.absolute(self), "application/atom+xml")));
        Instant updated = articles.stream()
                .map(Article::getUpdated)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        feed.setUpdated(Date.from(updated));
        var author = new Person();
        author.setName("CCIO Network");
        feed.setAuthors(List.of(author));
        var entries = new ArrayList<Entry>();
        for (Article article : articles) {
            entries.add(entry(article));
        }
        feed.setEntries(entries);
        String xml = new WireFeedOutput().outputString(feed);
        return Response.ok(xml, ATOM)
                .header("Cache-Control", "public, max-age=300")
                .build();
    }

    private Entry entry(Article article) {
        var entry = new Entry();
        String url = urls.absolute(Links.article(article.getSlug()));
        entry.setId(url);
        entry.setTitle(article.getTitle());
        entry.setAlternateLinks(List.of(link("alternate", url, "text/html")));
        entry.setPublished(Date.from(article.getPublishedAt()));
        entry.setUpdated(Date.from(
                article.getUpdated().isAfter(article.getPublishedAt())
                        ? article.getUpdated()
                        : article.getPublishedAt()));
        var summary = new Content();
        summary.setType("text");
        summary.setValue(article.getSummary());
        entry.setSummary(summary);
        var content = new Content();
        content.setType("html");
        content.setValue(article.getBodyHtml());
        entry.setContents(List.of(content));
        var author = new Person();
        author.setName(article.getAuthor().getDisplayName());
        entry.setAuthors(List.of(author));
        var categories = new ArrayList<Category>();
        for (String tag : article.getTagList()) {
            var category = new Category();
            category.setTerm(tag);
            categories.add(category);
        }
        entry.setCategories(categories);
        return entry;
    }

    private static Link link(String rel, String href, String type) {
        var link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
