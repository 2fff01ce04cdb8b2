package org.ccionetwork.portal.testing;

import java.time.Instant;
import java.util.Arrays;

/** The tests' SMTP peer (GreenMail, {@link KeycloakExtension#mail()}), read as a recipient reads it. */
public final class Mailbox {

    private Mailbox() {}

    /** The text part of the first message with this subject to an address containing {@code to}, waited for up to 20 s. */
    public static String await(String to, String subject) throws Exception {
        var deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            for (var message : KeycloakExtension.mail().getReceivedMessages()) {
                if (subject.equals(message.getSubject())
                        && Arrays.toString(message.getAllRecipients()).contains(to)) {
                    var parts = (jakarta.mail.internet.MimeMultipart) message.getContent();
                    return (String) parts.getBodyPart(0).getContent();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + to + ": " + subject);
    }

    /** How many messages with this subject went to an address containing {@code to}. */
    public static long count(String to, String subject) throws Exception {
        long n = 0;
        for (var message : KeycloakExtension.mail().getReceivedMessages()) {
            if (subject.equals(message.getSubject())
                    && Arrays.toString(message.getAllRecipients()).contains(to)) {
                n++;
            }
        }
        return n;
    }
}
