package org.ccionetwork.portal.forum;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccionetwork.portal.persistence.TimeCursor;
import org.ccionetwork.portal.security.CurrentUser;
import org.ccionetwork.portal.web.KeysetPages;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * /moderation/flags.xhtml: the queue of flagged posts, oldest first, in PrimeFaces' lazy table
 * paging by keyset ({@link KeysetPages}).
 */
@Named
@ViewScoped
public class FlagsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Moderating moderating;

    @Inject
    private CurrentUser currentUser;

    private final KeysetPages<Moderating.FlaggedPost, TimeCursor> flags = new KeysetPages<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected List<Moderating.FlaggedPost> after(TimeCursor after, int size) {
            return moderating.openFlags(currentUser.getViewer(), after, size);
        }

        @Override
        protected int total() {
            return moderating.countOpenFlags(currentUser.getViewer());
        }

        @Override
        protected TimeCursor keyOf(Moderating.FlaggedPost item) {
            return new TimeCursor(item.flag().getCreated(), item.flag().getId());
        }
    };

    public KeysetPages<Moderating.FlaggedPost, TimeCursor> getFlags() {
        return flags;
    }

    public String resolve(long flagId) {
        moderating.resolveFlag(currentUser.getViewer(), flagId, "dismissed from the queue");
        Faces.redirect("/moderation/flags.xhtml");
        return null;
    }
}
