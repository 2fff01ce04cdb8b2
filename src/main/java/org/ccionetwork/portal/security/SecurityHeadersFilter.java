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
 *
 * <p>What a signed-in person is shown, and every members-only page, is never stored by the browser
 * or a proxy ({@code Cache-Control: no-store}, which nothing later may loosen); the portal's own
 * static files and the public pages visitors read keep their caching.
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
        if (isPrivate(request)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
            chain.doFilter(request, new NoStore(response));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** A response to someone signed in (or holding a session), or of a page that needs a role. */
    static boolean isPrivate(HttpServletRequest request) {
        String path = AccessFilter.servedPath(request);
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return false;
        }
        return request.getUserPrincipal() != null
                || request.getRequestedSessionId() != null
                || AccessFilter.requiredRole(path).isPresent();
    }

    /** Keeps {@code no-store}: a page or framework that sets its own caching headers cannot undo it. */
    private static final class NoStore extends jakarta.servlet.http.HttpServletResponseWrapper {
        NoStore(HttpServletResponse response) {
            super(response);
        }

        private static boolean isCaching(String name) {
            return "Cache-Control".equalsIgnoreCase(name)
                    || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name)
                    || "ETag".equalsIgnoreCase(name)
                    || "Last-Modified".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isCaching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isCaching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!isCaching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!isCaching(name)) {
                super.addDateHeader(name, date);
            }
        }
    }
}
