package org.ccionetwork.portal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every node looks every few minutes for members whose digest is due; each digest is claimed by one node ({@link DigestWriter}). */
@ApplicationScoped
public class Digests extends org.ccionetwork.portal.clock.Repeating {

    private static final Logger LOG = Logger.getLogger(Digests.class.getName());

    @Inject
    private DigestWriter writer;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "portal.mail.digest-check-seconds", defaultValue = "600")
    int seconds;

    @Override
    protected java.time.Duration interval() {
        return java.time.Duration.ofSeconds(seconds);
    }

    @Override
    protected void round() {
        run();
    }

    /** One round: answers how many digests were written. */
    public int run() {
        try {
            writer.ensureRows();
        } catch (RuntimeException e) {
            LOG.fine(() -> "Digest rows not made this round (another node may have): " + e.getMessage());
        }
        int written = 0;
        try {
            var now = clock.instant();
            for (long memberId : writer.due(now)) {
                try {
                    if (writer.write(memberId, now)) {
                        written++;
                    }
                } catch (RuntimeException e) {
                    LOG.warning(() -> "The digest of member " + memberId + " waits for the next round: " + e);
                }
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "Digests wait for the next round: " + e.getMessage());
        }
        return written;
    }
}
