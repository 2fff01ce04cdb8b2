package org.ccionetwork.portal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.ccionetwork.portal.shared.Visibility;
import org.junit.jupiter.api.Test;

class EventDetailsTest {

    private static final Instant START = Instant.parse("2027-07-14T08:30:00Z");

    private static EventDetails details(Instant ends, Instant closes, int capacity, String venue, String online) {
        return new EventDetails(
                "Summer school",
                EventKind.SUMMER_SCHOOL,
                START,
                ends,
                venue,
                online,
                "North West",
                "",
                capacity,
                START.minus(Duration.ofDays(60)),
                closes,
                Visibility.PUBLIC,
                new BigDecimal("12"),
                false);
    }

    @Test
    void detailsThatHoldTogetherHaveNoProblems() {
        var good = details(START.plus(Duration.ofHours(8)), START.minus(Duration.ofDays(1)), 60, "Manchester", null);
        assertEquals(Map.of(), good.problems(0));
        assertEquals(Map.of(), good.problems(60));
    }

    @Test
    void eachBrokenRuleIsNamedBesideItsField() {
        assertEquals(
                Map.of("ends", "The event must end after it starts."),
                details(START, START.minus(Duration.ofDays(1)), 60, "Manchester", null)
                        .problems(0));
        assertEquals(
                Map.of("registration-closes", "Registration must close before the event starts."),
                details(START.plus(Duration.ofHours(1)), START.plus(Duration.ofMinutes(1)), 60, "Manchester", null)
                        .problems(0));
        assertEquals(
                Map.of("registration-closes", "Registration must close after it opens."),
                details(START.plus(Duration.ofHours(1)), START.minus(Duration.ofDays(90)), 60, "Manchester", null)
                        .problems(0));
        assertEquals(
                Map.of("capacity", "At least 61: that many people already have a place."),
                details(START.plus(Duration.ofHours(1)), START.minus(Duration.ofDays(1)), 60, "Manchester", null)
                        .problems(61));
        assertEquals(
                Map.of("online-url", "An online joining link starts with https://."),
                details(
                                START.plus(Duration.ofHours(1)),
                                START.minus(Duration.ofDays(1)),
                                60,
                                null,
                                "http://meet.example.org/x")
                        .problems(0));
        assertEquals(
                Map.of("venue", "Give a venue, an online joining link, or both."),
                details(START.plus(Duration.ofHours(1)), START.minus(Duration.ofDays(1)), 60, " ", "")
                        .problems(0));
    }
}
