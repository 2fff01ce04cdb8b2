package org.ccionetwork.portal.web;

import java.time.Instant;
import org.ccionetwork.portal.text.Formats;
import org.ccionetwork.portal.text.Markdown;

/**
 * HTML written by Java on the few hot paths where a Facelets loop costs too much (see
 * {@code forum/PostListHtml}): text and attribute values are always escaped here, never by the
 * caller; only HTML that has already been through {@link Markdown}'s sanitizer goes in raw.
 */
public final class Html {

    private static final Formats FORMATS = new Formats();

    private final StringBuilder out;

    public Html(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Markup written by the caller itself: constant strings only, never user data. */
    public Html markup(String markup) {
        out.append(markup);
        return this;
    }

    /** Text content, escaped. */
    public Html text(String text) {
        escape(text);
        return this;
    }

    public Html text(long number) {
        out.append(number);
        return this;
    }

    /** {@code name="value"} with a space before it; the value escaped. */
    public Html attribute(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(value);
        out.append('"');
        return this;
    }

    /** A {@code <time>} element: UK time to read, the instant for machines (as {@link Formats} writes them). */
    public Html time(Instant instant) {
        return markup("<time")
                .attribute("datetime", FORMATS.iso(instant))
                .markup(">")
                .text(FORMATS.when(instant))
                .markup("</time>");
    }

    /** HTML that {@link Markdown} has rendered and sanitized. */
    public Html sanitized(String safeHtml) {
        out.append(safeHtml);
        return this;
    }

    private void escape(String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
