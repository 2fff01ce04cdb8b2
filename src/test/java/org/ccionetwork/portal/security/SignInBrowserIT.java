package org.ccionetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccionetwork.portal.testing.Browser;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.KeycloakExtension;
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
