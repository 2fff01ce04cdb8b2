package org.ccionetwork.portal.news;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.text.Tags;

/**
 * A news article. It moves draft → scheduled → published → archived (and back to draft when a
 * moderator unpublishes it); only published articles are seen by readers, and only moderators see
 * the rest. The Markdown body is rendered and sanitized when saved.
 */
@Entity
@Table(name = "news_articles")
public class Article {

    public static final int MAX_FEATURED = 3;
    private static final int WORDS_PER_MINUTE = 200;

    @Id
    @SequenceGenerator(name = "news_seq", sequenceName = "news_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(name = "body_source", nullable = false)
    private String bodySource;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(nullable = false)
    private String tags;

    /** The same tags, one row each, so that lists can filter by a tag through an index. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "news_article_tags", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "tag")
    private Set<String> tagSet = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Member author;

    @Column(name = "source_name")
    private String sourceName;

    @Column(name = "source_url")
    private String sourceUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleStatus status;

    @Column(name = "publish_at")
    private OffsetDateTime publishAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "featured_rank")
    private Integer featuredRank;

    @Column(name = "image_alt")
    private String imageAlt;

    /** 0 without an image; goes up with each new image, so image URLs change and can be cached for ever. */
    @Column(name = "image_version", nullable = false)
    private int imageVersion;

    @Column(name = "topic_id")
    private Long topicId;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    @Column(nullable = false)
    private OffsetDateTime updated;

    @Version
    private long version;

    protected Article() {}

    Article(String slug, Member author, Instant now) {
        this.slug = slug;
        this.author = author;
        this.status = ArticleStatus.DRAFT;
        this.visibility = Visibility.PUBLIC;
        this.created = Times.stored(now);
        this.updated = created;
    }

    /** Changes the words of the article; the caller renders the Markdown. */
    void write(ArticleContent content, String bodyHtml, Instant now) {
        this.title = content.title();
        this.summary = content.summary();
        this.bodySource = content.body();
        this.bodyHtml = bodyHtml;
        this.tags = Tags.stored(content.tags());
        this.tagSet.clear();
        this.tagSet.addAll(content.tags());
        this.sourceName = content.sourceName();
        this.sourceUrl = content.sourceUrl();
        this.visibility = content.visibility();
        this.imageAlt = content.imageAlt();
        this.updated = Times.stored(now);
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.NEWS, id);
    }

    void imageReplaced() {
        imageVersion++;
    }

    void schedule(Instant at, Instant now) {
        if (status == ArticleStatus.PUBLISHED) {
            throw new NotAllowedException("This article is already published.");
        }
        if (!at.isAfter(now)) {
            throw new NotAllowedException("Choose a time in the future, or publish now.");
        }
        status = ArticleStatus.SCHEDULED;
        publishAt = Times.stored(at);
    }

    void publish(Instant now) {
        if (status == ArticleStatus.PUBLISHED) {
            throw new NotAllowedException("This article is already published.");
        }
        status = ArticleStatus.PUBLISHED;
        publishAt = null;
        publishedAt = Times.stored(now);
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.NEWS, id);
    }

    /** Back to a draft: readers no longer see it. */
    void unpublish() {
        status = ArticleStatus.DRAFT;
        publishAt = null;
        featuredRank = null;
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.NEWS, id);
    }

    void archive() {
        if (status != ArticleStatus.PUBLISHED) {
            throw new NotAllowedException("Only a published article can be archived.");
        }
        status = ArticleStatus.ARCHIVED;
        featuredRank = null;
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.NEWS, id);
    }

    void feature(Integer rank) {
        if (rank != null && status != ArticleStatus.PUBLISHED) {
            throw new NotAllowedException("Only a published article can be featured.");
        }
        featuredRank = rank;
    }

    void linkTopic(long topicId) {
        this.topicId = topicId;
    }

    /** Readers see published articles (members-only ones when they are members). */
    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** Minutes to read the body, at 200 words a minute, at least one. */
    public int getReadingMinutes() {
        return readingMinutes(bodySource);
    }

    static int readingMinutes(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        long words = Arrays.stream(text.trim().split("\\s+"))
                .filter(w -> w.chars().anyMatch(Character::isLetterOrDigit))
                .count();
        return (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBodySource() {
        return bodySource;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public List<String> getTagList() {
        return Tags.fromStored(tags);
    }

    public String getTags() {
        return tags;
    }

    public Member getAuthor() {
        return author;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public boolean isMembersOnly() {
        return visibility == Visibility.MEMBERS;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public Instant getPublishAt() {
        return publishAt == null ? null : publishAt.toInstant();
    }

    public Instant getPublishedAt() {
        return publishedAt == null ? null : publishedAt.toInstant();
    }

    public Integer getFeaturedRank() {
        return featuredRank;
    }

    public boolean isFeatured() {
        return featuredRank != null;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public boolean isWithImage() {
        return imageVersion > 0;
    }

    public int getImageVersion() {
        return imageVersion;
    }

    public Long getTopicId() {
        return topicId;
    }

    public Instant getCreated() {
        return created.toInstant();
    }

    public Instant getUpdated() {
        return updated.toInstant();
    }

    public long getVersion() {
        return version;
    }
}
