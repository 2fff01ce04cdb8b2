package org.ccionetwork.portal.news.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ccionetwork.portal.files.ImageUploads;
import org.ccionetwork.portal.files.Images;
import org.ccionetwork.portal.news.Article;
import org.ccionetwork.portal.news.ArticleContent;
import org.ccionetwork.portal.news.NewsService;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.text.Formats;
import org.ccionetwork.portal.text.Tags;
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

    @NotBlank(message = "Give the article a title.")
    @Size(min = 5, max = 150, message = "A title needs 5 to 150 characters.")
    private String title;

    @NotBlank(message = "Write a summary: it is shown in lists and feeds.")
    @Size(max = ArticleContent.MAX_SUMMARY, message = "A summary can be at most 300 characters.")
    private String summary;

    @Size(max = 50_000, message = "An article can be at most 50,000 characters.")
    private String body;

    @Size(max = 200, message = "Tags can be at most 200 characters in all.")
    @Pattern(regexp = "[\\p{L}\\p{N} ,.+#-]*", message = "Tags are words separated by spaces or commas.")
    private String tags;

    @Size(max = 150, message = "A source's name can be at most 150 characters.")
    private String sourceName;

    @Size(max = 1000, message = "A link can be at most 1,000 characters.")
    @Pattern(regexp = "(https?://\\S+)?", message = "A source link starts with https:// (or http://).")
    private String sourceUrl;

    private boolean membersOnly;

    @Size(max = 300, message = "Alt text can be at most 300 characters.")
    private String imageAlt;

    private Part image;
    private List<Images.Variant> imageVariants = List.of();

    private long version;

    private LocalDateTime publishAt;

    public void load() {
        if (id != null) {
            article = news.forEditing(viewer, id);
            title = article.getTitle();
            summary = article.getSummary();
            body = article.getBodySource();
            tags = article.getTags();
            sourceName = article.getSourceName();
            sourceUrl = article.getSourceUrl();
            membersOnly = article.isMembersOnly();
            imageAlt = article.getImageAlt();
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
                && (imageAlt == null || imageAlt.isBlank())) {
            Messages.addError("article-form:image-alt", "Describe the image for people who cannot see it.");
            return null;
        }
        try {
            var content = new ArticleContent(
                    title,
                    summary,
                    body,
                    Tags.parse(tags, 8),
                    sourceName,
                    sourceUrl,
                    membersOnly ? Visibility.MEMBERS : Visibility.PUBLIC,
                    imageAlt);
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

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getSourceName() {
        return sourceName;
    }

    public void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public boolean isMembersOnly() {
        return membersOnly;
    }

    public void setMembersOnly(boolean membersOnly) {
        this.membersOnly = membersOnly;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public void setImageAlt(String imageAlt) {
        this.imageAlt = imageAlt;
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
