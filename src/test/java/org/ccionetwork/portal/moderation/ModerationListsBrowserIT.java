package org.ccionetwork.portal.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.ccionetwork.portal.testing.Browser;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.Fixtures;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.PageChecks;
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
 * The moderators' lists in PrimeFaces' lazy tables, in a real browser: the audit log pages forward
 * and back by keyset (each page exactly the entries after the last one shown, newest first), under
 * the page's Content-Security-Policy (PrimeFaces' Ajax answers run with the page's nonce) and with no
 * accessibility violation on a page reached by paging.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModerationListsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFixtures();
    }

    private final String portal = TestSettings.portalUrl();

    @Test
    void theAuditLogPagesByKeysetForwardAndBack() {
        String name = "Paged " + UUID.randomUUID().toString().substring(0, 6);
        new Fixtures(portal).auditEntries(name, 120);
        try (var moderator = new Browser()) {
            moderator.signIn(portal, "moderator", "moderator", "/moderation/audit.xhtml");
            assertEquals(entries(name, 120, 71), shown(moderator), "the first page: the newest 50");
            String report = moderator
                    .find(By.cssSelector("#audit-form\\:audit .ui-paginator-current"))
                    .getText();
            assertTrue(report.startsWith("Page 1 of 3,") && report.endsWith(" entries"), report);

            page(moderator, "next", name + " 70");
            assertEquals(entries(name, 70, 21), shown(moderator), "the second page: the next 50, none twice");
            assertEquals(List.of(), PageChecks.faults(moderator, "moderator"), "a page reached by paging");

            page(moderator, "next", name + " 20");
            List<String> last = shown(moderator);
            assertEquals(entries(name, 20, 1), last.subList(0, 20), "the last page: the oldest");

            page(moderator, "prev", name + " 70");
            assertEquals(entries(name, 70, 21), shown(moderator), "back to the second page");
            page(moderator, "first", name + " 120");
            assertEquals(entries(name, 120, 71), shown(moderator), "back to the first");
            assertEquals(List.of(), PageChecks.faults(moderator, "moderator"), "after paging back");
        }
    }

    /** "{name} {from}" down to "{name} {to}". */
    private static List<String> entries(String name, int from, int to) {
        return IntStream.iterate(from, i -> i >= to, i -> i - 1)
                .mapToObj(i -> name + " " + i)
                .toList();
    }

    /** The "On" column of the rows shown, read in one script (the table may be replaced meanwhile). */
    @SuppressWarnings("unchecked")
    private static List<String> shown(Browser browser) {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return Array.from(document.querySelectorAll('#audit-form\\\\:audit tbody tr'))"
                        + ".filter(function (r) { return r.cells.length === 5; })"
                        + ".map(function (r) { return r.cells[3].textContent.trim(); });");
    }

    /** Presses a paginator link and waits for the table to show the given first row. */
    private static void page(Browser browser, String link, String firstRow) {
        var button = browser.find(By.cssSelector("#audit-form\\:audit .ui-paginator-" + link));
        button.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            var rows = shown(browser);
            return !rows.isEmpty() && rows.getFirst().equals(firstRow);
        });
    }
}
