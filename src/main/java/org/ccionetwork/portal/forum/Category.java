package org.ccionetwork.portal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.web.VisibleChange;

/** A forum category: public (anyone reads, members write) or members-only (Chatham House rule). */
@Entity
@Table(name = "forum_categories")
public class Category {

    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String colour;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "topic_count", nullable = false)
    private int topicCount;

    @Column(name = "post_count", nullable = false)
    private int postCount;

    @Column(name = "last_activity")
    private OffsetDateTime lastActivity;

    @Version
    private long version;

    protected Category() {
        // for JPA
    }

    public Category(
            String slug,
            String name,
            String description,
            String colour,
            int position,
            Visibility visibility,
            Long parentId) {
        VisibleChange.fire(
                "category.new", VisibleChange.category(id)); // a listing change: not saved yet, no pages of its own
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.colour = colour;
        this.position = position;
        this.visibility = visibility;
        this.parentId = parentId;
    }

    /** An admin's changes; the address (slug) stays, so links keep working. */
    void change(String name, String description, String colour, int position, Visibility visibility) {
        VisibleChange.fire("category.change"); // its name shows on its topics' pages too
        this.name = name;
        this.description = description;
        this.colour = colour;
        this.position = position;
        this.visibility = visibility;
    }

    void topicLeft(int posts) {
        VisibleChange.fire("category.topicLeft", VisibleChange.category(id));
        topicCount--;
        postCount -= posts;
    }

    void topicArrived(int posts) {
        VisibleChange.fire("category.topicArrived", VisibleChange.category(id));
        topicCount++;
        postCount += posts;
    }

    public boolean isMembersOnly() {
        return visibility == Visibility.MEMBERS;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getColour() {
        return colour;
    }

    public int getPosition() {
        return position;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public Long getParentId() {
        return parentId;
    }

    public int getTopicCount() {
        return topicCount;
    }

    public int getPostCount() {
        return postCount;
    }

    public Instant getLastActivity() {
        return lastActivity == null ? null : lastActivity.toInstant();
    }
}
