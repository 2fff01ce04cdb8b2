package org.ccionetwork.portal.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks an OpenID Connect back-channel logout token (a signed JWT that Keycloak posts when a
 * person's Keycloak session ends) as the specification asks: an RS256 signature by one of the
 * provider's keys, our issuer, our client in the audience, the logout event, no nonce, a recent
 * issue time; and answers the Keycloak session id it ends. Anything else is refused, so a stranger
 * cannot end someone's session by posting a token of their own.
 */
final class LogoutTokens {

    static final String LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final Duration SKEW = Duration.ofMinutes(2);
    private static final Duration MAX_AGE = Duration.ofMinutes(10);
    private static final int MAX_TOKEN_CHARS = 16 * 1024;

    /** Why a token was refused; the message is for the log, never shown to the sender. */
    static final class InvalidTokenException extends Exception {
        InvalidTokenException(String reason) {
            super(reason);
        }
    }

    private LogoutTokens() {}

    /**
     * The Keycloak session id the token ends.
     *
     * @param keys the provider's signing key by key id (empty when unknown)
     */
    static String sessionId(
            String token, String issuer, String clientId, Function<String, Optional<PublicKey>> keys, Instant now)
            throws InvalidTokenException {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            throw new InvalidTokenException("no token, or one too long");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException("not a signed JWT");
        }
        JsonObject header = json(parts[0]);
        if (!"RS256".equals(string(header, "alg"))) {
            throw new InvalidTokenException("algorithm is not RS256");
        }
        String keyId = string(header, "kid");
        if (keyId == null) {
            throw new InvalidTokenException("no key id");
        }
        PublicKey key = keys.apply(keyId).orElseThrow(() -> new InvalidTokenException("unknown key " + keyId));
        if (!verifies(key, parts[0] + "." + parts[1], decode(parts[2]))) {
            throw new InvalidTokenException("bad signature");
        }
        JsonObject claims = json(parts[1]);
        if (!issuer.equals(string(claims, "iss"))) {
            throw new InvalidTokenException("another issuer");
        }
        if (!hasAudience(claims.get("aud"), clientId)) {
            throw new InvalidTokenException("not for this client");
        }
        if (!(claims.get("events") instanceof JsonObject events) || !events.containsKey(LOGOUT_EVENT)) {
            throw new InvalidTokenException("not a logout event");
        }
        if (claims.containsKey("nonce")) {
            throw new InvalidTokenException("a nonce: an ID token, not a logout token");
        }
        if (!(claims.get("iat") instanceof jakarta.json.JsonNumber issuedAt)) {
            throw new InvalidTokenException("no issue time");
        }
        var issued = Instant.ofEpochSecond(issuedAt.longValue());
        if (issued.isAfter(now.plus(SKEW)) || issued.isBefore(now.minus(MAX_AGE))) {
            throw new InvalidTokenException("issued at " + issued + ", not recently");
        }
        if (claims.get("exp") instanceof jakarta.json.JsonNumber expires
                && Instant.ofEpochSecond(expires.longValue()).isBefore(now.minus(SKEW))) {
            throw new InvalidTokenException("expired");
        }
        String sessionId = string(claims, "sid");
        if (sessionId == null || sessionId.isBlank()) {
            // The realm sends it ("backchannel.logout.session.required"): the portal ends one session.
            throw new InvalidTokenException("no session id");
        }
        return sessionId;
    }

    private static boolean hasAudience(JsonValue audience, String clientId) {
        if (audience instanceof JsonString one) {
            return one.getString().equals(clientId);
        }
        if (audience instanceof jakarta.json.JsonArray many) {
            return many.stream()
                    .anyMatch(value ->
                            value instanceof JsonString s && s.getString().equals(clientId));
        }
        return false;
    }

    private static boolean verifies(PublicKey key, String signed, byte[] signature) throws InvalidTokenException {
        try {
            var verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(signed.getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            throw new InvalidTokenException("signature not checkable: " + e.getMessage());
        }
    }

    private static JsonObject json(String part) throws InvalidTokenException {
        try (var reader = Json.createReader(new StringReader(new String(decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new InvalidTokenException("not JSON");
        }
    }

    private static byte[] decode(String part) throws InvalidTokenException {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("not base64url");
        }
    }

    private static String string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? value.getString() : null;
    }
}
