package org.ccionetwork.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. The Content-Security-Policy is the one PrimeFaces works
 * under: scripts and styles only from the portal itself (PrimeFaces still writes inline handlers,
 * hence 'unsafe-inline'; user text never reaches the page unsanitized), no framing, no plugins,
 * and forms may post only to the portal and to Keycloak (sign-in and sign-out redirect there).
 */
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    private OidcSettings oidc;

    private String policy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        policy = contentSecurityPolicy(oidc.providerOrigin());
    }

    static String contentSecurityPolicy(String providerOrigin) {
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self' " + providerOrigin,
                "frame-ancestors 'none'");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        chain.doFilter(request, response);
    }
}
