package org.ccionetwork.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.ccionetwork.portal.text.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of cross-site scripting payloads, as Markdown and as raw HTML: whatever comes out may
 * hold no script, no event handler, no script URL, no SVG, no style and no frame.
 */
public class XssCorpusTest {

    /** For {@code @MethodSource} in the tests of HTML that the portal writes itself (names, reasons, titles). */
    public static final String PAYLOADS = "org.ccionetwork.portal.shared.XssCorpusTest#payloads";

    public static Stream<String> payloads() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"/ok.png\" onload=\"alert(1)\">",
                "<svg onload=alert(1)><circle r=1/></svg>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
                "<a href=\"&#106;avascript:alert(1)\">click</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "[click](javascript:alert(1))",
                "[click](JAVASCRIPT:alert(1))",
                "[click](  javascript:alert(1)  )",
                "[click](java\tscript:alert(1))",
                "![x](javascript:alert(1))",
                "![x](x \"title\" onerror=\"alert(1)\")",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<p style=\"width: expression(alert(1))\">x</p>",
                "<style>body{background:url('javascript:alert(1)')}</style>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
                "<form action=\"https://evil.example\"><input name=q></form>",
                "<body onload=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "<<script>script>alert(1)<</script>/script>",
                "<scr<script>ipt>alert(1)</script>",
                "\"><script>alert(1)</script>",
                "'';!--\"<XSS>=&{()}",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<link rel=stylesheet href=\"https://evil.example/x.css\">",
                "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
                "```\n</code></pre><script>alert(1)</script>\n```",
                "`<script>alert(1)</script>`",
                "> <img src=x onerror=alert(1)>",
                "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\">ok</a>",
                "[ok](https://ok.example \"x\\\" onmouseover=\\\"alert(1)\")",
                "<img src=\"/ok.png\" style=\"position:fixed\">",
                "<unclosed <script>alert(1)",
                "<!--<script>alert(1)//-->",
                "<![CDATA[<script>alert(1)</script>]]>");
    }

    private static final Set<String> SAFE_ELEMENTS = Set.of(
            "#root",
            "html",
            "head",
            "body",
            "p",
            "br",
            "hr",
            "strong",
            "em",
            "del",
            "s",
            "code",
            "pre",
            "blockquote",
            "ul",
            "ol",
            "li",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "img",
            "a",
            "h3",
            "h4",
            "h5",
            "h6");
    private static final Set<String> SAFE_ATTRIBUTES =
            Set.of("href", "rel", "title", "src", "alt", "class", "align", "start");

    /** What a browser would build from the HTML, checked element by element and attribute by attribute. */
    static List<String> dangers(String html) {
        var problems = new ArrayList<String>();
        for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
            if (!SAFE_ELEMENTS.contains(element.normalName())) {
                problems.add("element <" + element.normalName() + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value =
                        attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                if (!SAFE_ATTRIBUTES.contains(name)) {
                    problems.add("attribute " + name);
                }
                if ((name.equals("href") || name.equals("src"))
                        && !(value.isEmpty()
                                || value.startsWith("http://")
                                || value.startsWith("https://")
                                || value.startsWith("mailto:")
                                || (value.startsWith("/") && !value.startsWith("//"))
                                || value.startsWith("#"))) {
                    problems.add(name + "=" + value);
                }
            }
        }
        return problems;
    }

    /**
     * For HTML the portal writes itself around user text: only the given elements (its own
     * markup), and no event handler anywhere; the payload must have stayed text.
     */
    public static void assertOnlyOwnMarkup(org.jsoup.nodes.Document page, Set<String> ownElements, String payload) {
        var allowed = new java.util.HashSet<>(ownElements);
        allowed.addAll(Set.of("#root", "html", "head", "body"));
        for (Element element : page.getAllElements()) {
            assertTrue(
                    allowed.contains(element.normalName()),
                    () -> "element <" + element.normalName() + "> from " + payload);
            for (Attribute attribute : element.attributes()) {
                assertTrue(
                        !attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
                        () -> attribute + " from " + payload);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void markdownRendersInert(String payload) {
        String html = Markdown.toSafeHtml(payload);
        assertEquals(List.of(), dangers(html), () -> payload + "\n  became  " + html);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void sanitizedHtmlIsInert(String payload) {
        String html = Markdown.sanitize(payload);
        assertEquals(List.of(), dangers(html), () -> payload + "\n  became  " + html);
    }

    @Test
    void theDetectorCatchesTheCorpusWhenNothingIsSanitized() {
        // Guards the test itself: left raw, most payloads must be caught.
        long caught = payloads().filter(p -> !dangers(p).isEmpty()).count();
        assertTrue(caught >= payloads().count() * 3 / 4, "the detector misses too much: " + caught + " caught");
    }
}
