package org.ccionetwork.portal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.Fixtures;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.KeycloakUsers;
import org.ccionetwork.portal.testing.PortalClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail from the running portal to a real SMTP server (GreenMail), through the forms members use: a
 * reply in a watched topic mails the watcher once, with both parts and the one-click unsubscribe,
 * which works without signing in and stops that kind only; a mention mails at once; a members-only
 * reply is never attributed, a public one is; the mail settings are honoured; the digest holds what
 * the member missed since their visit, without names.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
class MailIT {

    private static final String PASSWORD = "mail-test-password";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static KeycloakUsers users;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFixtures();
    }

    @ArquillianResource
    private java.net.URL url;

    @BeforeAll
    static void people() {
        users = new KeycloakUsers();
        for (String who : List.of("watcher", "writer", "colleague", "sentinel", "reader", "prompt", "busy")) {
            users.createMember(name(who), PASSWORD);
        }
    }

    @AfterAll
    static void close() {
        users.close();
    }

    private static String name(String who) {
        return who + "-" + RUN;
    }

    private static String address(String who) {
        return name(who) + "@example.org";
    }

    private String portal() {
        return url.toString().replaceAll("/+$", "");
    }

    private PortalClient signedIn(String who) {
        var client = new PortalClient(portal());
        client.signIn(name(who), PASSWORD, "/");
        return client;
    }

    private static void reply(PortalClient client, String topic, String text) {
        var page = client.get(topic).body();
        var answer = client.postForm(
                topic, PortalClient.form(page, "reply-form", "reply-form:send", Map.of("reply-form:body", text)));
        assertEquals(
                302,
                answer.statusCode(),
                "the reply is saved: " + Jsoup.parse(answer.body()).text());
    }

    /**
     * A notification's message waits a minute in the tests' portal (as two in production), in case it
     * is read first: the portal's clock is moved past that wait.
     */
    private void release() throws Exception {
        var answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(portal() + "/api/testing/clock"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("advance=61"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private static List<MimeMessage> mailTo(String who) {
        return Arrays.stream(KeycloakExtension.mail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().contains(address(who)));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    private static List<MimeMessage> awaitMail(String who, int count) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(20);
        while (mailTo(who).size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        var arrived = mailTo(who);
        assertEquals(count, arrived.size(), "messages to " + who);
        return arrived;
    }

    private static String text(MimeMessage message) throws Exception {
        var parts = (MimeMultipart) message.getContent();
        return ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n");
    }

    private static String html(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(1).getContent();
    }

    @Test
    void aReplyMailsTheWatcherOnceAndOneClickUnsubscribeStopsThatKindOnly() throws Exception {
        var fixtures = new Fixtures(portal());
        String topic = fixtures.topic(fixtures.category(Visibility.PUBLIC), "Public mail topic " + RUN);
        var watcher = signedIn("watcher");
        var writer = signedIn("writer");
        signedIn("sentinel");
        reply(watcher, topic, "I will watch this topic."); // replying watches it
        reply(writer, topic, "A reply the watcher hears of " + RUN);
        Thread.sleep(1500);
        assertEquals(0, mailTo("watcher").size(), "it waits, in case it is read in the portal first");
        release();
        var message = awaitMail("watcher", 1).getFirst();
        assertEquals("Test " + name("writer") + " replied in “Public mail topic " + RUN + "”", message.getSubject());
        assertTrue(message.getContentType().startsWith("multipart/alternative"), message.getContentType());
        var parts = (MimeMultipart) message.getContent();
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        String text = text(message);
        assertTrue(text.startsWith("Hello Test " + name("watcher") + ","), text);
        assertTrue(text.contains("Test " + name("writer") + " wrote: “A reply the watcher hears of " + RUN), text);
        assertTrue(text.contains(portal() + "/forum/"), "a link to the post: " + text);
        assertTrue(html(message).contains("A reply the watcher hears of " + RUN));
        String unsubscribe = message.getHeader("List-Unsubscribe")[0].replaceAll("^<|>$", "");
        assertTrue(unsubscribe.startsWith(portal() + "/mail/unsubscribe?t="), unsubscribe);
        assertEquals("List-Unsubscribe=One-Click", message.getHeader("List-Unsubscribe-Post")[0]);

        // Opening the link changes nothing (scanners open links); a changed token is refused.
        var http = HttpClient.newHttpClient();
        var opened = http.send(
                HttpRequest.newBuilder(URI.create(unsubscribe)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, opened.statusCode());
        assertTrue(Jsoup.parse(opened.body()).text().contains("Stop getting mail about replies in topics you watch?"));
        var forged = http.send(
                HttpRequest.newBuilder(URI.create(unsubscribe.replace("?t=", "?t=x")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, forged.statusCode());
        // The mail program's one-click POST: no cookie, no sign-in, no page.
        var unsubscribed = http.send(
                HttpRequest.newBuilder(URI.create(unsubscribe))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, unsubscribed.statusCode());
        assertTrue(Jsoup.parse(unsubscribed.body()).text().contains("Done: you will no longer get mail about replies"));

        // Another reply: the watcher is not mailed about replies any more; a mention of someone else
        // in it mails them at once (so the sender ran).
        int sentinelBefore = mailTo("sentinel").size();
        reply(writer, topic, "A second reply, mentioning @" + name("sentinel"));
        release();
        var mention = awaitMail("sentinel", sentinelBefore + 1).getLast();
        assertTrue(mention.getSubject().contains("mentioned you in"), mention.getSubject());
        Thread.sleep(2000);
        assertEquals(1, mailTo("watcher").size(), "no mail about the reply: replies were unsubscribed");
        // Only replies were stopped: a mention of the watcher still mails them.
        reply(writer, topic, "A third reply, mentioning @" + name("watcher"));
        release();
        assertTrue(awaitMail("watcher", 2).get(1).getSubject().contains("mentioned you in"));
    }

    @Test
    void aMembersOnlyReplyIsNeverAttributedInMail() throws Exception {
        var fixtures = new Fixtures(portal());
        String topic = fixtures.topic(fixtures.category(Visibility.MEMBERS), "Members-only mail topic " + RUN);
        var reader = signedIn("reader");
        var writer = signedIn("writer");
        reply(reader, topic, "Watching this one.");
        int before = mailTo("reader").size();
        reply(writer, topic, "Said under the Chatham House rule " + RUN);
        release();
        var message = awaitMail("reader", before + 1).getLast();
        String all = message.getSubject() + "\n" + text(message) + "\n" + html(message);
        assertFalse(all.contains(name("writer")), "no name: " + all);
        assertTrue(all.contains("A member from an NHS trust wrote: “Said under the Chatham House rule " + RUN), all);
        assertTrue(message.getSubject().startsWith("A member from an NHS trust replied in"), message.getSubject());
    }

    @Test
    void theMailSettingsAreHonoured() throws Exception {
        var fixtures = new Fixtures(portal());
        String topic = fixtures.topic(fixtures.category(Visibility.PUBLIC), "Settings topic " + RUN);
        var sentinel = signedIn("sentinel");
        var colleague = signedIn("colleague");
        // The colleague wants mentions never; the sentinel keeps the default (at once).
        var page = colleague.get("/members/mail.xhtml").body();
        assertTrue(Jsoup.parse(page).getElementById("mail-form") != null, page);
        var fields = PortalClient.form(page, "mail-form", "mail-form:save", Map.of());
        String mention = fields.keySet().stream()
                .filter(k -> k.endsWith(":delivery"))
                .toList()
                .get(MailKind.MENTION.ordinal());
        fields.put(mention, "NEVER");
        var saved = colleague.postForm("/members/mail.xhtml", fields);
        assertEquals(302, saved.statusCode(), Jsoup.parse(saved.body()).text());
        assertTrue(colleague.follow("/members/mail.xhtml").body().contains("Your mail settings are saved."));
        assertEquals(
                "NEVER",
                Jsoup.parse(colleague.get("/members/mail.xhtml").body())
                        .select("select[name=\"" + mention + "\"] option[selected]")
                        .attr("value"));

        int colleagueBefore = mailTo("colleague").size();
        int sentinelBefore = mailTo("sentinel").size();
        reply(sentinel, topic, "Mentioning @" + name("colleague") + " and myself @" + name("sentinel"));
        var writer = signedIn("writer");
        reply(writer, topic, "Hello @" + name("colleague") + " and @" + name("sentinel") + " " + RUN);
        release();
        awaitMail("sentinel", sentinelBefore + 1);
        Thread.sleep(2000);
        assertEquals(colleagueBefore, mailTo("colleague").size(), "mentions: never");
    }

    @Test
    void theDigestHoldsWhatTheMemberMissedWithoutNames() throws Exception {
        var fixtures = new Fixtures(portal());
        String publicCategory = fixtures.category(Visibility.PUBLIC);
        String membersCategory = fixtures.category(Visibility.MEMBERS);
        fixtures.topic(publicCategory, "Seen before the visit " + RUN);
        Thread.sleep(1100);
        signedIn("reader"); // their last visit
        Thread.sleep(1100);
        fixtures.topic(publicCategory, "Public news of the week " + RUN);
        fixtures.topic(membersCategory, "Members talk of the week " + RUN);
        fixtures.article(Visibility.PUBLIC, "Article of the week " + RUN);

        int before = mailTo("reader").size();
        assertEquals("written", fixtures.digest(name("reader")));
        var digest = awaitMail("reader", before + 1).getLast();
        assertEquals("What you missed in the CCIO Network", digest.getSubject());
        String text = text(digest);
        assertTrue(text.contains("Public news of the week " + RUN), text);
        assertTrue(text.contains("Members talk of the week " + RUN), text);
        assertTrue(text.contains("Article of the week " + RUN), text);
        assertFalse(text.contains("Seen before the visit " + RUN), "not news to them: " + text);
        assertFalse(text.contains("Fixture Staff"), "nobody named: " + text);
        assertTrue(html(digest).contains("Members talk of the week " + RUN));
        assertTrue(digest.getHeader("List-Unsubscribe")[0].contains("/mail/unsubscribe?t="));
        // Claimed: the same digest is not written twice.
        assertEquals("nothing", fixtures.digest(name("reader")));
        assertTrue(GreenMailUtil.getBody(digest).length() > 0);
    }

    @Test
    void aReplyReadInThePortalBeforeItsMessageGoesIsNotMailed() throws Exception {
        var fixtures = new Fixtures(portal());
        String topic = fixtures.topic(fixtures.category(Visibility.PUBLIC), "Read in time " + RUN);
        var prompt = signedIn("prompt");
        var writer = signedIn("writer");
        signedIn("sentinel");
        reply(prompt, topic, "Watching, and reading often.");
        int promptBefore = mailTo("prompt").size();
        int sentinelBefore = mailTo("sentinel").size();
        reply(writer, topic, "Read before it is mailed, and @" + name("sentinel") + " is mentioned " + RUN);
        // The watcher reads the topic in the portal while the message waits.
        assertTrue(prompt.get(topic).body().contains("Read before it is mailed"));
        release();
        awaitMail("sentinel", sentinelBefore + 1); // the same reply's other message went
        Thread.sleep(2000);
        assertEquals(promptBefore, mailTo("prompt").size(), "not mailed about what they had read");
    }

    @Test
    void atMostTwelveMessagesAnHourGoAtOnceTheRestWaitForTheDigest() throws Exception {
        var fixtures = new Fixtures(portal());
        String topic = fixtures.topic(fixtures.category(Visibility.PUBLIC), "A busy hour " + RUN);
        signedIn("busy");
        var writer = signedIn("writer");
        for (int i = 1; i <= 13; i++) {
            reply(writer, topic, "Mention " + i + " of @" + name("busy"));
        }
        release();
        awaitMail("busy", 12);
        Thread.sleep(2000);
        assertEquals(12, mailTo("busy").size(), "the thirteenth waits for the digest");
        assertEquals("written", fixtures.digest(name("busy")));
        var digest = awaitMail("busy", 13).getLast();
        assertEquals("What you missed in the CCIO Network", digest.getSubject());
        String text = text(digest);
        assertTrue(text.contains("For you\n- A busy hour " + RUN), text);
        assertTrue(text.contains("Someone mentioned you in this topic"), text);
    }

    @Test
    void aMemberWithoutAnAddressLeavesAFailedEntryAdminsSeeAndTheReplyStands() throws Exception {
        var fixtures = new Fixtures(portal());
        // The fixtures' staff member, who starts the topic and so watches it, has no email address.
        String topic = fixtures.topic(fixtures.category(Visibility.PUBLIC), "Nobody to write to " + RUN);
        var writer = signedIn("writer");
        reply(writer, topic, "A reply for someone without an address " + RUN);
        var admin = new PortalClient(portal());
        admin.signIn("admin", "admin", "/");
        var outbox = Jsoup.parse(admin.get("/admin/mail.xhtml").body());
        var row = outbox.select("[id$=outbox] tr:has(td:contains(the member has no email address))");
        assertFalse(row.isEmpty(), outbox.text());
        assertEquals(404, writer.get("/admin/mail.xhtml").statusCode(), "admins only");
    }
}
