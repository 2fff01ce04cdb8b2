package org.ccionetwork.portal.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.persistence.Times;

/** The words of an article as one save left them: who saved, when. */
@Entity
@Table(name = "news_revisions")
public class ArticleRevision {

    @Id
    @SequenceGenerator(name = "news_seq", sequenceName = "news_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_seq")
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private Long articleId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "editor_id", updatable = false)
    private Member editor;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime saved;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(name = "body_source", nullable = false, updatable = false)
    private String bodySource;

    protected ArticleRevision() {}

    ArticleRevision(Article article, Member editor, Instant now) {
        this.articleId = article.getId();
        this.editor = editor;
        this.saved = Times.stored(now);
        this.title = article.getTitle();
        this.summary = article.getSummary();
        this.bodySource = article.getBodySource();
    }

    /** The revision as one text, for comparing two of them line by line. */
    public String asText() {
        return "# " + title + "\n\n" + summary + "\n\n" + bodySource;
    }

    public Long getId() {
        return id;
    }

    public Long getArticleId() {
        return articleId;
    }

    public Member getEditor() {
        return editor;
    }

    public Instant getSaved() {
        return saved.toInstant();
    }

    public String getTitle() {
        return title;
    }
}
