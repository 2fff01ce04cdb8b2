package org.ccionetwork.portal.web;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Content-Security-Policy nonces: one made for every response (the security headers filter keeps it
 * in the request attribute {@link #ATTRIBUTE}), and swapped into a stored page, so that a page served
 * again from the visitors' cache carries the nonce of the response it is sent in, never the one it
 * was rendered with.
 */
public final class Nonces {

    /** Request attribute: this response's nonce. */
    public static final String ATTRIBUTE = Nonces.class.getName();

    private static final SecureRandom RANDOM = new SecureRandom();

    private Nonces() {}

    /** A fresh nonce: 128 random bits. */
    public static String fresh() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A stored page with the nonce it was rendered with replaced by this response's (unchanged when either is missing). */
    public static byte[] swap(byte[] body, String renderedWith, String current) {
        if (renderedWith == null || current == null) {
            return body;
        }
        return new String(body, StandardCharsets.UTF_8)
                .replace("nonce=\"" + renderedWith + "\"", "nonce=\"" + current + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }
}
