package org.ccionetwork.portal.web;

import java.security.SecureRandom;

/**
 * Content-Security-Policy nonces: one made for every response (the security headers filter keeps it
 * in the request attribute {@link #ATTRIBUTE}), and put into a stored page ({@link NoncedBody}), so
 * that a page served again from the visitors' cache carries the nonce of the response it is sent in,
 * never the one it was rendered with.
 */
public final class Nonces {

    /** Request attribute: this response's nonce. */
    public static final String ATTRIBUTE = Nonces.class.getName();

    private static final SecureRandom RANDOM = new SecureRandom();

    private Nonces() {}

    /**
     * A fresh nonce: 128 random bits in hex digits, so that it stands the same in an attribute and in
     * a script's string (PrimeFaces writes it in both, escaping there a base64 "/", "+" or "-").
     */
    public static String fresh() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
