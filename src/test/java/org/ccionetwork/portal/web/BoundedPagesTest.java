package org.ccionetwork.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BoundedPagesTest {

    private static PageCache.Page page(int bytes) {
        return new PageCache.Page(new byte[bytes], "text/html", null, Instant.now());
    }

    @Test
    void manyPagesNeverHoldMoreThanTheBoundInBytes() {
        var pages = new BoundedPages(10_000, 100_000, 20_000);
        for (int i = 0; i < 2_000; i++) {
            assertTrue(pages.put("/forum/topic.xhtml?id=" + i, page(10_000)));
            assertTrue(pages.bytes() <= 100_000, "held " + pages.bytes() + " bytes after " + i);
        }
        assertTrue(pages.size() <= 10, "pages kept: " + pages.size());
        assertNotNull(pages.get("/forum/topic.xhtml?id=1999"), "the newest is kept");
        assertNull(pages.get("/forum/topic.xhtml?id=0"), "the oldest went first");
    }

    @Test
    void aPageOverTheLargestSizeIsNotKept() {
        var pages = new BoundedPages(100, 1_000_000, 20_000);
        assertFalse(pages.put("/forum/topic.xhtml?id=1", page(20_001)));
        assertNull(pages.get("/forum/topic.xhtml?id=1"));
        assertEquals(0, pages.bytes());
    }

    @Test
    void theLeastRecentlyReadGoesFirstAndTheEntryBoundHolds() {
        var pages = new BoundedPages(2, 1_000_000, 20_000);
        pages.put("a", page(10));
        pages.put("b", page(10));
        pages.get("a");
        pages.put("c", page(10));
        assertNotNull(pages.get("a"));
        assertNull(pages.get("b"));
        assertEquals(2, pages.size());
    }

    @Test
    void replacingAndDroppingKeepTheByteCountTrue() {
        var pages = new BoundedPages(100, 1_000_000, 20_000);
        pages.put("a", page(100));
        pages.put("a", page(300));
        var b = page(50);
        pages.put("b", b);
        pages.removeIf(key -> key.equals("a"));
        // What is left: b's body as held (plain and compressed) and its key, counted twice.
        assertEquals(b.body().size() + 2, pages.bytes());
        pages.clear();
        assertEquals(0, pages.bytes());
    }
}
