package org.ccionetwork.portal.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.ccionetwork.portal.persistence.Times;

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

    @jakarta.persistence.Embedded
    private StoredFile file;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    protected Upload() {}

    Upload(
            String token,
            long memberId,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            String blobKey,
            String previewType,
            byte[] preview,
            String text,
            Instant now) {
        this.token = token;
        this.memberId = memberId;
        this.file = new StoredFile(fileName, contentType, sizeBytes, sha256, blobKey, previewType, preview, text);
        this.created = Times.stored(now);
    }

    public String getToken() {
        return token;
    }

    public Long getMemberId() {
        return memberId;
    }

    public StoredFile getFile() {
        return file;
    }
}
