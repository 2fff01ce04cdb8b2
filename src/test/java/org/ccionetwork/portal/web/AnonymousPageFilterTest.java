package org.ccionetwork.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AnonymousPageFilterTest {

    private static String key(String path, Map<String, String> query) {
        return AnonymousPageFilter.key(path, query::get);
    }

    @Test
    void aPageIsKeptUnderTheParametersItReadsOnly() {
        String plain = key("/forum/topic.xhtml", Map.of("id", "7"));
        assertEquals("/forum/topic.xhtml?id=7", plain);
        for (int junk = 0; junk < 100; junk++) {
            assertEquals(plain, key("/forum/topic.xhtml", Map.of("id", "7", "z", String.valueOf(junk))));
        }
        assertEquals(plain, key("/forum/topic.xhtml", Map.of("id", "7", "quote", "2", "replyTo", "3")));
        assertNotEquals(plain, key("/forum/topic.xhtml", Map.of("id", "7", "page", "2")));
        assertEquals(
                "/forum/category.xhtml?c=news&older=abc",
                key("/forum/category.xhtml", Map.of("older", "abc", "x", "1", "c", "news")));
        assertEquals("/forum/search.xhtml?q=summer+school", key("/forum/search.xhtml", Map.of("q", "summer school")));
    }

    @Test
    void pagesOutsideTheTableAreNotKept() {
        assertNull(key("/forum/new.xhtml", Map.of("c", "news")));
        assertNull(key("/forum/edit.xhtml", Map.of()));
        assertNull(key("/members/directory.xhtml", Map.of()));
    }
}
