package org.ccionetwork.portal.news.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ccionetwork.portal.files.ImageUploads;
import org.ccionetwork.portal.files.Images;
import org.ccionetwork.portal.news.Article;
import org.ccionetwork.portal.news.NewsService;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.text.Formats;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /news/desk/edit.xhtml[?id=n]: write or change an article, with its lead image, then save it as
 * a draft, schedule it or publish it. Every field is checked beside itself; on any refusal the
 * form comes back with everything typed in it.
 */
@Named
@RequestScoped
public class ArticleEditPage {

    @Inject
    private NewsService news;

    @Inject
    private Viewer viewer;

    @Inject
    private Clock clock;

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    @ConfigProperty(name = "portal.news.image-max-mb", defaultValue = "10")
    int imageMaxMb;

    private Article article;

    /** What the form holds of the article itself. */
    private final ArticleForm form = new ArticleForm();

    private Part image;
    private List<Images.Variant> imageVariants = List.of();

    private long version;

    private LocalDateTime publishAt;

    public void load() {
        if (id != null) {
            article = news.forEditing(viewer, id);
            form.fill(article);
            version = article.getVersion();
            if (article.getPublishAt() != null) {
                publishAt = LocalDateTime.ofInstant(article.getPublishAt(), Formats.UK);
            }
        } else {
            news.desk(viewer, org.ccionetwork.portal.news.ArticleStatus.DRAFT);
        }
        if (publishAt == null) {
            publishAt = LocalDateTime.ofInstant(clock.instant(), Formats.UK)
                    .plusHours(1)
                    .truncatedTo(ChronoUnit.HOURS);
        }
    }

    /** The article being edited (none while a new one is written). */
    public Article getArticle() {
        if (article == null && id != null) {
            article = news.forEditing(viewer, id);
        }
        return article;
    }

    /** Checks an uploaded image from its bytes, before anything is saved. */
    public void checkImage(FacesContext context, UIComponent component, Object value) {
        var variants = ImageUploads.read(value, imageMaxMb, "image", Images::variants);
        if (variants != null) {
            imageVariants = variants;
        }
    }

    public String save() {
        return saveThen(null, "Draft saved.");
    }

    public String saveAndSchedule() {
        if (publishAt == null) {
            Messages.addError("article-form:publish-at", "Choose the date and time to publish.");
            return null;
        }
        var at = Formats.ukInstant(publishAt, clock.instant());
        if (!at.isAfter(clock.instant())) {
            Messages.addError("article-form:publish-at", "Choose a time in the future, or publish now.");
            return null;
        }
        return saveThen(saved -> news.schedule(viewer, saved, at), "Scheduled.");
    }

    public String saveAndPublish() {
        return saveThen(saved -> news.publishNow(viewer, saved), "Published.");
    }

    private String saveThen(java.util.function.LongConsumer next, String done) {
        if ((!imageVariants.isEmpty() || (getArticle() != null && getArticle().isWithImage()))
                && (form.getImageAlt() == null || form.getImageAlt().isBlank())) {
            Messages.addError("article-form:image-alt", "Describe the image for people who cannot see it.");
            return null;
        }
        try {
            var content = form.content();
            var saved = id == null
                    ? news.create(viewer, content, imageVariants)
                    : news.update(viewer, id, version, content, imageVariants);
            if (next != null) {
                next.accept(saved.getId());
            }
            Messages.addFlashGlobalInfo(done);
            Faces.redirect(Faces.getRequestContextPath() + "/news/desk/edit.xhtml?id=" + saved.getId());
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
        }
        return null;
    }

    public void unpublish() {
        act(() -> news.unpublish(viewer, id), "Unpublished: it is a draft again.");
    }

    public void archive() {
        act(() -> news.archive(viewer, id), "Archived.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.addFlashGlobalInfo(done);
            Faces.redirect(Faces.getRequestContextPath() + "/news/desk/edit.xhtml?id=" + id);
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public String getPreviewLink() {
        return getArticle() == null
                ? null
                : org.ccionetwork.portal.news.Links.article(getArticle().getSlug());
    }

    public ArticleForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    /** Suggestions as the tags are typed: the last word finished with tags articles already carry. */
    public List<String> completeTags(String typed) {
        return org.ccionetwork.portal.text.Tags.completions(typed, news.tagsByUse(viewer), 8);
    }

    public Part getImage() {
        return image;
    }

    public void setImage(Part image) {
        this.image = image;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** The date picker offers no day before today (UK time). */
    public LocalDateTime getEarliestPublishAt() {
        return LocalDateTime.ofInstant(clock.instant(), Formats.UK).truncatedTo(ChronoUnit.DAYS);
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public int getImageMaxMb() {
        return imageMaxMb;
    }
}
