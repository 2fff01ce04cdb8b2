package org.ccionetwork.portal.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;

/**
 * A cookie that says "this browser was signed in", set at sign-in and cleared wherever the portal
 * ends a session on purpose (sign-out, a disabled account, a Keycloak session ended, the session's
 * lifetime). When a page is asked for with it but without a session (the node that held the
 * session went down, or the session timed out), the portal signs the member in again through
 * Keycloak, whose own session answers at once: no click, no form, and they land on the page they
 * asked for ({@link AccessFilter}). It is cleared before that one attempt, so a browser whose
 * Keycloak session has ended too sees Keycloak's sign-in page once, never a loop. It holds nothing
 * but "1": who the member is comes only from Keycloak.
 */
public final class SignInHint {

    static final String NAME = "ccio_signed_in";

    private SignInHint() {}

    static boolean isPresent(HttpServletRequest request) {
        return request.getCookies() != null
                && Arrays.stream(request.getCookies()).anyMatch(c -> NAME.equals(c.getName()));
    }

    static void set(HttpServletRequest request, HttpServletResponse response, boolean secure) {
        response.addCookie(cookie(request, "1", -1, secure));
    }

    /** Clears the hint (harmless when there is none). */
    public static void clear(HttpServletRequest request, HttpServletResponse response) {
        if (isPresent(request)) {
            response.addCookie(cookie(request, "", 0, request.isSecure()));
        }
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge, boolean secure) {
        var cookie = new Cookie(NAME, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setMaxAge(maxAge); // -1: for the browser's session only
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /**
     * Whether this request should sign the member in again silently: a page the browser navigates
     * to (not a script, a picture or a form post), nobody signed in, the hint there, and not the
     * sign-in's own addresses.
     */
    static boolean shouldRenew(HttpServletRequest request, String servedPath) {
        return "GET".equals(request.getMethod())
                && request.getUserPrincipal() == null
                && isPresent(request)
                && isNavigation(request)
                && !servedPath.equals(SignInServlet.PATH)
                && !servedPath.equals(CallbackServlet.PATH);
    }

    private static boolean isNavigation(HttpServletRequest request) {
        String mode = request.getHeader("Sec-Fetch-Mode");
        if (mode != null) {
            return mode.equals("navigate");
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
