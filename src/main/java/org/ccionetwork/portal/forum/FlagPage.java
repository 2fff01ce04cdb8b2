package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotFoundException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** /forum/flag.xhtml?post=id: a member tells the moderators a post needs attention (and, for moderators, hides it). */
@Named
@RequestScoped
public class FlagPage {

    @Inject
    private Reading reading;

    @Inject
    private Posting posting;

    @Inject
    private Moderating moderating;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "post")
    private Long postId;

    private Post post;

    @NotBlank(message = "Tell the moderators what is wrong with this post.")
    @Size(max = 500, message = "Keep the reason to 500 characters.")
    private String reason;

    public void load() {
        if (!viewer.isMember()) {
            throw new NotFoundException("post");
        }
        getPost();
    }

    public Post getPost() {
        if (post == null) {
            post = reading.post(viewer, postId);
        }
        return post;
    }

    public String flag() {
        posting.flag(viewer, getPost().getId(), reason);
        Faces.setFlashAttribute("flagged", Boolean.TRUE);
        Faces.redirect(Links.post(getPost().getTopicId(), getPost().getPostNumber()));
        return null;
    }

    public String hide() {
        moderating.hide(viewer, getPost().getId(), reason);
        Faces.redirect(Links.post(getPost().getTopicId(), getPost().getPostNumber()));
        return null;
    }

    public String unhide() {
        moderating.unhide(viewer, getPost().getId(), reason);
        Faces.redirect(Links.post(getPost().getTopicId(), getPost().getPostNumber()));
        return null;
    }

    public boolean isModerator() {
        return viewer.isModerator();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
