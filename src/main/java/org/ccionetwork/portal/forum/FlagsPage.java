package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccionetwork.portal.security.Viewer;
import org.omnifaces.util.Faces;

/** /moderation/flags.xhtml: the queue of flagged posts. */
@Named
@RequestScoped
public class FlagsPage {

    @Inject
    private Moderating moderating;

    @Inject
    private Viewer viewer;

    private List<Moderating.FlaggedPost> flags;

    public List<Moderating.FlaggedPost> getFlags() {
        if (flags == null) {
            flags = moderating.openFlags(viewer);
        }
        return flags;
    }

    public String resolve(long flagId) {
        moderating.resolveFlag(viewer, flagId, "dismissed from the queue");
        Faces.redirect("/moderation/flags.xhtml");
        return null;
    }
}
