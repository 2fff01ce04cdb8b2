package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccionetwork.portal.security.Viewer;
import org.omnifaces.cdi.Param;

/** /forum/history.xhtml?post=id: the earlier texts of an edited post, for its author and moderators. */
@Named
@RequestScoped
public class HistoryPage {

    @Inject
    private Reading reading;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "post")
    private Long postId;

    private Post post;
    private List<PostRevision> revisions;

    public void load() {
        post = reading.post(viewer, postId);
        revisions = reading.revisions(viewer, postId);
    }

    public Post getPost() {
        return post;
    }

    public List<PostRevision> getRevisions() {
        return revisions;
    }

    public String getLink() {
        return Links.post(post.getTopicId(), post.getPostNumber());
    }
}
