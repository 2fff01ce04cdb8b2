package org.ccionetwork.portal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The text a post had before an edit, and who changed it when: visible to moderators and the author. */
@Entity
@Table(name = "forum_post_revisions")
public class PostRevision {

    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Column(name = "post_id", nullable = false)
    private Long postId;

    @Column(name = "body_source", nullable = false)
    private String bodySource;

    @Column(name = "editor_id", nullable = false)
    private Long editorId;

    @Column(nullable = false)
    private OffsetDateTime edited;

    protected PostRevision() {
        // for JPA
    }

    PostRevision(Post before, Long editorId, Instant now) {
        this.postId = before.getId();
        this.bodySource = before.getBodySource();
        this.editorId = editorId;
        this.edited = Topic.at(now);
    }

    public Long getPostId() {
        return postId;
    }

    public String getBodySource() {
        return bodySource;
    }

    public Long getEditorId() {
        return editorId;
    }

    public Instant getEdited() {
        return edited.toInstant();
    }
}
