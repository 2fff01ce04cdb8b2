package org.ccionetwork.portal.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    @Test
    void termsAreTheDistinctLowerCaseWordsOfTwoToFortyCharacters() {
        assertEquals(
                List.of("e-referral", "and", "gp's", "letters", "to", "the", "ward"),
                SearchIndex.terms("E-Referral and GP's letters: to the **ward**, the WARD & a " + "x".repeat(41)));
        assertEquals(List.of(), SearchIndex.terms("a b c !?"));
    }

    @Test
    void anExcerptShowsTheTextAroundTheFirstWordFoundWithoutMarkdown() {
        String before = "Opening words that say nothing much. ".repeat(5);
        String after = " And then a long tail of text that goes on. ".repeat(8);
        String excerpt = SearchIndex.excerpt(before + "We use **e-referral** for this." + after, List.of("e-referral"));

        assertTrue(excerpt.startsWith("…") && excerpt.endsWith("…"), excerpt);
        assertTrue(excerpt.contains("We use e-referral for this."), excerpt);
        assertTrue(excerpt.length() <= 202, "about 200 characters: " + excerpt.length());
    }

    @Test
    void aWordFoundOnlyByItsStemStillCentresTheExcerpt() {
        String before = "Nothing to see in this part of the post at all. ".repeat(4);
        String excerpt = SearchIndex.excerpt(before + "The summer school runs in July.", List.of("schools"));

        assertTrue(excerpt.contains("The summer school runs in July."), excerpt);
        assertTrue(excerpt.startsWith("…"), excerpt);
    }

    @Test
    void withoutAnyWordFoundTheExcerptIsTheStart() {
        assertEquals("Short post.", SearchIndex.excerpt("Short post.", List.of("absent")));
        assertEquals("No", SearchIndex.excerpt("No", List.of("nothing")));
    }
}
