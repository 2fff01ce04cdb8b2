package org.ccionetwork.portal.news.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ccionetwork.portal.news.Article;
import org.ccionetwork.portal.news.ArticleContent;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.text.Tags;

/**
 * What the desk's article form holds of the article itself, each field with the rule it is checked
 * by beside it ({@link ArticleEditPage} keeps the actions, the lead image and the schedule).
 */
public class ArticleForm {

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

    /** The form as an article being edited fills it. */
    void fill(Article article) {
        title = article.getTitle();
        summary = article.getSummary();
        body = article.getBodySource();
        tags = article.getTags();
        sourceName = article.getSourceName();
        sourceUrl = article.getSourceUrl();
        membersOnly = article.isMembersOnly();
        imageAlt = article.getImageAlt();
    }

    /** What the news desk saves. */
    ArticleContent content() {
        return new ArticleContent(
                title,
                summary,
                body,
                Tags.parse(tags, 8),
                sourceName,
                sourceUrl,
                membersOnly ? Visibility.MEMBERS : Visibility.PUBLIC,
                imageAlt);
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
}
