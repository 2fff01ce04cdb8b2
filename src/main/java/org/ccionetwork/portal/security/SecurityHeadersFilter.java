package org.ccionetwork.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. The Content-Security-Policy is {@link ContentSecurityPolicy}
 * with a nonce made for this response: scripts run from the portal's own files or inline with that
 * nonce, which PrimeFaces writes on every script element of a Faces page ({@link PageNonceFactory}; a page
 * rendered again after a form post keeps its view's nonce, and PrimeFaces' policy header, which
 * names it, replaces this filter's).
 *
 * <p>What a signed-in person is shown, and every members-only page, is never stored by the browser
 * or a proxy ({@code Cache-Control: no-store}, which nothing later may loosen); the portal's own
 * static files and the public pages visitors read keep their caching.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    @Inject
    private ContentSecurityPolicy policy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String nonce = org.ccionetwork.portal.web.Nonces.fresh();
        request.setAttribute(org.ccionetwork.portal.web.Nonces.ATTRIBUTE, nonce);
        response.setHeader(CSP, policy.getValue() + " 'nonce-" + nonce + "'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        boolean noStore = isPrivate(request);
        if (noStore) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, new Guarded(response, noStore));
    }

    /** A response to someone signed in (or holding a session), or of a page that needs a role. */
    static boolean isPrivate(HttpServletRequest request) {
        String path = org.ccionetwork.portal.web.ServedPath.of(request);
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return false;
        }
        return request.getUserPrincipal() != null
                || request.getRequestedSessionId() != null
                || AccessFilter.requiredRole(path).isPresent();
    }

    /**
     * For private responses, keeps {@code no-store}: a page or framework that sets its own caching
     * headers cannot undo it.
     */
    private static final class Guarded extends org.ccionetwork.portal.web.FixedHeaders {

        Guarded(HttpServletResponse response, boolean noStore) {
            super(response, name -> noStore && isCaching(name));
        }

        private static boolean isCaching(String name) {
            return "Cache-Control".equalsIgnoreCase(name)
                    || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name)
                    || "ETag".equalsIgnoreCase(name)
                    || "Last-Modified".equalsIgnoreCase(name);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                // PrimeFaces adds the policy with the page's nonce (PageNonceFactory): it replaces this filter's.
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
