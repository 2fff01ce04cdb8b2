package org.ccionetwork.portal.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccionetwork.portal.security.Role;
import org.junit.jupiter.api.Test;

class KeycloakAccountsTest {

    private static KeycloakAccounts pointingAt(String providerUri) {
        var accounts = new KeycloakAccounts();
        accounts.providerUri = providerUri;
        accounts.clientId = "ccio-portal-admin";
        accounts.clientSecret = "secret";
        accounts.portalClientId = "ccio-portal";
        return accounts;
    }

    @Test
    void theServerAndRealmComeFromTheSignInProvider() {
        var accounts = pointingAt("https://id.ccionetwork.org/realms/ccio");
        assertEquals("https://id.ccionetwork.org", accounts.serverUrl());
        assertEquals("ccio", accounts.realmName());
    }

    @Test
    void anUnreachableKeycloakIsSaidPlainlyAndNothingIsTried() throws Exception {
        int closedPort = org.ccionetwork.portal.devserver.Ports.free();
        var accounts = pointingAt("http://127.0.0.1:" + closedPort + "/realms/ccio");
        try {
            var listing = assertThrows(KeycloakUnavailableException.class, () -> accounts.accounts(null, 0, 10));
            assertThrows(KeycloakUnavailableException.class, () -> accounts.count(null));
            assertTrue(listing.getMessage().startsWith("Keycloak cannot be reached"), listing.getMessage());
            assertThrows(KeycloakUnavailableException.class, () -> accounts.grant("some-id", Role.MODERATOR));
            assertThrows(KeycloakUnavailableException.class, () -> accounts.setEnabled("some-id", false));
            assertThrows(
                    KeycloakUnavailableException.class,
                    () -> accounts.invite("a@example.org", "A", "B", "http://localhost"));
        } finally {
            accounts.close();
        }
    }
}
