package org.ccionetwork.portal.news;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.ccionetwork.portal.files.Images;

/** One size of an article's lead image, kept in the database so every node of a cluster has it. */
@Entity
@Table(name = "news_images")
@IdClass(ArticleImage.Key.class)
public class ArticleImage {

    /** The key of a row: the article and the size. */
    public static class Key implements Serializable {
        private Long articleId;
        private String variant;

        public Key() {}

        public Key(Long articleId, String variant) {
            this.articleId = articleId;
            this.variant = variant;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(articleId, key.articleId)
                    && java.util.Objects.equals(variant, key.variant);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(articleId, variant);
        }
    }

    @Id
    @Column(name = "article_id")
    private Long articleId;

    @Id
    private String variant;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    private int width;

    private int height;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] data;

    protected ArticleImage() {}

    ArticleImage(long articleId, Images.Variant variant) {
        this.articleId = articleId;
        this.variant = variant.name();
        this.contentType = variant.contentType();
        this.width = variant.width();
        this.height = variant.height();
        this.data = variant.bytes();
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public byte[] getData() {
        return data;
    }
}
