package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /forum/edit.xhtml?post=id: the author edits their post; earlier texts are kept as revisions. */
@Named
@RequestScoped
public class EditPostPage {

    @Inject
    private Reading reading;

    @Inject
    private Posting posting;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "post")
    private Long postId;

    private Post post;

    @NotBlank(message = "A post cannot be empty. To take it down, delete it instead.")
    @Size(max = 50_000, message = "A post can be at most 50,000 characters.")
    private String body;

    private String basedOn;

    public void load() {
        getPost();
    }

    public Post getPost() {
        if (post == null) {
            post = reading.post(viewer, postId);
            if (!viewer.is(post.getAuthor().getId())) {
                throw new NotFoundException("post");
            }
        }
        return post;
    }

    public List<PostRevision> getRevisions() {
        return reading.revisions(viewer, getPost().getId());
    }

    public String save() {
        try {
            var saved = posting.edit(viewer, getPost().getId(), body, getBasedOn());
            Faces.redirect(Links.post(saved.getTopicId(), saved.getPostNumber()));
            return null;
        } catch (NotAllowedException e) {
            Messages.addError("edit-form:body", e.getMessage());
            return null;
        }
    }

    /** The text the form was opened with, as its token (a hidden field): a save after another tab's is refused. */
    public String getBasedOn() {
        if (basedOn == null) {
            basedOn = getPost().sourceToken();
        }
        return basedOn;
    }

    public void setBasedOn(String basedOn) {
        this.basedOn = basedOn;
    }

    public String getBody() {
        if (body == null) {
            body = getPost().getBodySource();
        }
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
