package org.ccionetwork.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The portal's Content-Security-Policy: scripts only from the portal itself, or inline with the
 * response's own nonce (no 'unsafe-inline', no 'unsafe-eval'); styles from the portal; no framing,
 * no plugins; forms post only to the portal and to Keycloak. script-src comes last, so that {@link
 * SecurityHeadersFilter} appends each response's nonce to it.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

    @Inject
    private OidcSettings oidc;

    private volatile String value;

    /** The policy without its nonce. */
    public String getValue() {
        if (value == null) {
            value = of(oidc.providerOrigin());
        }
        return value;
    }

    static String of(String providerOrigin) {
        return String.join(
                "; ",
                "default-src 'self'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self' " + providerOrigin,
                "frame-ancestors 'none'",
                "script-src 'self'");
    }
}
