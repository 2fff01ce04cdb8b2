package org.ccionetwork.portal.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.ccionetwork.portal.files.FileStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes, every hour, the files members uploaded but never shared (the form was left, the tab
 * closed) once they are older than {@code portal.library.unused-upload-hours}: their record first,
 * then their bytes. Every node may run it; a second run finds nothing left.
 */
@ApplicationScoped
public class UploadPurger extends org.ccionetwork.portal.clock.Repeating {

    private static final Logger LOG = Logger.getLogger(UploadPurger.class.getName());

    @Inject
    private LibraryService library;

    @Inject
    private Uploads uploads;

    @Inject
    private FileStore store;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "portal.library.unused-upload-hours", defaultValue = "24")
    int keepHours;

    @Override
    protected Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    protected void round() {
        try {
            int purged = purgeSentBefore(clock.instant().minus(Duration.ofHours(keepHours)));
            if (purged > 0) {
                LOG.info(() -> "Deleted " + purged + " uploads never shared");
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "Unused uploads wait for the next round: " + e.getMessage());
        }
    }

    /** Deletes the unused uploads sent before then; answers how many. */
    public int purgeSentBefore(Instant before) {
        int purged = 0;
        while (true) {
            var keys = uploads.forgetUnusedUploads(before);
            for (String key : keys) {
                try {
                    store.delete(key);
                } catch (IOException e) {
                    LOG.warning("The bytes of an unused upload were not deleted: " + e.getMessage());
                }
            }
            purged += keys.size();
            if (keys.isEmpty()) {
                return purged;
            }
        }
    }
}
