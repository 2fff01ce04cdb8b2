package org.ccionetwork.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The OpenID provider's issuer name and signing keys, from its discovery document and key set,
 * fetched when first needed and again when a token names a key not seen yet (Keycloak rotates its
 * keys), at most once every few seconds so that forged key ids cannot make the portal hammer it.
 */
@ApplicationScoped
public class ProviderKeys {

    private static final Logger LOG = Logger.getLogger(ProviderKeys.class.getName());
    private static final Duration REFETCH_PAUSE = Duration.ofSeconds(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    private OidcSettings settings;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private volatile String issuer;
    private volatile Map<String, PublicKey> keys = Map.of();
    private Instant lastFetch = Instant.EPOCH;

    /** The issuer the provider names itself by (fetched if not known yet). */
    public String issuer() throws IOException {
        if (issuer == null) {
            fetch(true);
        }
        if (issuer == null) {
            throw new IOException("The OpenID provider's discovery document could not be read");
        }
        return issuer;
    }

    /** The signing key with this id, if the provider has one. */
    public Optional<PublicKey> key(String keyId) {
        var key = keys.get(keyId);
        if (key == null) {
            fetch(false);
            key = keys.get(keyId);
        }
        return Optional.ofNullable(key);
    }

    private synchronized void fetch(boolean evenIfRecent) {
        var now = Instant.now();
        if (!evenIfRecent && lastFetch.plus(REFETCH_PAUSE).isAfter(now)) {
            return;
        }
        lastFetch = now;
        try {
            var discovery = get(settings.discoveryDocument());
            var jwks = get(URI.create(discovery.getString("jwks_uri")));
            var found = new HashMap<String, PublicKey>();
            for (var value : jwks.getJsonArray("keys")) {
                if (value instanceof JsonObject jwk
                        && "RSA".equals(text(jwk, "kty"))
                        && !"enc".equals(text(jwk, "use"))
                        && text(jwk, "kid") != null) {
                    found.put(jwk.getString("kid"), rsa(jwk));
                }
            }
            keys = Map.copyOf(found);
            issuer = discovery.getString("issuer");
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.warning("The OpenID provider's keys could not be read: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JsonObject get(URI uri) throws IOException, InterruptedException {
        var response = http.send(
                HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static PublicKey rsa(JsonObject jwk) throws GeneralSecurityException {
        var decoder = Base64.getUrlDecoder();
        var modulus = new BigInteger(1, decoder.decode(jwk.getString("n")));
        var exponent = new BigInteger(1, decoder.decode(jwk.getString("e")));
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? value.getString() : null;
    }
}
