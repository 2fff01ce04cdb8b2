package org.ccionetwork.portal.news.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccionetwork.portal.news.Article;
import org.ccionetwork.portal.news.ArticleStatus;
import org.ccionetwork.portal.news.NewsService;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.omnifaces.util.Messages;

/** /news/desk/: the moderators' news desk, every article by state, and the featured order. */
@Named
@RequestScoped
public class DeskPage {

    @Inject
    private NewsService news;

    @Inject
    private Viewer viewer;

    public void load() {
        news.desk(viewer, ArticleStatus.DRAFT);
    }

    public List<Article> articles(ArticleStatus status) {
        return news.desk(viewer, status);
    }

    public ArticleStatus[] getStates() {
        return ArticleStatus.values();
    }

    public void feature(long id) {
        act(() -> news.feature(viewer, id), "Featured on the home page.");
    }

    public void unfeature(long id) {
        act(() -> news.unfeature(viewer, id), "No longer featured.");
    }

    public void moveUp(long id) {
        act(() -> news.moveFeatured(viewer, id, true), "Moved up.");
    }

    public void moveDown(long id) {
        act(() -> news.moveFeatured(viewer, id, false), "Moved down.");
    }

    private static void act(Runnable action, String done) {
        try {
            action.run();
            Messages.addGlobalInfo(done);
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }
}
