package org.ccionetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.Scope;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import org.glassfish.soteria.mechanisms.openid.domain.RefreshTokenImpl;
import org.junit.jupiter.api.Test;

/** The sign-in's context goes through Java serialization (as the cluster's grid writes a session) whole. */
class ReplicableOpenIdContextTest {

    /** An access token as Jakarta Security describes one: a value, no provider behind it. */
    private record Token(String getToken, Scope getScope, Long getExpirationTime) implements AccessToken {
        @Override
        public boolean isJWT() {
            return false;
        }

        @Override
        public JwtClaims getJwtClaims() {
            return JwtClaims.NONE;
        }

        @Override
        public Map<String, Object> getClaims() {
            return Map.of();
        }

        @Override
        public Object getClaim(String key) {
            return null;
        }

        @Override
        public boolean isExpired() {
            return false;
        }

        @Override
        public Type getType() {
            return Type.BEARER;
        }
    }

    @Test
    void everyTokenTravelsAsItsText() throws Exception {
        var context = new ReplicableOpenIdContext();
        context.setTokenType("Bearer");
        context.setExpiresIn(300L);
        context.setAccessToken(new Token("access.token.text", Scope.parse("openid email profile"), 300L));
        context.setRefreshToken(new RefreshTokenImpl("refresh.token.text"));

        var travelled = assertInstanceOf(ReplicableOpenIdContext.class, roundTrip(context));

        assertNotSame(context, travelled);
        assertEquals(context.memento(), travelled.memento(), "every field");
        assertEquals("Bearer", travelled.getTokenType());
        assertEquals(300L, travelled.getExpiresIn().orElseThrow());
        assertEquals(
                "refresh.token.text", travelled.getRefreshToken().orElseThrow().getToken());
        var memento = travelled.memento();
        assertEquals("access.token.text", memento.accessToken());
        assertEquals("BEARER", memento.accessTokenType());
        assertEquals("openid email profile", memento.accessTokenScope());
        assertEquals(300L, memento.accessTokenExpiresIn());
    }

    @Test
    void anEmptyContextTravelsEmpty() throws Exception {
        var travelled = assertInstanceOf(ReplicableOpenIdContext.class, roundTrip(new ReplicableOpenIdContext()));
        assertEquals(null, travelled.getAccessToken());
        assertEquals(null, travelled.getIdentityToken());
        assertEquals(true, travelled.getRefreshToken().isEmpty());
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
