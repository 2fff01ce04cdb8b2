package org.ccionetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private final List<String> directives =
            Arrays.asList(SecurityHeadersFilter.contentSecurityPolicy("https://sso.example.org")
                    .split("; "));

    @Test
    void framingAndPluginsAreRefused() {
        assertTrue(directives.contains("frame-ancestors 'none'"));
        assertTrue(directives.contains("object-src 'none'"));
        assertTrue(directives.contains("base-uri 'self'"));
    }

    @Test
    void formsPostOnlyToThePortalAndItsSignInProvider() {
        assertTrue(directives.contains("form-action 'self' https://sso.example.org"));
    }

    @Test
    void nothingIsLoadedFromElsewhere() {
        assertTrue(directives.contains("default-src 'self'"));
        assertTrue(directives.stream().noneMatch(d -> d.contains("*") || d.contains("http:")), directives.toString());
    }

    @Test
    void scriptsRunOnlyFromThePortalOrWithTheResponsesNonce() {
        // Last, so that each response's nonce is appended to it.
        assertTrue(directives.getLast().equals("script-src 'self'"), directives.toString());
        assertTrue(directives.stream().noneMatch(d -> d.contains("unsafe-eval")), directives.toString());
        assertTrue(directives.stream()
                .filter(d -> d.startsWith("script-src"))
                .noneMatch(d -> d.contains("unsafe-inline")));
        String withNonce = String.join("; ", directives) + " 'nonce-abc123=='";
        assertTrue(
                org.ccionetwork.portal.shared.Nonces.of(withNonce).orElseThrow().equals("abc123=="));
        assertTrue(org.ccionetwork.portal.shared.Nonces.of(String.join("; ", directives))
                .isEmpty());
        var renewed = org.ccionetwork.portal.shared.Nonces.renew(
                "<script nonce=\"abc123==\">x()</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8), withNonce);
        String fresh = org.ccionetwork.portal.shared.Nonces.of(renewed.policy()).orElseThrow();
        assertTrue(!fresh.equals("abc123=="), renewed.policy());
        assertTrue(new String(renewed.body(), java.nio.charset.StandardCharsets.UTF_8)
                .equals("<script nonce=\"" + fresh + "\">x()</script>"));
    }
}
