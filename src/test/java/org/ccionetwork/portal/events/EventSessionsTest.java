package org.ccionetwork.portal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.ccionetwork.portal.shared.Visibility;
import org.junit.jupiter.api.Test;

/** A programme's sessions lie within their event, and end after they start. */
class EventSessionsTest {

    private static final Instant START = Instant.parse("2027-07-14T08:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(8));

    private static Event event() {
        var details = new EventDetails(
                "Summer school",
                EventKind.SUMMER_SCHOOL,
                START,
                END,
                "Manchester",
                null,
                "North West",
                "",
                60,
                START.minus(Duration.ofDays(60)),
                START.minus(Duration.ofDays(1)),
                Visibility.PUBLIC,
                new BigDecimal("8"),
                true);
        return new Event("summer-school", details, "", START.minus(Duration.ofDays(90)));
    }

    @Test
    void aSessionWithinTheEventHasNoProblems() {
        assertEquals(Map.of(), event().sessionProblems(START, START.plus(Duration.ofHours(1))));
        assertEquals(Map.of(), event().sessionProblems(END.minus(Duration.ofMinutes(30)), END));
    }

    @Test
    void aSessionOutsideTheEventIsRefusedBesideTheFieldAtFault() {
        var event = event();
        assertEquals(
                Set.of("session-starts"),
                event.sessionProblems(START.minusSeconds(60), START.plusSeconds(3600))
                        .keySet());
        assertEquals(
                Set.of("session-ends"),
                event.sessionProblems(START, END.plusSeconds(60)).keySet());
        assertEquals(
                Set.of("session-starts", "session-ends"),
                event.sessionProblems(END, END.plusSeconds(3600)).keySet());
        assertEquals(
                "A session ends after it starts.",
                event.sessionProblems(START.plusSeconds(3600), START.plusSeconds(3600))
                        .get("session-ends"));
    }

    @Test
    void movingTheEventIsNoticedButRewordingItIsNot() {
        var event = event();
        var same = event.details();
        assertEquals(false, event.isMovedBy(same));
        var later = new EventDetails(
                same.title(),
                same.kind(),
                same.starts().plusSeconds(3600),
                same.ends(),
                same.venue(),
                same.onlineUrl(),
                same.region(),
                "New words",
                same.capacity(),
                same.registrationOpens(),
                same.registrationCloses(),
                same.visibility(),
                same.cpdHours(),
                same.byApplication());
        assertEquals(true, event.isMovedBy(later));
        var elsewhere = new EventDetails(
                same.title(),
                same.kind(),
                same.starts(),
                same.ends(),
                "Leeds",
                same.onlineUrl(),
                same.region(),
                same.description(),
                same.capacity(),
                same.registrationOpens(),
                same.registrationCloses(),
                same.visibility(),
                same.cpdHours(),
                same.byApplication());
        assertEquals(true, event.isMovedBy(elsewhere));
    }
}
