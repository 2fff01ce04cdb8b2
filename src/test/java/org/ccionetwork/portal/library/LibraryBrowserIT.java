package org.ccionetwork.portal.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ccionetwork.portal.testing.Browser;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.KeycloakExtension;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The library in a real browser, signed in through Keycloak: a member uploads a PDF with the
 * progress bar, sees its checksum and preview, downloads it byte for byte, adds a version; bad
 * files are refused beside the field with the form kept; visitors find nothing members-only; a
 * 200 MB upload is refused by a server whose heap (256 MB in the tests) could not hold it.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibraryBrowserIT {

    private static final Pattern ITEM_ID = Pattern.compile("item\\.xhtml\\?id=([0-9]+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFixtures();
    }

    @TempDir
    Path files;

    private final String portal = TestSettings.portalUrl();

    private final org.ccionetwork.portal.testing.Fixtures fixtures =
            new org.ccionetwork.portal.testing.Fixtures(portal);

    private Path file(String name, byte[] bytes) throws Exception {
        return Files.write(files.resolve(name), bytes);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static void waitUploaded(Browser browser, String widgetInput) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            var status = d.findElement(By.id(widgetInput + "-status")).getText();
            var error = d.findElement(By.id(widgetInput + "-upload-error")).getText();
            if (!error.isEmpty()) {
                throw new AssertionError("The upload was refused: " + error);
            }
            return status.startsWith("Uploaded");
        });
    }

    @Test
    void aMemberSharesAPdfDownloadsItAndAddsAVersion() throws Exception {
        byte[] first = org.ccionetwork.portal.testing.Pdfs.pdf("Bed management SOP", "Version one", "1. Escalation");
        byte[] second = org.ccionetwork.portal.testing.Pdfs.pdf(
                "Bed management SOP", "Version two", "1. Escalation", "2. Discharge");
        String title = "Bed management SOP " + UUID.randomUUID().toString().substring(0, 8);
        String itemPath;
        String collection = fixtures.collection();
        try (var browser = new Browser()) {
            browser.signIn(portal, "member", "member", "/library/");
            browser.waitFor(By.id("share-file")).click();
            browser.waitFor(By.id("file"))
                    .sendKeys(file("bed-management.pdf", first).toString());
            waitUploaded(browser, "file");
            assertEquals(
                    100L,
                    ((JavascriptExecutor) browser.driver())
                            .executeScript("return document.getElementById('file-progress').value;"),
                    "the progress bar went to the end");
            browser.find(By.id("share-form:title")).sendKeys(title);
            new Select(browser.find(By.id("share-form:collection"))).selectByValue(collection);
            browser.submit(By.id("share-form:share"));

            assertEquals(title, browser.waitFor(By.id("item-title")).getText());
            assertEquals(sha256(first), browser.find(By.id("checksum")).getText());
            Object previewWidth = ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "var i = document.getElementById('preview'); return i.complete ? i.naturalWidth : 0;");
            assertTrue(((Number) previewWidth).intValue() > 100, "the first page is previewed: " + previewWidth);
            var matcher = ITEM_ID.matcher(browser.currentUrl());
            assertTrue(matcher.find());
            itemPath = "/library/item.xhtml?id=" + matcher.group(1);

            browser.waitFor(By.id("file"))
                    .sendKeys(file("bed-management-v2.pdf", second).toString());
            waitUploaded(browser, "file");
            browser.find(By.id("version-form:change-note")).sendKeys("Adds the discharge section");
            browser.submit(By.id("version-form:add-version"));
            assertTrue(browser.waitFor(By.id("messages")).getText().contains("Version added"));
            assertEquals(sha256(second), browser.find(By.id("checksum")).getText());
            assertEquals(
                    2, browser.findAll(By.cssSelector("#versions tbody tr")).size());
        }
        String itemId = itemPath.substring(itemPath.indexOf('=') + 1);

        var member = new PortalClient(portal);
        member.signIn("member", "member", "/library/");
        var v1 = member.getBytes("/library/download/" + itemId + "/1");
        assertEquals(200, v1.statusCode());
        assertArrayEquals(first, v1.body(), "the bytes match");
        assertEquals("application/pdf", v1.headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                "nosniff", v1.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertArrayEquals(
                second, member.getBytes("/library/download/" + itemId + "/2").body());
        assertTrue(
                member.get(itemPath).body().contains("id=\"download-count\">1<"), "counted once for the member today");

        // Shared members-only (the default): nothing for a visitor, by any address.
        var visitor = new PortalClient(portal);
        for (String path : new String[] {
            itemPath,
            "/library/download/" + itemId + "/1",
            "/library/download/" + itemId + "/2",
            "/library/download/" + itemId + "/3",
            "/library/preview/" + itemId + "/1"
        }) {
            assertEquals(404, visitor.getBytes(path).statusCode(), path);
        }
    }

    @Test
    void badFilesAreRefusedBesideTheFieldAndTheFormIsKept() throws Exception {
        Path tooLarge = files.resolve("huge.pdf");
        try (var file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
            file.setLength(51L * 1024 * 1024);
        }
        String collection = fixtures.collection();
        try (var browser = new Browser()) {
            browser.signIn(portal, "member", "member", "/library/share.xhtml");
            String title = "Kept title " + UUID.randomUUID().toString().substring(0, 8);
            browser.waitFor(By.id("share-form:title")).sendKeys(title);
            new Select(browser.find(By.id("share-form:collection"))).selectByValue(collection);

            // Sharing without a file says so beside the file field; the title stays.
            browser.submit(By.id("share-form:share"));
            assertTrue(browser.waitFor(By.id("share-form:file-error")).getText().contains("Choose the file"));
            assertEquals(title, browser.find(By.id("share-form:title")).getAttribute("value"));

            refused(
                    browser,
                    file(
                            "report.pdf",
                            "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
                    "cannot be shared here");
            refused(
                    browser,
                    file(
                            "drawing.pdf",
                            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                                    .getBytes(StandardCharsets.UTF_8)),
                    "cannot be shared here");
            refused(
                    browser,
                    file("setup.pdf", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0
                    }),
                    "cannot be shared here");
            refused(browser, file("empty.pdf", new byte[0]), "empty");
            refused(browser, tooLarge, "larger than 50 MB");
            assertEquals(title, browser.find(By.id("share-form:title")).getAttribute("value"), "the form is kept");
        }

        // A name with folders in it is refused by the server (a browser never sends one, a forged request may).
        var member = new PortalClient(portal);
        member.signIn("member", "member", "/library/");
        var traversal = member.post(
                "/library/upload?name=..%2F..%2Fetc%2Fpasswd.pdf",
                HttpRequest.BodyPublishers.ofByteArray(org.ccionetwork.portal.testing.Pdfs.pdf("x", "y")),
                "X-Portal-Request",
                "1");
        assertEquals(400, traversal.statusCode());
        assertTrue(traversal.body().contains("folders"), traversal.body());
        var noHeader = member.post(
                "/library/upload?name=a.pdf",
                HttpRequest.BodyPublishers.ofByteArray(org.ccionetwork.portal.testing.Pdfs.pdf("x", "y")));
        assertEquals(404, noHeader.statusCode(), "no upload without the page's header (another site cannot send it)");
        var visitor = new PortalClient(portal);
        assertEquals(
                404,
                visitor.post(
                                "/library/upload?name=a.pdf",
                                HttpRequest.BodyPublishers.ofByteArray(
                                        org.ccionetwork.portal.testing.Pdfs.pdf("x", "y")),
                                "X-Portal-Request",
                                "1")
                        .statusCode(),
                "visitors upload nothing");
    }

    private static void refused(Browser browser, Path file, String message) {
        browser.find(By.id("file")).sendKeys(file.toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("file-upload-error")).getText().contains(message));
        assertEquals(
                "", browser.find(By.id("share-form:file-token")).getAttribute("value"), "no file is kept in the form");
    }

    @Test
    void aTwoHundredMegabyteUploadIsRefusedWithoutBeingHeld() throws Exception {
        var member = new PortalClient(portal);
        member.signIn("member", "member", "/library/");
        long size = 200L * 1024 * 1024;

        var announced = member.post(
                "/library/upload?name=big.pdf",
                HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(size)), size),
                "X-Portal-Request",
                "1");
        assertEquals(413, announced.statusCode());
        assertTrue(announced.body().contains("larger than 50 MB"), announced.body());

        var streamed = member.post(
                "/library/upload?name=big.pdf",
                HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(size)),
                "X-Portal-Request",
                "1");
        assertEquals(413, streamed.statusCode(), "refused while reading, at the limit");
        assertTrue(streamed.body().contains("larger than 50 MB"), streamed.body());

        assertEquals(200, member.get("/library/").statusCode(), "the server carries on");
    }

    /** Zeros made as they are read. */
    private static final class Zeros extends InputStream {
        private long left;

        Zeros(long length) {
            left = length;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + count, (byte) 0);
            left -= count;
            return count;
        }
    }
}
