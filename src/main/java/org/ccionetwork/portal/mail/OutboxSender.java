package org.ccionetwork.portal.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ccionetwork.portal.persistence.Times;

/**
 * Sends what the outbox holds. Each round takes the messages that are due, claims each with one
 * conditional UPDATE (unfinished, and not claimed by a sender whose claim still runs), sends it and
 * marks it sent. The claim is committed before the message goes, so a sender on another node never
 * takes it too; a sender that dies between sending and marking leaves a claim that runs out, and the
 * message is sent once more, never lost. A relay that refuses is tried again later, each wait twice
 * the one before, until the last attempt: then the message stays, marked failed, with the error.
 */
public final class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    /** How a failed attempt is tried again: the first wait, doubled each time up to the longest, and how many attempts in all. */
    public record Retries(Duration firstWait, Duration longestWait, int attempts, Duration claim) {

        Duration waitAfter(int attempt) {
            Duration wait = firstWait;
            for (int i = 1; i < attempt && wait.compareTo(longestWait) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(longestWait) > 0 ? longestWait : wait;
        }
    }

    private final DataSource dataSource;
    private final Relay relay;
    private final Retries retries;
    private final Clock clock;
    private final Function<String, Optional<Letter>> composer;

    /**
     * @param composer writes the message of a row held as a reference only (its text empty); an
     *     empty answer: no longer wanted, finished unsent
     */
    public OutboxSender(
            DataSource dataSource,
            Relay relay,
            Retries retries,
            Clock clock,
            Function<String, Optional<Letter>> composer) {
        this.dataSource = dataSource;
        this.relay = relay;
        this.retries = retries;
        this.clock = clock;
        this.composer = composer;
    }

    /** One round; answers how many messages went out. */
    public int sendDue() throws SQLException {
        if (!relay.isSet()) {
            return 0;
        }
        int sent = 0;
        for (long id : due(50)) {
            var claimed = claim(id);
            if (claimed == null) {
                continue; // another sender has it
            }
            try {
                var letter = claimed.text().isEmpty() && claimed.reference() != null
                        ? composer.apply(claimed.reference()).orElse(null)
                        : claimed;
                if (letter == null) {
                    finish(id, "skipped", "no longer wanted: read in the portal, or gone");
                    continue;
                }
                send(letter);
            } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                failed(id, e);
                continue;
            }
            finish(id, "sent", null);
            sent++;
        }
        return sent;
    }

    private List<Long> due(int most) throws SQLException {
        var now = Times.stored(clock.instant());
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select id from mail_outbox where outcome is null"
                        + " and next_attempt <= ? and (claimed_until is null or claimed_until < ?) order by id")) {
            statement.setObject(1, now);
            statement.setObject(2, now);
            statement.setMaxRows(most);
            var ids = new ArrayList<Long>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /** The message, if this sender's conditional update claimed it (and counted the attempt); else null. */
    private Letter claim(long id) throws SQLException {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            try (var update = connection.prepareStatement("update mail_outbox set claimed_until = ?,"
                    + " attempts = attempts + 1 where id = ? and outcome is null"
                    + " and (claimed_until is null or claimed_until < ?)")) {
                update.setObject(1, Times.stored(now.plus(retries.claim())));
                update.setLong(2, id);
                update.setObject(3, Times.stored(now));
                if (update.executeUpdate() != 1) {
                    return null;
                }
            }
            try (var select = connection.prepareStatement("select recipient_id, to_address, to_name, subject,"
                    + " text_body, html_body, unsubscribe_url, reference from mail_outbox where id = ?")) {
                select.setLong(1, id);
                try (var rows = select.executeQuery()) {
                    rows.next();
                    return new Letter(
                            rows.getObject(1, Long.class),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getString(7),
                            rows.getString(8));
                }
            }
        }
    }

    private void send(Letter letter) throws MessagingException, UnsupportedEncodingException {
        var session = relay.session();
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(relay.from()));
        message.setRecipient(
                Message.RecipientType.TO,
                letter.toName() == null
                        ? new InternetAddress(letter.to(), true)
                        : new InternetAddress(letter.to(), letter.toName(), "UTF-8"));
        message.setSubject(letter.subject(), "UTF-8");
        message.setSentDate(java.util.Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        if (letter.unsubscribeUrl() != null) {
            // RFC 8058: a mail program may offer "unsubscribe", which POSTs to the address without a click through.
            message.setHeader("List-Unsubscribe", "<" + letter.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        var text = new MimeBodyPart();
        text.setText(letter.text(), "UTF-8", "plain");
        var html = new MimeBodyPart();
        html.setText(letter.html(), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        Transport.send(message);
    }

    private void failed(long id, Exception e) throws SQLException {
        String error = (e.getClass().getSimpleName() + ": " + e.getMessage())
                .lines()
                .findFirst()
                .orElse("");
        try (Connection connection = dataSource.getConnection();
                var select = connection.prepareStatement("select attempts from mail_outbox where id = ?")) {
            select.setLong(1, id);
            int attempts;
            try (var rows = select.executeQuery()) {
                rows.next();
                attempts = rows.getInt(1);
            }
            if (attempts >= retries.attempts()) {
                LOG.warning(() -> "Mail " + id + " not sent after " + attempts + " attempts, kept as failed: " + error);
                finish(id, "failed", error);
                return;
            }
            var next = clock.instant().plus(retries.waitAfter(attempts));
            LOG.info(
                    () -> "Mail " + id + " not sent (attempt " + attempts + "), tried again at " + next + ": " + error);
            try (var update = connection.prepareStatement("update mail_outbox set claimed_until = null,"
                    + " next_attempt = ?, last_error = ? where id = ? and outcome is null")) {
                update.setObject(1, Times.stored(next));
                update.setString(2, shorten(error));
                update.setLong(3, id);
                update.executeUpdate();
            }
        }
    }

    private void finish(long id, String outcome, String error) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var update = connection.prepareStatement("update mail_outbox set outcome = ?, finished = ?,"
                        + " claimed_until = null, last_error = coalesce(?, last_error) where id = ?")) {
            update.setString(1, outcome);
            update.setObject(2, Times.stored(clock.instant()));
            update.setString(3, error == null ? null : shorten(error));
            update.setLong(4, id);
            update.executeUpdate();
        }
    }

    private static String shorten(String error) {
        return error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
