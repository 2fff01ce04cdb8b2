package org.ccionetwork.portal.shared;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Everything members write (posts, articles, descriptions, biographies) is Markdown: CommonMark
 * with tables, strikethrough and autolinks. It is rendered once, when saved, and the HTML goes
 * through an allow-list sanitizer before it is stored, so pages show it without re-rendering and
 * nothing a member types can run in another member's browser. Raw HTML in the source is shown as
 * text. Headings move down two levels (# becomes h3) so that a post never competes with the page's
 * own headings; links open nothing with the portal's authority (rel="nofollow ugc noopener").
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9+#_-]{1,30}");
    private static final Pattern ALIGNMENT = Pattern.compile("left|center|right");
    private static final Pattern IN_APP_PATH = Pattern.compile("/(?!/)[^\\s\\\\]*");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "strong", "em", "del", "s", "code", "pre", "blockquote",
                    "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "img")
            .allowElements((name, attributes) -> "h" + Math.min(6, name.charAt(1) - '0' + 2),
                    "h1", "h2", "h3", "h4", "h5", "h6")
            .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
            .allowAttributes("align").matching(ALIGNMENT).onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            // Images only from the portal itself: no tracking pixels, and the CSP would refuse others.
            .allowAttributes("src").matching(IN_APP_PATH).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowElements("a")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();

    private Markdown() {
    }

    /** The safe HTML for a piece of Markdown. */
    public static String toSafeHtml(String source) {
        if (source == null || source.isEmpty()) {
            return "";
        }
        return sanitize(RENDERER.render(PARSER.parse(source)));
    }

    /** Runs any HTML through the allow-list; what is not allowed is dropped, text is kept. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
