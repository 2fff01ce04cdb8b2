package org.ccionetwork.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Logger;
import org.ccionetwork.portal.persistence.Database;

/** Every node's sender: a round of {@link OutboxSender} every few seconds. */
@ApplicationScoped
public class MailSender extends org.ccionetwork.portal.clock.Repeating {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    private Database database;

    @Inject
    private MailSettings settings;

    @Inject
    private Clock clock;

    @Inject
    private Instance<Composer> composers;

    @Override
    protected java.time.Duration interval() {
        return java.time.Duration.ofSeconds(settings.senderSeconds());
    }

    @Override
    protected void started() {
        LOG.info(() -> "Mail goes through " + settings.relay() + " from "
                + settings.relay().from());
    }

    @Override
    protected void round() {
        run();
    }

    /** One round; a database away waits for the next. */
    public int run() {
        try {
            return new OutboxSender(
                            database.dataSource(),
                            settings.relay(),
                            settings.retries(),
                            clock,
                            reference -> composers.stream()
                                    .filter(c -> c.handles(reference))
                                    .findFirst()
                                    .flatMap(c -> c.compose(reference)))
                    .sendDue();
        } catch (SQLException | RuntimeException e) {
            LOG.fine(() -> "Mail waits for the next round: " + e.getMessage());
            return 0;
        }
    }
}
