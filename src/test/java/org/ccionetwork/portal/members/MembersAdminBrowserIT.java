package org.ccionetwork.portal.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ccionetwork.portal.testing.Browser;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.KeycloakUsers;
import org.ccionetwork.portal.testing.PortalClient;
import org.ccionetwork.portal.testing.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Admins run accounts through the portal against the real Keycloak: an invitation mail arrives
 * at a real SMTP server (GreenMail) and its link lets the new person set a password and sign in;
 * roles granted show at the next sign-in and revoked ones stop working within seconds in an open session; a disabled member is signed out at once and
 * refused by Keycloak; nobody but admins can do any of it. Each test makes its own people.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MembersAdminBrowserIT {

    private static final Pattern ACTION_LINK = Pattern.compile("href=\"(http[^\"]+login-actions/action-token[^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private static final String ROWS = "#accounts-form\\:accounts tbody tr[data-ri]";

    private static final String PAGINATOR = "#accounts-form\\:accounts .ui-paginator";

    private final String portal = TestSettings.portalUrl();

    private static String person() {
        return "person-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void clickInRow(Browser browser, String username, String buttonClass) {
        browser.submit(By.cssSelector(row(username) + " ." + buttonClass));
        browser.waitFor(By.id("messages"));
    }

    /** The accounts table's row for the username (its first cell names it). */
    private static String row(String username) {
        return "#accounts-form\\:accounts tbody tr:has(#account-" + username + ")";
    }

    private static boolean hasModeratorMenu(Browser browser) {
        return !browser.findAll(By.id("news-desk")).isEmpty();
    }

    @Test
    void anInvitedPersonSetsAPasswordFromTheMailAndSignsIn() throws Exception {
        // Unique to this run: the SMTP server and Keycloak are shared by every test of the run.
        String email = "new.person." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (var admin = new Browser()) {
            admin.signIn(portal, "admin", "admin", "/admin/accounts.xhtml");
            admin.waitFor(By.id("invite-form:email")).sendKeys("not an email");
            admin.find(By.id("invite-form:first-name")).sendKeys("New");
            admin.submit(By.id("invite-form:invite"));
            assertTrue(admin.waitFor(By.id("invite-form:email-error")).getText().contains("whole email address"));
            assertTrue(
                    admin.find(By.id("invite-form:last-name-error")).getText().contains("last name"));
            assertEquals(
                    "New", admin.find(By.id("invite-form:first-name")).getAttribute("value"), "what was typed stays");

            admin.find(By.id("invite-form:email")).clear();
            admin.find(By.id("invite-form:email")).sendKeys(email);
            admin.find(By.id("invite-form:last-name")).sendKeys("Person");
            admin.submit(By.id("invite-form:invite"));
            assertTrue(
                    admin.waitFor(By.id("messages")).getText().contains("Invited"),
                    admin.find(By.id("messages")).getText());
        }

        try (var users = new KeycloakUsers()) {
            assertTrue(users.existsWithEmail(email), "the invitation made the account");
        }
        MimeMessage message = mailTo(email);
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(message)
                .replace("=\r\n", "")
                .replace("=3D", "=");
        var link = ACTION_LINK.matcher(body);
        assertTrue(link.find(), "the mail holds Keycloak's link: " + body);
        String url = link.group(1).replace("&amp;", "&");

        String password = "A-long-new-password-" + UUID.randomUUID().toString().substring(0, 6);
        try (var person = new Browser()) {
            person.open(url);
            var wait = new WebDriverWait(person.driver(), Duration.ofSeconds(30));
            for (int step = 0; step < 6; step++) {
                wait.until(d -> !d.findElements(By.id("password-new")).isEmpty()
                        || !d.findElements(By.partialLinkText("proceed")).isEmpty()
                        || d.getPageSource().contains("account has been updated")
                        || d.getCurrentUrl().startsWith(portal));
                if (!person.findAll(By.partialLinkText("proceed")).isEmpty()) {
                    person.find(By.partialLinkText("proceed")).click();
                } else if (!person.findAll(By.id("password-new")).isEmpty()) {
                    person.find(By.id("password-new")).sendKeys(password);
                    person.find(By.id("password-confirm")).sendKeys(password);
                    person.find(By.cssSelector("[type=submit]")).click();
                } else {
                    break;
                }
            }
        }
        try (var person = new Browser()) {
            person.signIn(portal, email, password, "/members/");
            assertEquals("New Person", person.find(By.id("user-name")).getText());
            assertFalse(hasModeratorMenu(person), "invited as a member");
        }
    }

    /** The mail to this address, waiting up to 30 s for it (other tests' mail may arrive meanwhile). */
    private static MimeMessage mailTo(String email) throws InterruptedException {
        var mail = KeycloakExtension.mail();
        var deadline = java.time.Instant.now().plusSeconds(30);
        while (true) {
            var found = java.util.Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return m.getAllRecipients()[0].toString().equals(email);
                        } catch (jakarta.mail.MessagingException e) {
                            return false;
                        }
                    })
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            assertTrue(java.time.Instant.now().isBefore(deadline), "no mail to " + email + " within 30 s");
            Thread.sleep(250);
        }
    }

    /** Signs in afresh (a new browser: no session, no Keycloak cookie) and says whether the moderator menu shows. */
    private boolean signsInWithModeratorMenu(String username) {
        try (var browser = new Browser()) {
            browser.signIn(portal, username, "pass-" + username, "/");
            return hasModeratorMenu(browser);
        }
    }

    @Test
    void aGrantedRoleShowsAtTheNextSignInAndRevokingRemovesIt() {
        String username = person();
        try (var users = new KeycloakUsers();
                var admin = new Browser()) {
            users.createMember(username, "pass-" + username);
            assertFalse(signsInWithModeratorMenu(username));

            admin.signIn(portal, "admin", "admin", "/admin/accounts.xhtml?q=" + username);
            clickInRow(admin, username, "moderator-toggle");
            assertEquals(Set.of("member", "moderator"), users.realmRoles(username));
            try (var member = new Browser()) {
                member.signIn(portal, username, "pass-" + username, "/news/desk/");
                assertTrue(hasModeratorMenu(member), "the moderator menu after signing in again");
                assertEquals("News desk", member.waitFor(By.tagName("h1")).getText());

                admin.open(portal + "/admin/accounts.xhtml?q=" + username);
                clickInRow(admin, username, "moderator-toggle");
                assertEquals(Set.of("member"), users.realmRoles(username));
                // The session the member already has loses the role within seconds, without signing out.
                new WebDriverWait(member.driver(), Duration.ofSeconds(20))
                        .pollingEvery(Duration.ofSeconds(1))
                        .until(d -> {
                            member.open(portal + "/news/desk/");
                            return member.find(By.tagName("h1")).getText().equals("Page not found");
                        });
                assertFalse(hasModeratorMenu(member), "no moderator menu in the open session");
                member.open(portal + "/");
                assertTrue(member.findAll(By.id("user-name")).size() == 1, "still signed in, as a member");
            }
            assertFalse(signsInWithModeratorMenu(username), "gone after revoking");

            // Admins cannot demote or disable themselves.
            admin.open(portal + "/admin/accounts.xhtml?q=admin");
            clickInRow(admin, "admin", "admin-toggle");
            assertTrue(admin.find(By.id("messages")).getText().contains("cannot remove your own admin role"));
            admin.open(portal + "/admin/accounts.xhtml?q=admin");
            clickInRow(admin, "admin", "enable-toggle");
            assertTrue(admin.find(By.id("messages")).getText().contains("cannot disable your own account"));
            assertEquals(Set.of("member", "moderator", "admin"), users.realmRoles("admin"));
            assertTrue(users.isEnabled("admin"));

            // After all that admin-client work, signing out still goes through Keycloak and back.
            admin.waitFor(By.id("user-menu")).click();
            admin.submit(By.id("sign-out-form:sign-out"));
            admin.waitFor(By.id("sign-in"));
            assertTrue(admin.currentUrl().startsWith(portal), admin.currentUrl());
        }
    }

    @Test
    void anActionChangesTheAccountItNamesEvenWhenTheListHasChangedSince() {
        String batch = "shift-" + UUID.randomUUID().toString().substring(0, 8);
        try (var users = new KeycloakUsers();
                var admin = new Browser()) {
            users.createMember(batch + "-b", "pass-b");
            admin.signIn(portal, "admin", "admin", "/admin/accounts.xhtml?q=" + batch);
            admin.waitFor(By.id("account-" + batch + "-b"));
            // Someone new now sorts first: the row the admin sees is second by the time the form comes back.
            users.createMember(batch + "-a", "pass-a");
            clickInRow(admin, batch + "-b", "moderator-toggle");
            assertEquals(Set.of("member", "moderator"), users.realmRoles(batch + "-b"));
            assertEquals(Set.of("member"), users.realmRoles(batch + "-a"), "the account now in that row is untouched");
        }
    }

    @Test
    void theAccountsListPagesAndAnActionKeepsTheSearchAndThePage() {
        String batch = "paged-" + UUID.randomUUID().toString().substring(0, 8);
        try (var users = new KeycloakUsers();
                var admin = new Browser()) {
            for (int i = 0; i <= org.ccionetwork.portal.keycloak.KeycloakAccounts.ACCOUNTS_PER_PAGE; i++) {
                users.createMember(batch + "-" + (100 + i), "pass-" + i);
            }
            admin.signIn(portal, "admin", "admin", "/admin/accounts.xhtml?q=" + batch);
            assertEquals(50, admin.findAll(By.cssSelector(ROWS)).size());
            assertTrue(
                    admin.find(By.cssSelector(PAGINATOR + " .ui-paginator-current"))
                            .getText()
                            .contains("Page 1 of 2, 51 accounts"),
                    admin.find(By.cssSelector(PAGINATOR)).getText());
            assertTrue(
                    admin.find(By.cssSelector(PAGINATOR + " .ui-paginator-prev"))
                            .getAttribute("class")
                            .contains("ui-state-disabled"),
                    "no page before the first");
            admin.find(By.cssSelector(PAGINATOR + " .ui-paginator-next")).click();
            var last = admin.waitFor(By.id("account-" + batch + "-150"));
            assertEquals(1, admin.findAll(By.cssSelector(ROWS)).size(), last.getText());
            assertTrue(
                    admin.find(By.cssSelector(PAGINATOR + " .ui-paginator-next"))
                            .getAttribute("class")
                            .contains("ui-state-disabled"),
                    "no page after the last");

            clickInRow(admin, batch + "-150", "moderator-toggle");
            assertTrue(admin.waitFor(By.id("messages")).getText().length() > 0);
            assertTrue(
                    admin.currentUrl().contains("q=" + batch)
                            && admin.currentUrl().contains("from=50"),
                    admin.currentUrl());
            assertTrue(admin.find(By.cssSelector(row(batch + "-150") + " .roles"))
                    .getText()
                    .contains("moderator"));

            admin.find(By.cssSelector(PAGINATOR + " .ui-paginator-prev")).click();
            admin.waitFor(By.id("account-" + batch + "-100"));
            assertEquals(50, admin.findAll(By.cssSelector(ROWS)).size());
        }
    }

    @Test
    void theWholeListCountsPeopleAndLeavesOutTheServiceAccount() {
        try (var users = new KeycloakUsers();
                var admin = new Browser()) {
            users.createMember(person(), "pass");
            admin.signIn(portal, "admin", "admin", "/admin/accounts.xhtml");
            admin.waitFor(By.cssSelector(ROWS));
            var paginator = admin.findAll(By.cssSelector(PAGINATOR + " .ui-paginator-current"));
            int shown = paginator.isEmpty()
                    ? admin.findAll(By.cssSelector(ROWS)).size()
                    : Integer.parseInt(paginator.getFirst().getText().replaceAll(".*, (\\d+) accounts.*", "$1"));
            assertEquals(users.people(), shown, "the table's count is Keycloak's people");

            admin.open(portal + "/admin/accounts.xhtml?q=service-account");
            assertTrue(
                    admin.waitFor(By.id("accounts-form:accounts")).getText().contains("No accounts found."),
                    "the portal's own service account is not a person to manage");
        }
    }

    @Test
    void aDisabledMemberIsSignedOutAtOnceAndKeycloakRefusesThem() {
        String username = person();
        try (var users = new KeycloakUsers();
                var admin = new Browser();
                var member = new Browser()) {
            users.createMember(username, "pass-" + username);
            member.signIn(portal, username, "pass-" + username, "/forum/");

            admin.signIn(portal, "admin", "admin", "/admin/accounts.xhtml?q=" + username);
            clickInRow(admin, username, "enable-toggle");
            assertFalse(users.isEnabled(username));
            assertTrue(admin.find(By.cssSelector(row(username) + " .state"))
                    .getText()
                    .startsWith("disabled"));

            member.open(portal + "/forum/");
            assertTrue(
                    member.waitFor(By.id("account-notice")).getText().contains("disabled"),
                    "signed out at the next request");
            assertTrue(member.findAll(By.id("user-name")).isEmpty());
            member.open(portal + "/signin?returnTo=%2F");
            member.keycloakLogin(username, "pass-" + username);
            new WebDriverWait(member.driver(), Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains("Account is disabled"));

            admin.open(portal + "/admin/accounts.xhtml?q=" + username);
            clickInRow(admin, username, "enable-toggle");
            assertTrue(users.isEnabled(username));
        }
        try (var member = new Browser()) {
            member.signIn(portal, username, "pass-" + username, "/forum/");
            assertTrue(member.find(By.id("user-name")).getText().contains(username));
        }
    }

    @Test
    void nobodyButAdminsCanDoAnyOfItAndNothingChangesInKeycloak() {
        String username = person();
        String evil = "evil." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (var users = new KeycloakUsers()) {
            String id = users.createMember(username, "pass-" + username);
            for (String who : new String[] {"moderator", "member"}) {
                var client = new PortalClient(portal);
                client.signIn(who, who, "/");
                assertEquals(404, client.get("/admin/accounts.xhtml").statusCode(), who);
                var forged = client.postForm(
                        "/admin/accounts.xhtml",
                        Map.of(
                                "accounts-form",
                                "accounts-form",
                                "invite-form:email",
                                evil,
                                "invite-form:first-name",
                                "E",
                                "invite-form:last-name",
                                "Vil",
                                "invite-form:invite",
                                "Send invitation",
                                "jakarta.faces.ViewState",
                                "stateless"));
                assertEquals(404, forged.statusCode(), who + " posting to the admin page");
                assertEquals(404, client.get("/admin/collections.xhtml").statusCode());
            }
            assertEquals(Set.of("member"), users.realmRoles(username), "nothing changed for " + id);
            assertTrue(users.isEnabled(username));
            assertFalse(users.existsWithEmail(evil), "the forged invitation created no account");
        }
    }
}
