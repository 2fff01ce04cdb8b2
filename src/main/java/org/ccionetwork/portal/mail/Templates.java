package org.ccionetwork.portal.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mail templates in {@code src/main/resources/mail/}: {@code name.txt} and {@code name.html},
 * with {@code {{key}}} filled from the values given. In HTML every value is escaped, except those
 * whose key ends in {@code Html}, which the caller has built with {@link #escape}.
 */
public final class Templates {

    private static final Pattern FIELD = Pattern.compile("\\{\\{([A-Za-z]+)}}");
    private static final Map<String, String> LOADED = new ConcurrentHashMap<>();

    private Templates() {}

    public static String text(String name, Map<String, String> values) {
        return fill(load(name + ".txt"), values, false);
    }

    public static String html(String name, Map<String, String> values) {
        return fill(load(name + ".html"), values, true);
    }

    public static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String fill(String template, Map<String, String> values, boolean html) {
        Matcher field = FIELD.matcher(template);
        var out = new StringBuilder(template.length() * 2);
        while (field.find()) {
            String key = field.group(1);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalArgumentException("the template needs a value for " + key);
            }
            field.appendReplacement(
                    out, Matcher.quoteReplacement(html && !key.endsWith("Html") ? escape(value) : value));
        }
        field.appendTail(out);
        return out.toString();
    }

    private static String load(String file) {
        return LOADED.computeIfAbsent(file, f -> {
            try (InputStream in = Templates.class.getResourceAsStream("/mail/" + f)) {
                if (in == null) {
                    throw new IllegalArgumentException("no mail template " + f);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
