package org.ccionetwork.portal.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL-friendly words from a title: "Go-live at St Thomas'!" becomes "go-live-at-st-thomas".
 * Topics and news articles take their addresses from here.
 */
public final class Slugs {

    private Slugs() {}

    /** The slug of a title, at most 80 characters; the fallback when nothing of the title is left. */
    public static String of(String title, String fallback) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replace("'", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** An address made from the title, made unique with a number ("-2", "-3" …) while {@code taken} says it is taken. */
    public static String unique(String title, String fallback, java.util.function.Predicate<String> taken) {
        String base = of(title, fallback);
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
