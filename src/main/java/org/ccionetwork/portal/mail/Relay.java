package org.ccionetwork.portal.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

/**
 * The SMTP relay the portal sends through: host and port, its security ("none", "starttls" or
 * "ssl"), a user and password when it asks for them, and the from address. An empty host means no
 * relay is set: messages wait in the outbox.
 */
public record Relay(String host, int port, String security, String user, String password, String from) {

    public boolean isSet() {
        return host != null && !host.isBlank();
    }

    /** A mail session for this relay, with timeouts, so that a relay that hangs never holds a sender. */
    public Session session() {
        var properties = new Properties();
        String protocol = "ssl".equals(security) ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", host);
        properties.put("mail." + protocol + ".port", Integer.toString(port));
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "20000");
        properties.put("mail." + protocol + ".writetimeout", "20000");
        if ("starttls".equals(security)) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        boolean login = user != null && !user.isBlank();
        properties.put("mail." + protocol + ".auth", Boolean.toString(login));
        Authenticator authenticator = !login
                ? null
                : new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user, password);
                    }
                };
        return Session.getInstance(properties, authenticator);
    }

    @Override
    public String toString() {
        return isSet() ? host + ":" + port + " (" + security + ")" : "no relay";
    }
}
