package org.ccionetwork.portal.library;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.ccionetwork.portal.shared.Times;

/**
 * A file a member has sent and the portal has checked, waiting for the form that shares it (or
 * adds it as a new version). Its token sits in that form, so a refused form keeps the file too.
 */
@Entity
@Table(name = "library_uploads")
public class Upload {

    @Id
    private String token;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "blob_key", nullable = false, updatable = false)
    private String blobKey;

    @Column(name = "preview_type", updatable = false)
    private String previewType;

    @Basic(fetch = FetchType.LAZY)
    @Column(updatable = false)
    private byte[] preview;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    protected Upload() {
    }

    Upload(String token, long memberId, String fileName, String contentType, long sizeBytes, String sha256, String blobKey,
            String previewType, byte[] preview, Instant now) {
        this.token = token;
        this.memberId = memberId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.blobKey = blobKey;
        this.previewType = previewType;
        this.preview = preview;
        this.created = Times.stored(now);
    }

    public String getToken() {
        return token;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    String getBlobKey() {
        return blobKey;
    }

    String getPreviewType() {
        return previewType;
    }

    byte[] getPreview() {
        return preview;
    }

    public String getSizeText() {
        return ItemVersion.sizeText(sizeBytes);
    }
}
