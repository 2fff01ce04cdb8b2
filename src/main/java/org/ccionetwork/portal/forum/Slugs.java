package org.ccionetwork.portal.forum;

import java.text.Normalizer;
import java.util.Locale;

/** URL-friendly words from a title: "Go-live at St Thomas'!" becomes "go-live-at-st-thomas". */
final class Slugs {

    private Slugs() {
    }

    static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "topic" : slug;
    }
}
