package org.ccionetwork.portal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as NHS staff read them: UK time, "26 Nov 2026, 13:05", with a machine-readable twin for time elements. */
@Named
@ApplicationScoped
public class Formats {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(UK);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(UK);

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** "1 reply", "2 replies", "0 replies": the one pluralisation rule for every count a person reads. */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** {@link #count(long, String, String)} for pages. */
    public String counted(long n, String one, String many) {
        return count(n, one, many);
    }

    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
