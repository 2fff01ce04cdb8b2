package org.ccionetwork.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.ccionetwork.portal.persistence.TimeCursor;
import org.ccionetwork.portal.text.Slugs;
import org.junit.jupiter.api.Test;

class SlugsAndCursorsTest {

    @Test
    void slugsAreMadeFromTitles() {
        assertEquals("summer-school-2027-bursaries-open", Slugs.of("Summer school 2027: bursaries open!", "article"));
        assertEquals("cafe-sante", Slugs.of("Café   santé", "article"));
        assertEquals("go-live-at-st-thomas", Slugs.of("Go-live at St Thomas'!", "topic"));
        assertEquals("article", Slugs.of("!!!", "article"));
        assertTrue(Slugs.of("word ".repeat(40), "article").length() <= 80);
    }

    @Test
    void cursorsRoundTripAndRejectNonsense() {
        var cursor = new TimeCursor(Instant.parse("2026-11-26T10:00:00.123456Z"), 77);
        assertEquals(Optional.of(cursor), TimeCursor.parse(cursor.token()));
        assertEquals(Optional.empty(), TimeCursor.parse("1 or 1=1"));
        assertEquals(Optional.empty(), TimeCursor.parse(null));
        assertEquals(Optional.empty(), TimeCursor.parse("99999999999999999999-1"));
    }
}
