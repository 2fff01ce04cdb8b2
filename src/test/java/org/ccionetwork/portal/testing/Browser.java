package org.ccionetwork.portal.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ccionetwork.portal.devserver.Files2;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, with a fresh profile each time, driven by Debian's chromedriver:
 * nothing is downloaded. Closing it quits the browser and removes the profile.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory("portal-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(new File(System.getProperty("chromium.binary", "/usr/bin/chromium")));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        // The browser's console, for what the page's Content-Security-Policy refused.
        var logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Waits for the element; when it never comes, the failure says what the page showed instead. */
    public WebElement waitFor(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            String shown;
            try {
                shown = driver.findElement(By.tagName("body")).getText();
            } catch (RuntimeException unreadable) {
                shown = "(page unreadable)";
            }
            throw new AssertionError("No " + by + " on " + driver.getCurrentUrl() + "; the page shows:\n" + shown, e);
        }
    }

    /**
     * Clicks a button that submits its form (or a link to another page) and returns once the old page is
     * gone. After a plain click, a wait for an element the next page shows can find the same element on
     * the page being left, which then goes stale while the test reads it.
     */
    public void submit(By by) {
        var button = waitFor(by);
        driver.executeScript("window.portalPageLeft = true");
        button.click();
        // The next page has a window of its own, without the mark. While the browser swaps pages, a
        // script may fail to run at all; that is waited out too.
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.portalPageLeft === undefined && document.readyState === 'complete'")));
    }

    public void waitForUrlStartingWith(String prefix) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(prefix));
    }

    /** Fills and submits a Keycloak login form (the portal realm's or the NHS stand-in's). */
    public void keycloakLogin(String username, String password) {
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    /** Signs in through the portal's "Sign in" link and Keycloak's login page, landing back on the page. */
    public void signIn(String portal, String username, String password, String path) {
        open(portal + "/signin?returnTo=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
        keycloakLogin(username, password);
        waitForUrlStartingWith(portal + path.replaceAll("#.*$", ""));
        waitFor(By.id("user-name"));
    }

    /** What the browser's console said since the last call: scripts or styles the page's policy refused, errors. */
    public java.util.List<String> console() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .toList();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public java.util.List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            Files2.deleteRecursively(profile);
        }
    }
}
