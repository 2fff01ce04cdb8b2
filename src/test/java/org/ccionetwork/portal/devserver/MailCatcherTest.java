package org.ccionetwork.portal.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.ccionetwork.portal.mail.Relay;
import org.junit.jupiter.api.Test;

/** The run command's mail catcher: a message sent to its SMTP port is listed on its page, readable as text and HTML. */
class MailCatcherTest {

    @Test
    void aMessageSentToItIsListedAndReadable() throws Exception {
        try (var catcher = MailCatcher.start(Ports.free(), Ports.free())) {
            int smtpPort = Integer.parseInt(catcher.smtpPort());
            var relay = new Relay("127.0.0.1", smtpPort, "none", "", "", "CCIO Network <no-reply@ccionetwork.invalid>");
            var message = new jakarta.mail.internet.MimeMessage(relay.session());
            message.setFrom(relay.from());
            message.setRecipients(jakarta.mail.Message.RecipientType.TO, "Sam Patel <sam@example.org>");
            message.setSubject("A reply <in> the forum");
            var text = new jakarta.mail.internet.MimeBodyPart();
            text.setText("Plain words", "UTF-8", "plain");
            var html = new jakarta.mail.internet.MimeBodyPart();
            html.setText("<p>HTML words</p>", "UTF-8", "html");
            message.setContent(new jakarta.mail.internet.MimeMultipart("alternative", text, html));
            jakarta.mail.Transport.send(message);
            var http = HttpClient.newHttpClient();
            String list = http.send(
                            HttpRequest.newBuilder(URI.create(catcher.url()))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertTrue(list.contains("Mail caught (1)"), list);
            assertTrue(list.contains("A reply &lt;in&gt; the forum"), "escaped: " + list);
            var plain = http.send(
                    HttpRequest.newBuilder(URI.create(catcher.url() + "?text=0"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("Plain words", plain.body().strip());
            var rich = http.send(
                    HttpRequest.newBuilder(URI.create(catcher.url() + "?html=0"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(rich.body().contains("<p>HTML words</p>"));
            assertTrue(rich.headers()
                    .firstValue("Content-Security-Policy")
                    .orElse("")
                    .contains("script-src 'none'"));
        }
    }
}
