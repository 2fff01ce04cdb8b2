package org.ccionetwork.portal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.ccionetwork.portal.mail.MailSettings;
import org.ccionetwork.portal.mail.SigningKey;

/**
 * One-click unsubscribe links: signed for one member and one kind ("DIGEST" for the digest), valid
 * for 90 days, usable without signing in, changing that one choice only.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    public static final String PATH = "/mail/unsubscribe";
    public static final String SETTINGS_PAGE = "/members/mail.xhtml";
    public static final String DIGEST = "DIGEST";
    static final Duration VALID = Duration.ofDays(90);

    @Inject
    private SigningKey key;

    @Inject
    private MailSettings settings;

    @Inject
    private Clock clock;

    /** What a link unsubscribes from. */
    public record Target(long memberId, String kind) {}

    public String link(long memberId, String kind) {
        return settings.publicUrl() + PATH + "?t="
                + key.signatures().sign(memberId + ":" + kind, clock.instant().plus(VALID));
    }

    public Optional<Target> read(String token) {
        return key.signatures().verify(token, clock.instant()).flatMap(payload -> {
            int colon = payload.indexOf(':');
            try {
                return Optional.of(
                        new Target(Long.parseLong(payload.substring(0, colon)), payload.substring(colon + 1)));
            } catch (RuntimeException malformed) {
                return Optional.empty();
            }
        });
    }
}
