package org.ccionetwork.portal.text;

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
    void headingsFollowThePagesTitleWithoutSkippingALevel() {
        assertEquals("<h2>Title</h2>", Markdown.toSafeHtml("# Title").strip());
        assertEquals("<h2>Deep</h2>", Markdown.toSafeHtml("##### Deep").strip());
        assertEquals(
                "<h2>A</h2>\n<h3>B</h3>\n<h2>C</h2>\n<h3>D</h3>\n<h4>E</h4>",
                Markdown.toSafeHtml("## A\n\n#### B\n\n## C\n\n### D\n\n###### E")
                        .strip());
        assertEquals(
                "<h2>Skip</h2>\n<h2>Back</h2>",
                Markdown.toSafeHtml("### Skip\n\n# Back").strip());
        // Raw HTML headings are text, and an h1 from anywhere else becomes h2.
        assertEquals("<h2>Top</h2>", Markdown.sanitize("<h1>Top</h1>"));
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
    void imagesOnlyFromThePortalsOwnPictures() {
        for (String picture : new String[] {"/library/preview/12/3", "/news/image/4/large-2", "/members/avatar/5-1"}) {
            assertTrue(Markdown.toSafeHtml("![chart](" + picture + ")").contains("src=\"" + picture + "\""), picture);
        }
        // An image is fetched unasked by every reader: no other address of the portal may be one.
        for (String sideEffect : new String[] {
            "/members/notifications.xhtml",
            "/library/download/12/handbook.pdf",
            "/news/image/../../members/notifications.xhtml",
            "/news/image/4/large-2?mark=read",
            "/library/preview/%2e%2e/download/1",
            "//tracker.example/p.gif",
            "/library/preview"
        }) {
            String html = Markdown.toSafeHtml("![x](" + sideEffect + ")");
            assertFalse(html.contains("src="), sideEffect + " -> " + html);
        }
        String external = Markdown.toSafeHtml("![pixel](https://tracker.example/p.gif)");
        assertFalse(external.toLowerCase(Locale.ROOT).contains("tracker.example"), external);
    }

    @Test
    void emptyIsEmpty() {
        assertEquals("", Markdown.toSafeHtml(""));
        assertEquals("", Markdown.toSafeHtml(null));
    }

    @Test
    void mentionsOfKnownMembersBecomeLinks() {
        String html = Markdown.toSafeHtml(
                "Thanks @nadia.okafor and @nobody, cc @member.",
                name -> name.equals("nadia.okafor") || name.equals("member")
                        ? java.util.Optional.of("/members/profile.xhtml?u=" + name)
                        : java.util.Optional.empty());
        var page = org.jsoup.Jsoup.parseBodyFragment(html);
        var links = page.select("a");
        assertEquals(java.util.List.of("@nadia.okafor", "@member"), links.eachText(), html);
        assertEquals(
                java.util.List.of("/members/profile.xhtml?u=nadia.okafor", "/members/profile.xhtml?u=member"),
                links.eachAttr("href"),
                html);
        assertTrue(page.text().contains("@nobody,"), html);
    }

    @Test
    void mentionsAreFoundInTextButNotInCodeLinksOrEmailAddresses() {
        assertEquals(
                java.util.Set.of("priya", "tom.o"),
                Markdown.mentionedNames("Hi @priya, see `@code` and [@linked](/x) and mail a@b.org; also @tom.o."));
    }
}
