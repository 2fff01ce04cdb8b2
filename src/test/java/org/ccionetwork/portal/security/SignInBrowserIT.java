package org.ccionetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccionetwork.portal.testing.Browser;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.KeycloakUsers;
import org.ccionetwork.portal.testing.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A person in a real browser signs in and out through the real Keycloak login pages. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final String portal = TestSettings.portalUrl();
    private final String keycloak = KeycloakExtension.keycloak().url();

    @Test
    void memberSignsInSeesTheirNameAndSignsOutOfKeycloakToo() {
        try (var browser = new Browser()) {
            browser.open(portal + "/");
            browser.waitFor(By.id("sign-in")).click();
            browser.waitForUrlStartingWith(keycloak + "/realms/ccio/");
            browser.keycloakLogin("member", "member");

            browser.waitForUrlStartingWith(portal);
            assertEquals("Maya Member", browser.waitFor(By.id("user-name")).getText());

            browser.waitFor(By.id("user-menu")).click();
            browser.submit(By.id("sign-out-form:sign-out"));
            browser.waitFor(By.id("sign-in"));
            assertEquals(portal + "/", browser.currentUrl(), "signing out lands on the home page");

            browser.waitFor(By.id("sign-in")).click();
            browser.waitForUrlStartingWith(keycloak + "/realms/ccio/");
            assertTrue(
                    browser.waitFor(By.id("username")).isDisplayed(),
                    "the Keycloak session ended too: signing in again asks for the password");
        }
    }

    @Test
    void endingTheMembersKeycloakSessionsEndsTheirOpenPortalSessionWhileAForgedLogoutTokenChangesNothing()
            throws Exception {
        try (var browser = new Browser();
                var users = new KeycloakUsers()) {
            users.createMember("backchannel.member", "backchannel-pass");
            browser.signIn(portal, "backchannel.member", "backchannel-pass", "/members/");
            assertEquals(
                    "Test backchannel.member",
                    browser.waitFor(By.id("user-name")).getText());

            // A stranger posts a logout token of their own making: refused, and the session goes on.
            var http = java.net.http.HttpClient.newHttpClient();
            var certs = http.send(
                    java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create(keycloak + "/realms/ccio/protocol/openid-connect/certs"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            String keyId;
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(certs.body()))) {
                keyId = reader.readObject().getJsonArray("keys").stream()
                        .map(jakarta.json.JsonValue::asJsonObject)
                        .filter(key -> "RS256".equals(key.getString("alg", "")))
                        .findFirst()
                        .orElseThrow()
                        .getString("kid");
            }
            var forged = http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(portal + "/logout/backchannel"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("logout_token="
                                    + LogoutTokensTest.selfSignedToken(keycloak + "/realms/ccio", keyId)))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertEquals(400, forged.statusCode());
            Thread.sleep(6_000);
            browser.open(portal + "/members/");
            assertEquals(
                    "Test backchannel.member",
                    browser.waitFor(By.id("user-name")).getText(),
                    "a forged logout token ends nothing");

            // An admin ends the person's sessions in Keycloak: Keycloak tells the portal, whose session ends too.
            users.endSessions("backchannel.member");
            browser.open(portal + "/members/");
            browser.waitForUrlStartingWith(portal + "/?session=ended");
            assertTrue(browser.waitFor(By.id("session-notice")).getText().contains("signed out"));
            assertTrue(browser.findAll(By.id("user-name")).isEmpty(), "signed out of the portal");

            browser.open(portal + "/members/");
            browser.waitForUrlStartingWith(keycloak + "/realms/ccio/");
            assertTrue(
                    browser.waitFor(By.id("username")).isDisplayed(),
                    "the members' area asks for the password again: no session is left anywhere");
        }
    }

    @Test
    void nhsStaffSignInThroughTheNhsIdentityButtonCreatesTheMemberWithTheirOrganisation() {
        try (var browser = new Browser()) {
            browser.open(portal + "/members/");
            browser.waitForUrlStartingWith(keycloak + "/realms/ccio/");
            var nhsButton = browser.waitFor(By.id("social-nhs"));
            assertTrue(nhsButton.getText().contains("Sign in with your NHS identity"), nhsButton.getText());
            nhsButton.click();

            browser.waitForUrlStartingWith(keycloak + "/realms/nhs-identity/");
            browser.keycloakLogin("nhs.staff", "nhs.staff");

            browser.waitForUrlStartingWith(portal + "/members/");
            assertEquals("Nadia Okafor", browser.waitFor(By.id("user-name")).getText());
            String organisation = browser.waitFor(By.id("profile-organisation")).getText();
            assertTrue(organisation.contains("Guy's and St Thomas' NHS Foundation Trust"), organisation);
            assertTrue(organisation.contains("RJ1"), organisation);
            assertEquals(
                    "nadia.okafor@nhs.example",
                    browser.waitFor(By.id("profile-email")).getText());
        }
    }
}
