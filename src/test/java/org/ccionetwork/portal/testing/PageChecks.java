package org.ccionetwork.portal.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/**
 * The checks every page in a browser passes: no accessibility violation of moderate impact or worse
 * (axe-core, WCAG 2.2 AA), nothing refused by the page's Content-Security-Policy, no form control that
 * moves or grows when it takes focus, no date in a machine's format, no "1 replies".
 */
public final class PageChecks {

    private static final Pattern MACHINE_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final Pattern WRONG_PLURAL =
            Pattern.compile("\\b1 (replies|views|posts|topics|members|items|results|likes|files)\\b");

    /** What is wrong with the page the browser shows, as the named person (null: a visitor) sees it. */
    public static List<String> faults(Browser browser, String user) {
        var faults = new ArrayList<String>();
        String where = (user == null ? "visitor" : user) + " on " + browser.currentUrl() + ": ";
        for (var violation : Axe.check(browser.driver())) {
            faults.add(where + violation);
        }
        Object moved = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("var moved = [];"
                        + "document.querySelectorAll('input, select, textarea, button').forEach(function (c) {"
                        + "  var a = c.getBoundingClientRect(), ax = scrollX, ay = scrollY; if (!a.width) { return; }"
                        + "  c.focus({preventScroll: true}); var b = c.getBoundingClientRect(), bx = scrollX, by = scrollY;"
                        + "  c.blur();"
                        + "  if (a.left + ax !== b.left + bx || a.top + ay !== b.top + by"
                        + "      || a.width !== b.width || a.height !== b.height) {"
                        + "    moved.push((c.id || c.name) + ' ' + [a.left + ax, a.top + ay, a.width, a.height]"
                        + "      + ' -> ' + [b.left + bx, b.top + by, b.width, b.height]); }"
                        + "});"
                        + "window.scrollTo(0, 0); return moved.join(', ');");
        if (moved != null && !moved.toString().isEmpty()) {
            // A control that moves or grows as it takes focus escapes the pointer that pressed it.
            faults.add(where + "form controls change their box when focused: " + moved);
        }
        for (String message : browser.console()) {
            if (message.contains("Content Security Policy") || message.contains("Refused to")) {
                faults.add(where + "the page's policy refused something: " + message);
            }
        }
        String text = browser.find(By.tagName("body")).getText();
        var date = MACHINE_DATE.matcher(text);
        if (date.find()) {
            faults.add(where + "a date in a machine's format: " + date.group());
        }
        var plural = WRONG_PLURAL.matcher(text);
        if (plural.find()) {
            faults.add(where + "'" + plural.group() + "'");
        }
        return faults;
    }

    private PageChecks() {}
}
