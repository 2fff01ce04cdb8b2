package org.ccionetwork.portal.news.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccionetwork.portal.news.Article;
import org.ccionetwork.portal.news.ArticleRevision;
import org.ccionetwork.portal.news.NewsService;
import org.ccionetwork.portal.security.Viewer;
import org.omnifaces.cdi.Param;

/** /news/desk/revisions.xhtml?id=n&amp;from=r&amp;to=s: an article's saves, and two of them compared. */
@Named
@RequestScoped
public class RevisionsPage {

    @Inject
    private NewsService news;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    @Param(name = "from")
    private Long from;

    @Inject
    @Param(name = "to")
    private Long to;

    private Article article;
    private List<ArticleRevision> revisions;
    private List<String> diff;

    public void load() {
        if (id == null) {
            throw new org.ccionetwork.portal.shared.NotFoundException("article");
        }
        article = news.forEditing(viewer, id);
        revisions = news.revisions(viewer, id);
        if (from != null && to != null) {
            diff = news.compare(viewer, id, from, to);
        }
    }

    public Article getArticle() {
        return article;
    }

    public List<ArticleRevision> getRevisions() {
        return revisions;
    }

    public List<String> getDiff() {
        return diff;
    }

    public Long getFrom() {
        return from != null ? from : revisions.size() > 1 ? revisions.get(1).getId() : null;
    }

    public Long getTo() {
        return to != null
                ? to
                : revisions.isEmpty() ? null : revisions.getFirst().getId();
    }

    /** A CSS class for a line of the comparison: added, removed, or context. */
    public String lineClass(String line) {
        return line.startsWith("+")
                ? "diff-added"
                : line.startsWith("-") ? "diff-removed" : line.startsWith("@@") ? "diff-hunk" : "diff-same";
    }
}
