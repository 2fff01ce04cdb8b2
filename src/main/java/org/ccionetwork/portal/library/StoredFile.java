package org.ccionetwork.portal.library;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import java.util.Locale;

/**
 * A file as the portal keeps it: its safe name, the type decided from its bytes, size, SHA-256,
 * the key of its bytes in the store, and a small preview picture when one could be drawn. An
 * upload waiting for its form and a version of an item hold one each.
 */
@Embeddable
public class StoredFile {

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

    /** The words inside the file, for the search (see {@link org.ccionetwork.portal.files.FileText}); null when none. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "text_content", updatable = false)
    private String text;

    protected StoredFile() {}

    StoredFile(
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            String blobKey,
            String previewType,
            byte[] preview,
            String text) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.blobKey = blobKey;
        this.previewType = previewType;
        this.preview = preview;
        this.text = text;
    }

    /** PDFs and images may open in the browser; anything else downloads. */
    public boolean isInline() {
        return contentType.equals("application/pdf") || contentType.startsWith("image/");
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

    public boolean isWithPreview() {
        return previewType != null;
    }

    public String getPreviewType() {
        return previewType;
    }

    public byte[] getPreview() {
        return preview;
    }

    /** The size for people: 1.2 MB, 340 KB. */
    public String getSizeText() {
        return sizeText(sizeBytes);
    }

    static String sizeText(long bytes) {
        if (bytes >= 1024L * 1024) {
            return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
