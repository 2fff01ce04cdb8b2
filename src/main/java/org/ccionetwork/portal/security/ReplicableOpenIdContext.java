package org.ccionetwork.portal.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringReader;
import java.util.Optional;
import org.glassfish.soteria.mechanisms.openid.controller.UserInfoController;
import org.glassfish.soteria.mechanisms.openid.domain.AccessTokenImpl;
import org.glassfish.soteria.mechanisms.openid.domain.IdentityTokenImpl;
import org.glassfish.soteria.mechanisms.openid.domain.OpenIdConfiguration;
import org.glassfish.soteria.mechanisms.openid.domain.OpenIdContextImpl;
import org.glassfish.soteria.mechanisms.openid.domain.RefreshTokenImpl;
import org.glassfish.soteria.servlet.HttpStorageController;

/**
 * The sign-in's OpenID Connect context, in a form that travels with the session to another node
 * of the cluster. Jakarta Security keeps the context in the session, but its tokens and claims do
 * not serialize (eclipse-ee4j/soteria issue 379), so a replicated session would come back on
 * another node signed in and without tokens. This context, chosen instead of Soteria's own for the
 * whole application, keeps the tokens as their text (and the claims as JSON text) and makes
 * Soteria's token objects again from them where they are asked for on a node that has none: the
 * same tokens, read the same way. The superclass's own token fields stay empty.
 *
 * <p>What travels is a {@link Memento} of that text alone: the context's injected helpers are proxies
 * to beans Jakarta Security adds at start, whose ids differ from node to node, so they are not
 * written; a context read on another node finds them when it needs them. An access token made again
 * counts its lifetime from when it came: what was left of it.
 */
@Alternative
@Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION)
@SessionScoped
public class ReplicableOpenIdContext extends OpenIdContextImpl {

    private static final long serialVersionUID = 1L;

    private String tokenType;
    private Long expiresIn;

    private String accessToken;
    private String accessTokenType;
    private String accessTokenScope;
    private Long accessTokenExpiresIn;
    private long accessTokenSetAt;

    private String identityToken;
    private String refreshToken;
    private String claims;

    // The token objects of this node, made from the text above when they are missing.
    private transient AccessToken accessTokenObject;
    private transient IdentityToken identityTokenObject;
    private transient JsonObject claimsObject;

    @Override
    public String getTokenType() {
        return tokenType;
    }

    @Override
    public void setTokenType(String tokenType) {
        this.tokenType = tokenType;
    }

    @Override
    public Optional<Long> getExpiresIn() {
        return Optional.ofNullable(expiresIn);
    }

    @Override
    public void setExpiresIn(Long expiresIn) {
        this.expiresIn = expiresIn;
    }

    @Override
    public AccessToken getAccessToken() {
        if (accessTokenObject == null && accessToken != null) {
            Long left = accessTokenExpiresIn == null
                    ? null
                    : Math.max(0, accessTokenExpiresIn - (System.currentTimeMillis() - accessTokenSetAt) / 1000);
            accessTokenObject = new AccessTokenImpl(
                    accessTokenType,
                    accessToken,
                    left,
                    accessTokenScope,
                    configuration().getTokenMinValidity());
        }
        return accessTokenObject;
    }

    @Override
    public void setAccessToken(AccessToken token) {
        accessTokenObject = token;
        accessToken = token == null ? null : token.getToken();
        accessTokenType = token == null ? null : token.getType().name();
        accessTokenScope = token == null || token.getScope() == null
                ? null
                : token.getScope().toString();
        accessTokenExpiresIn = token == null ? null : token.getExpirationTime();
        accessTokenSetAt = System.currentTimeMillis();
    }

    @Override
    public IdentityToken getIdentityToken() {
        if (identityTokenObject == null && identityToken != null) {
            identityTokenObject =
                    new IdentityTokenImpl(identityToken, configuration().getTokenMinValidity());
        }
        return identityTokenObject;
    }

    @Override
    public void setIdentityToken(IdentityToken token) {
        identityTokenObject = token;
        identityToken = token == null ? null : token.getToken();
    }

    @Override
    public Optional<RefreshToken> getRefreshToken() {
        return Optional.ofNullable(refreshToken).map(RefreshTokenImpl::new);
    }

    @Override
    public void setRefreshToken(RefreshToken token) {
        refreshToken = token == null ? null : token.getToken();
    }

    @Override
    public JsonObject getProviderMetadata() {
        return configuration().getProviderMetadata().getDocument();
    }

    @Override
    public <T> Optional<T> getStoredValue(HttpServletRequest request, HttpServletResponse response, String key) {
        return HttpStorageController.getInstance(configuration(), request, response)
                .get(key);
    }

    private static OpenIdConfiguration configuration() {
        return CDI.current().select(OpenIdConfiguration.class).get();
    }

    /** What is written for this context: its tokens' text (private: CDI's proxy has a writeReplace of its own). */
    private Object writeReplace() {
        return memento();
    }

    Memento memento() {
        return new Memento(
                tokenType,
                expiresIn,
                accessToken,
                accessTokenType,
                accessTokenScope,
                accessTokenExpiresIn,
                accessTokenSetAt,
                identityToken,
                refreshToken,
                claims);
    }

    /** The context as it travels: text and numbers only. */
    record Memento(
            String tokenType,
            Long expiresIn,
            String accessToken,
            String accessTokenType,
            String accessTokenScope,
            Long accessTokenExpiresIn,
            long accessTokenSetAt,
            String identityToken,
            String refreshToken,
            String claims)
            implements java.io.Serializable {

        private Object readResolve() {
            var context = new ReplicableOpenIdContext();
            context.tokenType = tokenType;
            context.expiresIn = expiresIn;
            context.accessToken = accessToken;
            context.accessTokenType = accessTokenType;
            context.accessTokenScope = accessTokenScope;
            context.accessTokenExpiresIn = accessTokenExpiresIn;
            context.accessTokenSetAt = accessTokenSetAt;
            context.identityToken = identityToken;
            context.refreshToken = refreshToken;
            context.claims = claims;
            return context;
        }
    }

    /** The user info claims, asked of the provider once and then kept with the session. */
    @Override
    public JsonObject getClaimsJson() {
        if (claimsObject == null) {
            if (claims != null) {
                try (var reader = Json.createReader(new StringReader(claims))) {
                    claimsObject = reader.readObject();
                }
            } else {
                var token = getAccessToken();
                claimsObject = token == null
                        ? Json.createObjectBuilder().build()
                        : CDI.current().select(UserInfoController.class).get().getUserInfo(configuration(), token);
                claims = claimsObject.toString();
            }
        }
        return claimsObject;
    }
}
