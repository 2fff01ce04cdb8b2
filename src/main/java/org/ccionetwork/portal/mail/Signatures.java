package org.ccionetwork.portal.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring tokens for links in mail that work without signing in (one-click unsubscribe):
 * the payload and its expiry, readable, then an HMAC-SHA256 of both under a key the nodes share.
 * Anything changed in a token, or a token past its time, is refused.
 */
public final class Signatures {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;

    public Signatures(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a signing key needs at least 32 bytes");
        }
        this.key = key.clone();
    }

    /** A token carrying the payload (any text) until the expiry. */
    public String sign(String payload, Instant expires) {
        String body = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + expires.getEpochSecond();
        return body + "." + ENCODER.encodeToString(mac(body));
    }

    /** The payload of a genuine token that has not expired at {@code now}; empty for anything else. */
    public Optional<String> verify(String token, Instant now) {
        if (token == null || token.length() > 2000) {
            return Optional.empty();
        }
        int signatureAt = token.lastIndexOf('.');
        int expiryAt = signatureAt < 0 ? -1 : token.lastIndexOf('.', signatureAt - 1);
        if (expiryAt < 0) {
            return Optional.empty();
        }
        String body = token.substring(0, signatureAt);
        try {
            byte[] signature = DECODER.decode(token.substring(signatureAt + 1));
            if (!MessageDigest.isEqual(signature, mac(body))) {
                return Optional.empty();
            }
            long expires = Long.parseLong(token.substring(expiryAt + 1, signatureAt));
            if (!now.isBefore(Instant.ofEpochSecond(expires))) {
                return Optional.empty();
            }
            return Optional.of(new String(DECODER.decode(token.substring(0, expiryAt)), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java", e);
        }
    }
}
