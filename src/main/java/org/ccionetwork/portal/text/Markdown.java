package org.ccionetwork.portal.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Everything members write (posts, articles, descriptions, biographies) is Markdown: CommonMark
 * with tables, strikethrough and autolinks. It is rendered once, when saved, and the HTML goes
 * through an allow-list sanitizer before it is stored, so pages show it without re-rendering and
 * nothing a member types can run in another member's browser. Raw HTML in the source is shown as
 * text. Every text is shown under its page's one h1 (a topic's, an article's, an item's, a member's),
 * so its headings start at h2 and never skip a level, whatever levels the writer chose: "# A" then
 * "### B" becomes h2 then h3, as assistive technology expects. Links open nothing with the portal's
 * authority (rel="nofollow ugc noopener").
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9+#_-]{1,30}");
    private static final Pattern ALIGNMENT = Pattern.compile("left|center|right");
    /**
     * Images only from the portal's own picture addresses (library previews, news images, avatars),
     * without a query: a reader's browser fetches an image unasked, so an image pointing at any other
     * address of the portal (notifications, downloads) would act in every reader's name.
     */
    private static final Pattern IN_APP_IMAGE =
            Pattern.compile("/(?:library/preview|news/image|members/avatar)(?:/(?!\\.\\.?(?:/|$))[A-Za-z0-9._-]+)+");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
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
                    "img")
            // No h1 from members: the page's own title is the only one.
            .allowElements((name, attributes) -> "h2", "h1")
            .allowElements("h2", "h3", "h4", "h5", "h6")
            .allowAttributes("class")
            .matching(CODE_LANGUAGE)
            .onElements("code")
            .allowAttributes("align")
            .matching(ALIGNMENT)
            .onElements("th", "td")
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,6}"))
            .onElements("ol")
            // Images only from the portal itself: no tracking pixels, and the CSP would refuse others.
            .allowAttributes("src")
            .matching(IN_APP_IMAGE)
            .onElements("img")
            .allowAttributes("alt", "title")
            .onElements("img")
            .allowElements("a")
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("title")
            .onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();

    private Markdown() {}

    private static final Pattern MENTION =
            Pattern.compile("(?<![\\w@/.])@([A-Za-z0-9][A-Za-z0-9._-]{0,62}[A-Za-z0-9]|[A-Za-z0-9])");

    /** The safe HTML for a piece of Markdown. */
    public static String toSafeHtml(String source) {
        return toSafeHtml(source, name -> Optional.empty());
    }

    /**
     * The safe HTML for a piece of Markdown whose @mentions of known members become links: the
     * function gives the link for a user name, or nothing for a name nobody has.
     */
    public static String toSafeHtml(String source, Function<String, Optional<String>> mentionLink) {
        if (source == null || source.isEmpty()) {
            return "";
        }
        Node document = PARSER.parse(source);
        new MentionLinker(mentionLink).apply(document);
        HeadingLevels.apply(document);
        return sanitize(RENDERER.render(document));
    }

    /** The user names @mentioned in running text (not in code or links). */
    public static Set<String> mentionedNames(String source) {
        var names = new LinkedHashSet<String>();
        if (source != null && !source.isEmpty()) {
            new MentionLinker(name -> {
                        names.add(name);
                        return Optional.empty();
                    })
                    .apply(PARSER.parse(source));
        }
        return names;
    }

    /** Walks the text of a document (not code, not links) and links @names. */
    private static final class MentionLinker extends AbstractVisitor {
        private final Function<String, Optional<String>> mentionLink;
        private final List<Text> texts = new ArrayList<>();

        MentionLinker(Function<String, Optional<String>> mentionLink) {
            this.mentionLink = mentionLink;
        }

        void apply(Node document) {
            document.accept(this);
            texts.forEach(this::link);
        }

        @Override
        public void visit(Text text) {
            texts.add(text);
        }

        @Override
        public void visit(Link link) {
            // the text of a link stays as written
        }

        private void link(Text text) {
            String literal = text.getLiteral();
            Matcher matcher = MENTION.matcher(literal);
            int last = 0;
            Node before = text;
            boolean changed = false;
            while (matcher.find()) {
                var target = mentionLink.apply(matcher.group(1));
                if (target.isEmpty()) {
                    continue;
                }
                if (matcher.start() > last) {
                    var plain = new Text(literal.substring(last, matcher.start()));
                    before.insertAfter(plain);
                    before = plain;
                }
                var link = new Link(target.get(), null);
                link.appendChild(new Text(matcher.group()));
                before.insertAfter(link);
                before = link;
                last = matcher.end();
                changed = true;
            }
            if (changed) {
                if (last < literal.length()) {
                    before.insertAfter(new Text(literal.substring(last)));
                }
                text.unlink();
            }
        }
    }

    /**
     * Renumbers a document's headings to follow the page's h1: the highest level the writer used
     * becomes h2, and each heading goes at most one level deeper than the one before it.
     */
    private static final class HeadingLevels extends AbstractVisitor {
        private final List<Heading> headings = new ArrayList<>();

        static void apply(Node document) {
            var finder = new HeadingLevels();
            document.accept(finder);
            int highest =
                    finder.headings.stream().mapToInt(Heading::getLevel).min().orElse(1);
            int previous = 1;
            for (var heading : finder.headings) {
                int level = Math.min(Math.min(6, heading.getLevel() - highest + 2), previous + 1);
                heading.setLevel(level);
                previous = level;
            }
        }

        @Override
        public void visit(Heading heading) {
            headings.add(heading);
            visitChildren(heading);
        }
    }

    /** Runs any HTML through the allow-list; what is not allowed is dropped, text is kept. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
