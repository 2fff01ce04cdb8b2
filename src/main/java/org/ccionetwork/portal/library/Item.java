package org.ccionetwork.portal.library;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.text.Tags;

/**
 * Something shared in the library: a file (whose bytes live in versions) or a link. Its sharer
 * and the moderators may change it; handbooks and manuals have an owner and a review-by date.
 */
@Entity
@Table(name = "library_items")
public class Item {

    @Id
    @SequenceGenerator(name = "library_seq", sequenceName = "library_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "library_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ItemKind kind;

    @Column(nullable = false)
    private String title;

    @Column(name = "description_source", nullable = false)
    private String descriptionSource;

    @Column(name = "description_html", nullable = false)
    private String descriptionHtml;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "collection_id")
    private Collection collection;

    @Column(nullable = false)
    private String tags;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "library_item_tags", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "tag")
    private Set<String> tagSet = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sharer_id", updatable = false)
    private Member sharer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Member owner;

    @Column(name = "review_by")
    private LocalDate reviewBy;

    @Column(name = "link_url")
    private String linkUrl;

    /** What the item was shared for elsewhere in the portal ("event-123"), when it was. */
    @Column(name = "shared_for")
    private String sharedFor;

    public String getSharedFor() {
        return sharedFor;
    }

    void shareFor(String key) {
        this.sharedFor = key;
    }

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "download_count", nullable = false)
    private long downloadCount;

    private boolean hidden;

    private boolean deleted;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    @Column(nullable = false)
    private OffsetDateTime updated;

    @Version
    private long version;

    protected Item() {}

    Item(ItemKind kind, Member sharer, Instant now) {
        this.kind = kind;
        this.sharer = sharer;
        this.created = Times.stored(now);
        this.updated = created;
    }

    void describe(ItemDetails details, Collection collection, String descriptionHtml, Instant now) {
        this.title = details.title();
        this.descriptionSource = details.description();
        this.descriptionHtml = descriptionHtml;
        this.collection = collection;
        this.tags = Tags.stored(details.tags());
        this.tagSet.clear();
        this.tagSet.addAll(details.tags());
        this.visibility = details.visibility();
        this.linkUrl = kind == ItemKind.LINK ? details.linkUrl() : null;
        this.updated = Times.stored(now);
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.LIBRARY, id);
    }

    int nextVersion(Instant now) {
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.LIBRARY, id);
        updated = Times.stored(now);
        return ++currentVersion;
    }

    void review(Member owner, LocalDate reviewBy) {
        this.owner = owner;
        this.reviewBy = reviewBy;
    }

    void setHidden(boolean hidden) {
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.LIBRARY, id);
        this.hidden = hidden;
    }

    void delete() {
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.LIBRARY, id);
        this.deleted = true;
    }

    void move(Collection collection) {
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.LIBRARY, id);
        this.collection = collection;
    }

    /** Due for review: a review-by date today or earlier. */
    public boolean isDueForReview(LocalDate today) {
        return reviewBy != null && !reviewBy.isAfter(today);
    }

    public Long getId() {
        return id;
    }

    public ItemKind getKind() {
        return kind;
    }

    public boolean isFile() {
        return kind == ItemKind.FILE;
    }

    public String getTitle() {
        return title;
    }

    public String getDescriptionSource() {
        return descriptionSource;
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    public Collection getCollection() {
        return collection;
    }

    public String getTags() {
        return tags;
    }

    public List<String> getTagList() {
        return Tags.fromStored(tags);
    }

    public Member getSharer() {
        return sharer;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public boolean isMembersOnly() {
        return visibility == Visibility.MEMBERS;
    }

    public Member getOwner() {
        return owner;
    }

    public LocalDate getReviewBy() {
        return reviewBy;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public long getDownloadCount() {
        return downloadCount;
    }

    public boolean isHidden() {
        return hidden;
    }

    public boolean isDeleted() {
        return deleted;
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
