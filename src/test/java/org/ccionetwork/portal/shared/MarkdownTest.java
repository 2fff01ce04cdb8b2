package org.ccionetwork.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rendersCommonMarkWithTablesStrikethroughAndAutolinks() {
        String html = Markdown.toSafeHtml("""
                **Go-live** was _smooth_ ~~mostly~~.

                | Trust | EPR |
                |:------|----:|
                | RJ1   | Epic |

                See https://www.england.nhs.uk/digitaltechnology/ for more.
                """);
        assertTrue(html.contains("<strong>Go-live</strong>"), html);
        assertTrue(html.contains("<em>smooth</em>"), html);
        assertTrue(html.contains("<del>mostly</del>"), html);
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<th align=\"left\">Trust</th>"), html);
        assertTrue(html.contains("<td align=\"right\">Epic</td>"), html);
        assertTrue(html.contains("href=\"https://www.england.nhs.uk/digitaltechnology/\""), html);
    }

    @Test
    void linksCarryNofollowUgcNoopener() {
        String html = Markdown.toSafeHtml("[guidance](https://digital.nhs.uk/)");
        var rel = org.jsoup.Jsoup.parseBodyFragment(html).selectFirst("a").attr("rel");
        assertEquals(java.util.Set.of("nofollow", "ugc", "noopener"), java.util.Set.of(rel.split(" ")), html);
    }

    @Test
    void headingsMoveDownTwoLevels() {
        assertEquals("<h3>Title</h3>", Markdown.toSafeHtml("# Title").strip());
        assertEquals("<h6>Deep</h6>", Markdown.toSafeHtml("##### Deep").strip());
    }

    @Test
    void rawHtmlIsShownAsText() {
        String html = Markdown.toSafeHtml("Use <b>bold</b> sparingly");
        assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt;"), html);
    }

    @Test
    void codeBlocksKeepTheirLanguage() {
        String html = Markdown.toSafeHtml("```sql\nselect 1;\n```");
        assertTrue(html.contains("<pre><code class=\"language-sql\">select 1;"), html);
    }

    @Test
    void imagesOnlyFromThePortal() {
        assertTrue(Markdown.toSafeHtml("![chart](/library/files/1/chart.png)").contains("src=\"/library/files/1/chart.png\""));
        String external = Markdown.toSafeHtml("![pixel](https://tracker.example/p.gif)");
        assertFalse(external.toLowerCase(Locale.ROOT).contains("tracker.example"), external);
    }

    @Test
    void emptyIsEmpty() {
        assertEquals("", Markdown.toSafeHtml(""));
        assertEquals("", Markdown.toSafeHtml(null));
    }
}
