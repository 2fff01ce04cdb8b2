package org.ccionetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private final List<String> directives =
            Arrays.asList(ContentSecurityPolicy.of("https://sso.example.org").split("; "));

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
        byte[] swapped = org.ccionetwork.portal.web.NoncedBody.of(
                        "<script nonce=\"abc123==\">x()</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "abc123==")
                .plain("xyz789==");
        assertTrue(new String(swapped, java.nio.charset.StandardCharsets.UTF_8)
                .equals("<script nonce=\"xyz789==\">x()</script>"));
        assertTrue(!org.ccionetwork.portal.web.Nonces.fresh().equals(org.ccionetwork.portal.web.Nonces.fresh()));
    }
}
