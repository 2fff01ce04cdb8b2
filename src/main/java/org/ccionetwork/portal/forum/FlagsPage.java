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
 * paging by keyset ({@link KeysetPages}). The view keeps its page as plain rows, never entities, so
 * that it can travel with the session.
 */
@Named
@ViewScoped
public class FlagsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Moderating moderating;

    @Inject
    private CurrentUser currentUser;

    /** One open flag as the table shows it. */
    public record Row(
            long flagId,
            long postId,
            int postNumber,
            String topicTitle,
            String author,
            String reporter,
            java.time.Instant flagged,
            String reason)
            implements Serializable {}

    private final KeysetPages<Row, TimeCursor> flags = new KeysetPages<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected List<Row> after(TimeCursor after, int size) {
            return moderating.openFlags(currentUser.getViewer(), after, size).stream()
                    .map(f -> new Row(
                            f.flag().getId(),
                            f.post().getId(),
                            f.post().getPostNumber(),
                            f.topic().getTitle(),
                            f.post().getAuthor().getDisplayName(),
                            f.flag().getReporter().getDisplayName(),
                            f.flag().getCreated(),
                            f.flag().getReason()))
                    .toList();
        }

        @Override
        protected int total() {
            return moderating.countOpenFlags(currentUser.getViewer());
        }

        @Override
        protected TimeCursor keyOf(Row row) {
            return new TimeCursor(row.flagged(), row.flagId());
        }
    };

    public KeysetPages<Row, TimeCursor> getFlags() {
        return flags;
    }

    public String resolve(long flagId) {
        moderating.resolveFlag(currentUser.getViewer(), flagId, "dismissed from the queue");
        Faces.redirect("/moderation/flags.xhtml");
        return null;
    }
}
