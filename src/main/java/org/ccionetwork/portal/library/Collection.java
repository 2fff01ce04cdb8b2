package org.ccionetwork.portal.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A shelf of the library (Handbooks, Best-practice manuals, Event slides, ...), managed by admins.
 * In a "reviewed" collection every item has an owner and a review-by date.
 */
@Entity
@Table(name = "library_collections")
public class Collection {

    @Id
    @SequenceGenerator(name = "library_seq", sequenceName = "library_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "library_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    private int position;

    private boolean reviewed;

    protected Collection() {}

    public Collection(String slug, String name, String description, int position, boolean reviewed) {
        this.slug = slug;
        change(name, description, position, reviewed);
    }

    void change(String name, String description, int position, boolean reviewed) {
        this.name = name;
        this.description = description == null ? "" : description;
        this.position = position;
        this.reviewed = reviewed;
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

    public int getPosition() {
        return position;
    }

    public boolean isReviewed() {
        return reviewed;
    }
}
