package org.ccionetwork.portal.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccionetwork.portal.shared.Visibility;

/**
 * What organisers say of an event, as the desk's form gives it, with the rules that hold between its
 * fields: {@link #problems(int)} names each field that breaks one, with the message to show beside it.
 */
public record EventDetails(
        String title,
        EventKind kind,
        Instant starts,
        Instant ends,
        String venue,
        String onlineUrl,
        String region,
        String description,
        int capacity,
        Instant registrationOpens,
        Instant registrationCloses,
        Visibility visibility,
        BigDecimal cpdHours,
        boolean byApplication) {

    /** Field to message, in the form's order; empty when the details hold together. */
    public Map<String, String> problems(int placesTaken) {
        var problems = new LinkedHashMap<String, String>();
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            problems.put("ends", "The event must end after it starts.");
        }
        if (registrationOpens != null && registrationCloses != null && !registrationCloses.isAfter(registrationOpens)) {
            problems.put("registration-closes", "Registration must close after it opens.");
        } else if (registrationCloses != null && starts != null && registrationCloses.isAfter(starts)) {
            problems.put("registration-closes", "Registration must close before the event starts.");
        }
        if (capacity < placesTaken) {
            problems.put("capacity", "At least " + placesTaken + ": that many people already have a place.");
        }
        if (onlineUrl != null && !onlineUrl.isBlank() && !onlineUrl.startsWith("https://")) {
            problems.put("online-url", "An online joining link starts with https://.");
        }
        if (isBlank(venue) && isBlank(onlineUrl)) {
            problems.put("venue", "Give a venue, an online joining link, or both.");
        }
        return problems;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
