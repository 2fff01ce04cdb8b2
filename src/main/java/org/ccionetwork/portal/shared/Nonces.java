package org.ccionetwork.portal.shared;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Content-Security-Policy nonces: made fresh for every response, and swapped in a stored page, so
 * that a page served again from the visitors' cache never repeats the nonce it was rendered with.
 */
public final class Nonces {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Nonces() {}

    /** The nonce a policy allows, if it has one. */
    public static Optional<String> of(String policy) {
        var matcher = policy == null ? null : NONCE.matcher(policy);
        return matcher != null && matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** A fresh nonce: 128 random bits. */
    public static String fresh() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A stored page and its policy with the old nonce replaced by a new one (both unchanged when there is none). */
    public record Renewed(byte[] body, String policy) {}

    public static Renewed renew(byte[] body, String policy) {
        var old = of(policy);
        if (old.isEmpty()) {
            return new Renewed(body, policy);
        }
        String fresh = fresh();
        String html = new String(body, StandardCharsets.UTF_8)
                .replace("nonce=\"" + old.get() + "\"", "nonce=\"" + fresh + "\"");
        return new Renewed(
                html.getBytes(StandardCharsets.UTF_8),
                policy.replace("'nonce-" + old.get() + "'", "'nonce-" + fresh + "'"));
    }
}
