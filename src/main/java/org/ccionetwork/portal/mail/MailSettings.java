package org.ccionetwork.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Mail's settings, from MicroProfile Config (PORTAL_MAIL_HOST and the rest in production; see README.md). */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "portal.mail.host")
    java.util.Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.security", defaultValue = "starttls")
    String security;

    @Inject
    @ConfigProperty(name = "portal.mail.user")
    java.util.Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.mail.password")
    java.util.Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "CCIO Network <no-reply@ccionetwork.invalid>")
    String from;

    @Inject
    @ConfigProperty(name = "portal.mail.sender-seconds", defaultValue = "10")
    int senderSeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.attempts", defaultValue = "8")
    int attempts;

    @Inject
    @ConfigProperty(name = "portal.mail.first-retry-seconds", defaultValue = "60")
    int firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.notification-delay-seconds", defaultValue = "120")
    int notificationDelaySeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.immediate-per-hour", defaultValue = "12")
    int immediatePerHour;

    @Inject
    @ConfigProperty(name = "portal.public-url")
    java.util.Optional<String> publicUrl;

    public Relay relay() {
        return new Relay(host.orElse(""), port, security, user.orElse(""), password.orElse(""), from);
    }

    public OutboxSender.Retries retries() {
        return new OutboxSender.Retries(
                Duration.ofSeconds(firstRetrySeconds), Duration.ofHours(6), attempts, Duration.ofMinutes(5));
    }

    public int senderSeconds() {
        return senderSeconds;
    }

    /** How long a notification's message waits before it goes, so that one read in the portal meanwhile is not sent. */
    public Duration notificationDelay() {
        return Duration.ofSeconds(notificationDelaySeconds);
    }

    /** The most immediate messages a member gets in an hour; the rest wait for the digest. */
    public int immediatePerHour() {
        return immediatePerHour;
    }

    /** The portal's address for links in mail ("http://localhost:8080" when none is set). */
    public String publicUrl() {
        String url = publicUrl.filter(u -> !u.isBlank()).map(String::strip).orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
