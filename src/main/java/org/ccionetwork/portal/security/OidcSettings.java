package org.ccionetwork.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect settings, read from MicroProfile Config so that production overrides them by
 * environment. {@link SecurityConfiguration} refers to them as {@code ${oidcSettings.x}}: the
 * annotation's attributes are immediate EL, evaluated once.
 */
@Named
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-secret")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public URI discoveryDocument() {
        return URI.create(providerUri.replaceAll("/+$", "") + "/.well-known/openid-configuration");
    }

    /** The scheme, host and port of the provider: where sign-in and sign-out forms may go. */
    public String providerOrigin() {
        var uri = URI.create(providerUri);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
