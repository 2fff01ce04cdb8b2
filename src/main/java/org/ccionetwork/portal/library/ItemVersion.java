package org.ccionetwork.portal.library;

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

    @jakarta.persistence.Embedded
    private StoredFile file;

    @Column(name = "change_note", nullable = false, updatable = false)
    private String changeNote;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploader_id", updatable = false)
    private Member uploader;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    protected ItemVersion() {}

    ItemVersion(Item item, int number, Upload upload, String changeNote, Member uploader, Instant now) {
        this.itemId = item.getId();
        this.number = number;
        this.file = upload.getFile();
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

    /** The file of this version: name, type, size, checksum, preview. */
    public StoredFile getFile() {
        return file;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Member getUploader() {
        return uploader;
    }

    public Instant getCreated() {
        return created.toInstant();
    }
}
