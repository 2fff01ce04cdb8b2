package org.ccionetwork.portal.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.ccionetwork.portal.files.ImagesTestData;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Members in a real browser: a member fills in their profile with a picture and hides their
 * organisation; another member finds them in the directory by expertise without seeing it; a
 * member downloads their data and leaves the network, after which Keycloak refuses them.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MembersBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @TempDir
    Path files;

    private final String portal = TestSettings.portalUrl();

    @Test
    void aProfileShowsInTheDirectoryWithoutWhatTheMemberHides() throws Exception {
        String username = "profile-" + UUID.randomUUID().toString().substring(0, 8);
        String expertise = "nervecentre-" + UUID.randomUUID().toString().substring(0, 6);
        try (var users = new KeycloakUsers()) {
            users.createMember(username, "pass-" + username);
        }
        try (var member = new Browser()) {
            member.signIn(portal, username, "pass-" + username, "/members/");
            member.waitFor(By.id("edit-profile")).click();
            member.waitFor(By.id("profile-form:job-title")).sendKeys("Chief Nursing Information Officer");
            new Select(member.find(By.id("profile-form:role"))).selectByValue("CNIO");
            member.find(By.id("profile-form:organisation-name")).clear();
            member.find(By.id("profile-form:organisation-name")).sendKeys("Secret Trust " + username);
            new Select(member.find(By.id("profile-form:region"))).selectByValue("North West");
            member.find(By.id("profile-form:expertise")).sendKeys(expertise + " e-obs");
            member.find(By.id("profile-form:avatar"))
                    .sendKeys(Files.write(files.resolve("me.png"), ImagesTestData.png(400, 300))
                            .toString());
            // Untick "Organisation" among the fields shown.
            for (var box : member.findAll(By.cssSelector("#profile-form\\:shown input[type=checkbox]"))) {
                if ("ORGANISATION".equals(box.getAttribute("value")) && box.isSelected()) {
                    box.click();
                }
            }
            member.submit(By.id("profile-form:save"));
            assertTrue(member.waitFor(By.cssSelector(".info-summary")).getText().contains("profile is saved"));
        }
        try (var reader = new Browser()) {
            reader.signIn(portal, "member", "member", "/members/directory.xhtml?q=" + expertise);
            var rows = reader.findAll(By.cssSelector("#members .member-row"));
            assertEquals(
                    1,
                    rows.size(),
                    "found by expertise; the page shows: "
                            + reader.find(By.tagName("main")).getText());
            String row = rows.getFirst().getText();
            assertTrue(row.contains("Chief Nursing Information Officer"));
            assertFalse(row.contains("Secret Trust"), "the hidden organisation is not shown");
            assertEquals(
                    0,
                    reader.findAll(By.cssSelector("#members .member-row")).stream()
                            .filter(r -> r.getText().contains("Secret Trust"))
                            .count());
            reader.open(portal + "/members/directory.xhtml?q="
                    + java.net.URLEncoder.encode("Secret Trust " + username, "UTF-8"));
            assertTrue(reader.waitFor(By.id("no-members")).isDisplayed(), "and no one is found by it");

            reader.open(portal + "/members/profile.xhtml?u=" + username);
            assertEquals("North West", reader.waitFor(By.id("member-region")).getText());
            assertTrue(reader.findAll(By.id("member-organisation")).isEmpty());
            Object width = ((org.openqa.selenium.JavascriptExecutor) reader.driver())
                    .executeScript(
                            "var i = document.getElementById('member-avatar'); return i && i.complete ? i.naturalWidth : 0;");
            assertEquals(160L, ((Number) width).longValue(), "the picture, made square");
        }
        var visitor = new PortalClient(portal);
        assertEquals(302, visitor.get("/members/directory.xhtml").statusCode(), "the directory is for members");
    }

    @Test
    void aMemberDownloadsTheirDataAndLeaves() throws Exception {
        String username = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
        try (var users = new KeycloakUsers()) {
            users.createMember(username, "pass-" + username);
            var client = new PortalClient(portal);
            client.signIn(username, "pass-" + username, "/members/");
            var zip = client.getBytes("/members/export");
            assertEquals(200, zip.statusCode());
            assertEquals(
                    "application/zip", zip.headers().firstValue("Content-Type").orElse(""));
            var names = new java.util.ArrayList<String>();
            try (var entries = new ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
                for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    names.add(entry.getName());
                }
            }
            assertTrue(
                    names.containsAll(java.util.List.of(
                            "profile.json",
                            "posts.json",
                            "likes.json",
                            "notifications.json",
                            "mail-settings.json",
                            "library-items.json")),
                    names.toString());

            try (var member = new Browser()) {
                member.signIn(portal, username, "pass-" + username, "/members/leave.xhtml");
                member.submit(By.id("leave-form:leave"));
                assertTrue(
                        member.waitFor(By.id("leave-form:confirmed-error"))
                                .getText()
                                .contains("confirm"),
                        "nothing without confirming");
                member.find(By.cssSelector("input[value=keep]")).click();
                member.find(By.id("leave-form:confirmed")).click();
                member.submit(By.id("leave-form:leave"));
                assertTrue(member.waitFor(By.id("account-notice")).getText().contains("left the network"));
                assertFalse(users.isEnabled(username), "disabled in Keycloak");
                member.open(portal + "/signin?returnTo=%2F");
                member.keycloakLogin(username, "pass-" + username);
                new WebDriverWait(member.driver(), Duration.ofSeconds(20))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> d.findElement(By.tagName("body")).getText().contains("Account is disabled"));
            }
        }
    }
}
