package org.ccionetwork.portal.events;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Events as iCalendar (RFC 5545, written by biweekly), for calendar programs: one VEVENT each, its
 * UID stable, its times in UTC, its SEQUENCE bumped at each change; a cancelled event says so
 * (STATUS:CANCELLED). The library escapes text and folds lines at 75 octets.
 */
public final class ICalendar {

    private ICalendar() {}

    /** The calendar; {@code joinLinks} says whether online joining links may be in it (registered members only). */
    public static String of(List<Event> events, String baseUrl, Instant now, boolean joinLinks) {
        var calendar = new biweekly.ICalendar();
        calendar.setProductId("-//CCIO Network//Portal//EN");
        calendar.setMethod(Method.publish());
        for (Event event : events) {
            String url = baseUrl + Links.event(event.getSlug());
            var entry = new VEvent();
            entry.setUid("event-" + event.getId() + "@ccionetwork");
            entry.setDateTimeStamp(Date.from(now));
            entry.setDateStart(Date.from(event.getStarts()), true);
            entry.setDateEnd(Date.from(event.getEnds()), true);
            entry.setSequence(event.getSequenceNumber());
            entry.setLastModified(Date.from(event.getUpdated()));
            entry.setSummary(event.getTitle());
            entry.setLocation(
                    event.getVenue() != null
                            ? event.getVenue()
                            : joinLinks && event.getOnlineUrl() != null ? event.getOnlineUrl() : "Online");
            entry.setUrl(url);
            entry.setDescription(event.getKind().label() + ". Details and registration: " + url);
            entry.setStatus(event.getStatus() == Event.Status.CANCELLED ? Status.cancelled() : Status.confirmed());
            calendar.addEvent(entry);
        }
        return Biweekly.write(calendar).go();
    }
}
