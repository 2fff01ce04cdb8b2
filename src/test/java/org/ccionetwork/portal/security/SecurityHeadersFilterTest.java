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
}
