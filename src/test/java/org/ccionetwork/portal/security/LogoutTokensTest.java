package org.ccionetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Back-channel logout tokens: a valid one names its session; each way of forging one is refused. */
class LogoutTokensTest {

    private static final String ISSUER = "http://localhost:8180/realms/ccio";
    private static final String CLIENT = "ccio-portal";
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static final KeyPair PROVIDER = keyPair();
    private static final KeyPair STRANGER = keyPair();
    private final Function<String, Optional<PublicKey>> keys =
            kid -> "provider-key".equals(kid) ? Optional.of(PROVIDER.getPublic()) : Optional.empty();

    @Test
    void aTokenSignedByTheProviderForThePortalNamesTheKeycloakSessionItEnds() throws Exception {
        assertEquals("sso-1", LogoutTokens.sessionId(token(c -> {}), ISSUER, CLIENT, keys, NOW));
        assertEquals(
                "sso-1",
                LogoutTokens.sessionId(
                        token(c -> c.add(
                                "aud", Json.createArrayBuilder().add("other").add(CLIENT))),
                        ISSUER,
                        CLIENT,
                        keys,
                        NOW),
                "the portal among several audiences");
    }

    @Test
    void aTokenSignedWithAnyOtherKeyIsRefused() {
        refused(sign(header("provider-key"), claims().build().toString(), STRANGER.getPrivate()));
        refused(sign(header("stranger-key"), claims().build().toString(), STRANGER.getPrivate()));
        String valid = token(c -> {});
        String[] parts = valid.split("\\.");
        String otherSession = base64(claims().add("sid", "someone-else").build().toString());
        refused(parts[0] + "." + otherSession + "." + parts[2]);
    }

    @Test
    void unsignedOrOtherAlgorithmsAreRefused() {
        String claims = base64(claims().build().toString());
        refused(base64("{\"alg\":\"none\",\"kid\":\"provider-key\"}") + "." + claims + ".");
        refused(base64("{\"alg\":\"HS256\",\"kid\":\"provider-key\"}") + "." + claims + ".c2ln");
        refused(base64("{\"alg\":\"RS256\"}") + "." + claims + ".c2ln");
    }

    @Test
    void claimsThatDoNotFitALogoutOfThisPortalAreRefused() {
        refused(token(c -> c.add("iss", "http://localhost:8180/realms/other")));
        refused(token(c -> c.add("aud", "another-client")));
        refused(token(c -> c.add("events", Json.createObjectBuilder())));
        refused(token(c -> c.add("nonce", "n")));
        refused(token(c -> c.remove("sid")));
        refused(token(c -> c.add("sid", "")));
        refused(token(c -> c.add("iat", NOW.minusSeconds(3600).getEpochSecond())), "an old token replayed");
        refused(token(c -> c.add("iat", NOW.plusSeconds(3600).getEpochSecond())), "issued in the future");
        refused(token(c -> c.add("exp", NOW.minusSeconds(600).getEpochSecond())), "expired");
        refused(token(c -> c.remove("iat")));
    }

    @Test
    void malformedTokensAreRefused() {
        refused(null);
        refused("");
        refused("a.b");
        refused("not base64!.x.y");
        refused(base64("[1]") + "." + base64("{}") + ".x");
        refused("x".repeat(20_000));
    }

    private void refused(String token) {
        refused(token, token);
    }

    private void refused(String token, String why) {
        assertThrows(
                LogoutTokens.InvalidTokenException.class,
                () -> LogoutTokens.sessionId(token, ISSUER, CLIENT, keys, NOW),
                why);
    }

    private static JsonObjectBuilder claims() {
        return Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("aud", CLIENT)
                .add("iat", NOW.minusSeconds(5).getEpochSecond())
                .add("exp", NOW.plusSeconds(60).getEpochSecond())
                .add("jti", "j-1")
                .add("sub", "user-1")
                .add("sid", "sso-1")
                .add("typ", "Logout")
                .add("events", Json.createObjectBuilder().add(LogoutTokens.LOGOUT_EVENT, Json.createObjectBuilder()));
    }

    private static String token(Consumer<JsonObjectBuilder> change) {
        var claims = claims();
        change.accept(claims);
        return sign(header("provider-key"), claims.build().toString(), PROVIDER.getPrivate());
    }

    /**
     * A well-formed logout token for the portal from this issuer, naming one of its key ids (they are
     * public), but signed by a key that is not the issuer's.
     */
    static String selfSignedToken(String issuer, String keyId) {
        var claims = claims().add("iss", issuer)
                .add("iat", Instant.now().getEpochSecond())
                .add("exp", Instant.now().plusSeconds(60).getEpochSecond())
                .build()
                .toString();
        return sign(header(keyId), claims, STRANGER.getPrivate());
    }

    private static String header(String keyId) {
        return "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}";
    }

    private static String sign(String header, String claims, PrivateKey key) {
        String signed = base64(header) + "." + base64(claims);
        try {
            var signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static KeyPair keyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
