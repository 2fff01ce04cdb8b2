package org.ccionetwork.portal.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccionetwork.portal.forum.ForumService;
import org.ccionetwork.portal.security.Viewer;
import org.omnifaces.util.Faces;

/** /moderation/flags.xhtml: the queue of flagged posts. */
@Named
@RequestScoped
public class FlagsPage {

    @Inject
    private ForumService forum;

    @Inject
    private Viewer viewer;

    private List<ForumService.FlaggedPost> flags;

    public List<ForumService.FlaggedPost> getFlags() {
        if (flags == null) {
            flags = forum.openFlags(viewer);
        }
        return flags;
    }

    public String resolve(long flagId) {
        forum.resolveFlag(viewer, flagId, "dismissed from the queue");
        Faces.redirect("/moderation/flags.xhtml");
        return null;
    }
}
