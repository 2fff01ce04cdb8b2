package org.ccionetwork.portal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.ccionetwork.portal.devserver.Ports;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.testing.BothDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outbox against a real SMTP server (GreenMail) and a real database (H2 and PostgreSQL): a relay
 * that is down loses nothing and, once back, gets each message exactly once; senders of several nodes
 * racing over one outbox send each message once; the last attempt leaves the message failed, with
 * its error; a message no longer wanted is not sent; what goes out has both parts and the
 * unsubscribe headers.
 */
class OutboxSenderIT {

    @RegisterExtension
    static final BothDatabases databases = new BothDatabases();

    private static final OutboxSender.Retries RETRIES =
            new OutboxSender.Retries(Duration.ofSeconds(60), Duration.ofHours(1), 3, Duration.ofMinutes(5));

    /** The rows these tests write hold their messages; none is written at sending time. */
    private static final java.util.function.Function<String, java.util.Optional<Letter>> NOTHING_TO_COMPOSE =
            reference -> {
                throw new AssertionError("nothing to compose: " + reference);
            };

    private static Relay relay(int port) {
        return new Relay("127.0.0.1", port, "none", "", "", "CCIO Network <no-reply@ccionetwork.invalid>");
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static GreenMail smtp(int port) {
        var mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    /** Writes messages as Outbox.add does; answers their subjects. */
    private static List<String> write(DataSource dataSource, String run, int count, Instant now, String reference)
            throws SQLException {
        var subjects = new ArrayList<String>();
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("insert into mail_outbox (recipient_id, to_address, to_name,"
                        + " subject, text_body, html_body, unsubscribe_url, reference, created, next_attempt, attempts)"
                        + " values (null, ?, 'Sam Patel', ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < count; i++) {
                String subject = "Message " + i + " of " + run;
                insert.setString(1, "member-" + run + "@example.org");
                insert.setString(2, subject);
                insert.setString(3, "Plain words " + i);
                insert.setString(4, "<p>HTML words " + i + "</p>");
                insert.setString(5, "https://portal.example/mail/unsubscribe?t=token" + i);
                insert.setString(6, reference);
                insert.setObject(7, Times.stored(now));
                insert.setObject(8, Times.stored(now));
                insert.executeUpdate();
                subjects.add(subject);
            }
        }
        return subjects;
    }

    private static void emptyOutbox(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.createStatement().executeUpdate("delete from mail_outbox");
        }
    }

    private static Map<String, Integer> received(GreenMail mail, String run) throws Exception {
        var counts = new HashMap<String, Integer>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getSubject().endsWith(" of " + run)) {
                counts.merge(message.getSubject(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static List<Object[]> rows(DataSource dataSource, String run) throws SQLException {
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement("select outcome, attempts, last_error, next_attempt"
                        + " from mail_outbox where subject like ? order by id")) {
            select.setString(1, "% of " + run);
            var rows = new ArrayList<Object[]>();
            try (var result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Object[] {
                        result.getString(1),
                        result.getInt(2),
                        result.getString(3),
                        result.getObject(4, java.time.OffsetDateTime.class).toInstant()
                    });
                }
            }
            return rows;
        }
    }

    @ParameterizedTest
    @MethodSource(BothDatabases.NAMES)
    void aRelayThatIsDownLosesNothingAndGetsEachMessageOnceWhenBack(String database) throws Exception {
        DataSource dataSource = databases.migrated(database);
        emptyOutbox(dataSource);
        String run = UUID.randomUUID().toString().substring(0, 8);
        int port = Ports.free();
        Instant start = Instant.parse("2026-12-02T10:00:00Z");
        write(dataSource, run, 5, start, null);

        // Nobody listens on the relay's port: nothing is sent, every message waits a minute with its error.
        assertEquals(0, new OutboxSender(dataSource, relay(port), RETRIES, at(start), NOTHING_TO_COMPOSE).sendDue());
        for (Object[] row : rows(dataSource, run)) {
            assertEquals(null, row[0], "still waiting");
            assertEquals(1, row[1], "one attempt");
            assertTrue(((String) row[2]).contains("Connect"), "the error is kept: " + row[2]);
            assertEquals(start.plusSeconds(60), row[3], "tried again after the first wait");
        }
        // Before the wait is over, nothing is tried.
        assertEquals(
                0,
                new OutboxSender(dataSource, relay(port), RETRIES, at(start.plusSeconds(30)), NOTHING_TO_COMPOSE)
                        .sendDue());
        assertEquals(1, rows(dataSource, run).getFirst()[1]);

        var mail = smtp(port);
        try {
            Instant later = start.plusSeconds(61);
            assertEquals(
                    5, new OutboxSender(dataSource, relay(port), RETRIES, at(later), NOTHING_TO_COMPOSE).sendDue());
            assertEquals(
                    0,
                    new OutboxSender(dataSource, relay(port), RETRIES, at(later.plusSeconds(3600)), NOTHING_TO_COMPOSE)
                            .sendDue());
            var counts = received(mail, run);
            assertEquals(5, counts.size(), "every message arrived");
            counts.values().forEach(n -> assertEquals(1, n, "exactly once"));
            rows(dataSource, run).forEach(row -> assertEquals("sent", row[0]));

            // What arrived: both parts, and the one-click unsubscribe headers of RFC 8058.
            var message = Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return m.getSubject().equals("Message 0 of " + run);
                        } catch (Exception e) {
                            return false;
                        }
                    })
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    "<https://portal.example/mail/unsubscribe?t=token0>", message.getHeader("List-Unsubscribe")[0]);
            assertEquals("List-Unsubscribe=One-Click", message.getHeader("List-Unsubscribe-Post")[0]);
            var parts = (MimeMultipart) message.getContent();
            assertTrue(message.getContentType().startsWith("multipart/alternative"), message.getContentType());
            assertEquals(2, parts.getCount());
            assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
            assertEquals("Plain words 0", ((String) parts.getBodyPart(0).getContent()).strip());
            assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
            assertTrue(message.getRecipients(jakarta.mail.Message.RecipientType.TO)[0]
                    .toString()
                    .contains("Sam Patel"));
        } finally {
            mail.stop();
        }
    }

    @ParameterizedTest
    @MethodSource(BothDatabases.NAMES)
    void sendersOfSeveralNodesRacingSendEachMessageOnce(String database) throws Exception {
        DataSource dataSource = databases.migrated(database);
        emptyOutbox(dataSource);
        String run = UUID.randomUUID().toString().substring(0, 8);
        int port = Ports.free();
        Instant now = Instant.parse("2026-12-02T11:00:00Z");
        var subjects = write(dataSource, run, 60, now, null);
        var mail = smtp(port);
        int nodes = 3;
        var pool = Executors.newFixedThreadPool(nodes);
        try {
            var barrier = new CyclicBarrier(nodes);
            var racers = new ArrayList<Future<Integer>>();
            for (int node = 0; node < nodes; node++) {
                racers.add(pool.submit(() -> {
                    barrier.await(30, TimeUnit.SECONDS);
                    // A round takes at most 50: a few rounds each, as the nodes' schedules would run them.
                    int mine = 0;
                    for (int round = 0; round < 3; round++) {
                        mine += new OutboxSender(dataSource, relay(port), RETRIES, at(now), NOTHING_TO_COMPOSE)
                                .sendDue();
                    }
                    return mine;
                }));
            }
            int sent = 0;
            for (var racer : racers) {
                sent += racer.get(120, TimeUnit.SECONDS);
            }
            assertEquals(60, sent, "the senders together sent each message");
            var counts = received(mail, run);
            assertEquals(subjects.size(), counts.size(), "none lost");
            counts.forEach((subject, n) -> assertEquals(1, n, "sent once: " + subject));
        } finally {
            pool.shutdownNow();
            mail.stop();
        }
    }

    @ParameterizedTest
    @MethodSource(BothDatabases.NAMES)
    void theLastAttemptLeavesTheMessageFailedWithItsErrorAndAMessageIsWrittenWhenItGoes(String database)
            throws Exception {
        DataSource dataSource = databases.migrated(database);
        emptyOutbox(dataSource);
        String run = UUID.randomUUID().toString().substring(0, 8);
        int port = Ports.free();
        Instant now = Instant.parse("2026-12-02T12:00:00Z");
        write(dataSource, run, 1, now, null);
        // Three attempts, waiting one minute, then two.
        for (Duration wait : List.of(Duration.ZERO, Duration.ofSeconds(60), Duration.ofSeconds(180))) {
            new OutboxSender(dataSource, relay(port), RETRIES, at(now.plus(wait)), NOTHING_TO_COMPOSE).sendDue();
        }
        var row = rows(dataSource, run).getFirst();
        assertEquals("failed", row[0]);
        assertEquals(3, row[1]);
        assertNotNull(row[2]);
        var mail = smtp(port);
        try {
            assertEquals(
                    0,
                    new OutboxSender(
                                    dataSource,
                                    relay(port),
                                    RETRIES,
                                    at(now.plus(Duration.ofDays(1))),
                                    NOTHING_TO_COMPOSE)
                            .sendDue(),
                    "a failed message is not tried again by itself");

            // Messages held as references are written when they go: one no longer wanted (read in the
            // portal meanwhile) is finished unsent; the other goes as its feature writes it.
            String other = UUID.randomUUID().toString().substring(0, 8);
            try (var connection = dataSource.getConnection();
                    var insert = connection.prepareStatement("insert into mail_outbox (recipient_id, to_address,"
                            + " subject, text_body, html_body, reference, created, next_attempt, attempts)"
                            + " values (null, ?, '(written when sent)', '', '', ?, ?, ?, 0)")) {
                for (String reference : List.of("notification:1", "notification:2")) {
                    insert.setString(1, "member-" + other + "@example.org");
                    insert.setString(2, reference);
                    insert.setObject(3, Times.stored(now));
                    insert.setObject(4, Times.stored(now));
                    insert.executeUpdate();
                }
            }
            java.util.function.Function<String, java.util.Optional<Letter>> composer =
                    reference -> reference.equals("notification:1")
                            ? java.util.Optional.empty()
                            : java.util.Optional.of(new Letter(
                                    null,
                                    "member-" + other + "@example.org",
                                    null,
                                    "Composed of " + other,
                                    "Written when sent",
                                    "<p>Written when sent</p>",
                                    null,
                                    reference));
            assertEquals(1, new OutboxSender(dataSource, relay(port), RETRIES, at(now), composer).sendDue());
            assertEquals(Map.of("Composed of " + other, 1), received(mail, other));
            try (var connection = dataSource.getConnection();
                    var select = connection.prepareStatement(
                            "select outcome from mail_outbox where reference = 'notification:1'")) {
                try (var rows = select.executeQuery()) {
                    rows.next();
                    assertEquals("skipped", rows.getString(1));
                }
            }
        } finally {
            mail.stop();
        }
    }
}
