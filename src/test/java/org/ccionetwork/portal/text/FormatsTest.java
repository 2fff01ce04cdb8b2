package org.ccionetwork.portal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** UK wall-clock times read as instants, on ordinary days and on the nights the clocks change. */
class FormatsTest {

    @Test
    void anOrdinaryTimeIsThatTimeInTheUk() {
        assertEquals(
                Instant.parse("2027-07-01T08:30:00Z"),
                Formats.ukInstant(LocalDateTime.parse("2027-07-01T09:30"), Instant.parse("2027-07-01T08:00:00Z")),
                "BST in summer");
        assertEquals(
                Instant.parse("2027-12-01T09:30:00Z"),
                Formats.ukInstant(LocalDateTime.parse("2027-12-01T09:30"), Instant.parse("2027-12-01T08:00:00Z")),
                "GMT in winter");
    }

    @Test
    void theHourThatHappensTwiceWhenTheClocksGoBackMeansTheNextOneToCome() {
        var twice = LocalDateTime.parse("2027-10-31T01:30");
        var firstTime = Instant.parse("2027-10-31T00:30:00Z"); // 01:30 BST
        var secondTime = Instant.parse("2027-10-31T01:30:00Z"); // 01:30 GMT, an hour later
        assertEquals(firstTime, Formats.ukInstant(twice, Instant.parse("2027-10-30T23:00:00Z")), "before both");
        assertEquals(
                secondTime,
                Formats.ukInstant(twice, Instant.parse("2027-10-31T01:05:00Z")),
                "at 01:05 GMT, the first 01:30 is past: the second is meant");
        assertEquals(firstTime, Formats.ukInstant(twice, Instant.parse("2027-10-31T02:00:00Z")), "after both");
    }

    @Test
    void anHourSkippedWhenTheClocksGoForwardIsReadAnHourOn() {
        assertEquals(
                Instant.parse("2027-03-28T01:30:00Z"), // 02:30 BST
                Formats.ukInstant(LocalDateTime.parse("2027-03-28T01:30"), Instant.parse("2027-03-27T12:00:00Z")));
    }
}
