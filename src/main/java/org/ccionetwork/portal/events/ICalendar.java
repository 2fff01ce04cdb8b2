package org.ccionetwork.portal.events;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Events as iCalendar (RFC 5545), for calendar programs: one VEVENT each, its UID stable, its times
 * in UTC, its SEQUENCE bumped at each change; a cancelled event says so (STATUS:CANCELLED). Text is
 * escaped and lines folded at 75 octets as the RFC asks.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {}

    /** The calendar; {@code joinLink} says whether online joining links may be in it (registered members only). */
    public static String of(List<Event> events, String baseUrl, Instant now, boolean joinLinks) {
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//CCIO Network//Portal//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        for (Event event : events) {
            String url = baseUrl + Links.event(event.getSlug());
            line(out, "BEGIN:VEVENT");
            line(out, "UID:event-" + event.getId() + "@ccionetwork");
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "DTSTART:" + UTC.format(event.getStarts()));
            line(out, "DTEND:" + UTC.format(event.getEnds()));
            line(out, "SEQUENCE:" + event.getSequenceNumber());
            line(out, "LAST-MODIFIED:" + UTC.format(event.getUpdated()));
            line(out, "SUMMARY:" + text(event.getTitle()));
            String location = event.getVenue() != null
                    ? event.getVenue()
                    : joinLinks && event.getOnlineUrl() != null ? event.getOnlineUrl() : "Online";
            line(out, "LOCATION:" + text(location));
            line(out, "URL:" + url);
            line(out, "DESCRIPTION:" + text(event.getKind().label() + ". Details and registration: " + url));
            line(out, "STATUS:" + (event.getStatus() == Event.Status.CANCELLED ? "CANCELLED" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** A content line, folded: no line longer than 75 octets, continuation lines start with a space. */
    private static void line(StringBuilder out, String line) {
        byte[] bytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int start = 0;
        boolean first = true;
        while (start < line.length()) {
            int most = first ? 75 : 74;
            int end = start;
            int octets = 0;
            while (end < line.length()) {
                int cp = line.codePointAt(end);
                int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                if (octets + size > most) {
                    break;
                }
                octets += size;
                end += Character.charCount(cp);
            }
            out.append(first ? "" : " ").append(line, start, end).append("\r\n");
            start = end;
            first = false;
        }
        if (bytes.length == 0) {
            out.append("\r\n");
        }
    }
}
