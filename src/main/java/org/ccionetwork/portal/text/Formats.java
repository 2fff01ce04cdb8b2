package org.ccionetwork.portal.text;

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

    private static final DateTimeFormatter WEEKDAY =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK).withZone(UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A time with the day of the week, as events are shown: "Tuesday 14 July 2026, 09:30". */
    public String weekday(Instant instant) {
        return instant == null ? "" : WEEKDAY.format(instant);
    }

    public String date(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(UK);

    /** The UK time of day alone, "09:30": a session's end beside its start. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** Hours as people write them: "6", "1.5", never "6.0". */
    public String hours(java.math.BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
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

    /**
     * The instant a person means by a UK wall-clock time, such as a time to publish: the first
     * moment after {@code after} when the UK's clocks show it. On the night the clocks go back,
     * 01:30 happens twice (first in BST, then in GMT): once the first has passed, the second is
     * meant. A time the clocks skip when they go forward is read an hour on (01:30 as 02:30 BST).
     * When neither is after {@code after}, the first.
     */
    public static Instant ukInstant(java.time.LocalDateTime wallClock, Instant after) {
        var first = wallClock.atZone(UK);
        if (first.toInstant().isAfter(after)) {
            return first.toInstant();
        }
        var second = first.withLaterOffsetAtOverlap().toInstant();
        return second.isAfter(after) ? second : first.toInstant();
    }

    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
