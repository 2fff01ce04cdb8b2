package org.ccionetwork.portal.library;

import jakarta.persistence.Basic;
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
import org.ccionetwork.portal.shared.Times;

/** One version of a shared file: its checked type, size, SHA-256, where its bytes are, and why it changed. */
@Entity
@Table(name = "library_versions")
public class ItemVersion {

    @Id
    @SequenceGenerator(name = "library_seq", sequenceName = "library_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "library_seq")
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(nullable = false, updatable = false)
    private int number;

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

    @Column(name = "change_note", nullable = false, updatable = false)
    private String changeNote;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploader_id", updatable = false)
    private Member uploader;

    @Column(name = "preview_type", updatable = false)
    private String previewType;

    @Basic(fetch = FetchType.LAZY)
    @Column(updatable = false)
    private byte[] preview;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    protected ItemVersion() {
    }

    ItemVersion(Item item, int number, Upload upload, String changeNote, Member uploader, Instant now) {
        this.itemId = item.getId();
        this.number = number;
        this.fileName = upload.getFileName();
        this.contentType = upload.getContentType();
        this.sizeBytes = upload.getSizeBytes();
        this.sha256 = upload.getSha256();
        this.blobKey = upload.getBlobKey();
        this.previewType = upload.getPreviewType();
        this.preview = upload.getPreview();
        this.changeNote = changeNote == null ? "" : changeNote.strip();
        this.uploader = uploader;
        this.created = Times.stored(now);
    }

    public Long getId() {
        return id;
    }

    public Long getItemId() {
        return itemId;
    }

    public int getNumber() {
        return number;
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

    public String getChangeNote() {
        return changeNote;
    }

    public Member getUploader() {
        return uploader;
    }

    public boolean isWithPreview() {
        return previewType != null;
    }

    public String getPreviewType() {
        return previewType;
    }

    public byte[] getPreview() {
        return preview;
    }

    public Instant getCreated() {
        return created.toInstant();
    }

    /** The size for people: 1.2 MB, 340 KB. */
    public String getSizeText() {
        return sizeText(sizeBytes);
    }

    static String sizeText(long bytes) {
        if (bytes >= 1024L * 1024) {
            return String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
