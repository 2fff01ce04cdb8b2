package org.ccionetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a request without a session is sent through Keycloak to be signed in again, and when not. */
class SignInHintTest {

    /** A request as the servlet container gives it, with only what the hint reads. */
    private static HttpServletRequest request(
            String method, boolean hint, Principal principal, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                SignInHintTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getCookies" ->
                        hint
                                ? new Cookie[] {new Cookie("other", "x"), new Cookie(SignInHint.NAME, "1")}
                                : new Cookie[] {new Cookie("other", "x")};
                    case "getUserPrincipal" -> principal;
                    case "getHeader" -> headers.get((String) a[0]);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static final Map<String, String> NAVIGATION = Map.of("Sec-Fetch-Mode", "navigate");

    @Test
    void aPageAskedForWithTheHintAndNoSignInIsSignedInAgain() {
        assertTrue(SignInHint.shouldRenew(request("GET", true, null, NAVIGATION), "/forum/topic.xhtml"));
        assertTrue(
                SignInHint.shouldRenew(
                        request("GET", true, null, Map.of("Accept", "text/html,application/xhtml+xml")), "/"),
                "a browser that sends no fetch metadata, asking for a page");
    }

    @Test
    void nothingElseIsSentThroughKeycloak() {
        assertFalse(SignInHint.shouldRenew(request("GET", false, null, NAVIGATION), "/"), "no hint: a visitor");
        assertFalse(SignInHint.shouldRenew(request("GET", true, () -> "member", NAVIGATION), "/"), "signed in already");
        assertFalse(SignInHint.shouldRenew(request("POST", true, null, NAVIGATION), "/"), "a form post");
        assertFalse(
                SignInHint.shouldRenew(request("GET", true, null, Map.of("Sec-Fetch-Mode", "no-cors")), "/x.js"),
                "a script, a picture or a style");
        assertFalse(
                SignInHint.shouldRenew(request("GET", true, null, Map.of("Accept", "image/avif,image/*")), "/a.png"),
                "a picture from a browser without fetch metadata");
        assertFalse(SignInHint.shouldRenew(request("GET", true, null, NAVIGATION), SignInServlet.PATH));
        assertFalse(SignInHint.shouldRenew(request("GET", true, null, NAVIGATION), CallbackServlet.PATH));
    }
}
