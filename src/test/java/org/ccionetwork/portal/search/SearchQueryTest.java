package org.ccionetwork.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

    @Test
    void readsWordsPhrasesAndWordsToLeaveOut() {
        var query = SearchQuery.parse("Clinical \"safety case\" -hazard -\"two words\" DCB0129", false);
        assertEquals(List.of("clinical", "safety", "case", "dcb0129"), query.words());
        assertEquals(List.of(List.of("safety", "case")), query.phrases());
        assertEquals(List.of("hazard"), query.excluded(), "a phrase to leave out is ignored");
        assertFalse(query.prefix());
    }

    @Test
    void whileTypingTheLastWordMayBeUnfinished() {
        var typing = SearchQuery.parse("summer scho", true);
        assertEquals("scho", typing.prefixWord());
        assertEquals(List.of("summer"), typing.wholeWords());
        assertNull(SearchQuery.parse("summer school ", true).prefixWord(), "a space ends the word");
        assertNull(SearchQuery.parse("summer scho", false).prefixWord(), "a search sent is whole words");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", "-", "\"\"", "- - -", "&&||!", "*:()", "-discharge", "\u00a0\t"})
    void leavesNothingToSearchForWithoutAWord(String typed) {
        assertTrue(SearchQuery.parse(typed, false).isEmpty(), typed);
    }

    @Test
    void isBoundedBeforeItReachesADatabase() {
        var query = SearchQuery.parse("word ".repeat(5000) + " " + "abcdefghij ".repeat(1000), false);
        assertTrue(query.words().size() <= SearchQuery.MAX_WORDS);
        var many = SearchQuery.parse(
                "one two three four five six seven eight nine ten -a1 -b2 -c3 -d4 -e5 -f6 -g7", false);
        assertEquals(SearchQuery.MAX_WORDS, many.words().size());
        assertEquals(List.of("a1", "b2", "c3", "d4", "e5", "f6"), many.excluded());
        var far = SearchQuery.parse("x".repeat(SearchQuery.MAX_INPUT) + " beyond", false);
        assertTrue(far.isEmpty(), "nothing after the first 200 characters is read");
    }

    @Test
    void keepsOtherScriptsAndLeavesEmojiOut() {
        assertEquals(
                List.of("niño", "ärzte", "医療"),
                SearchQuery.parse("Niño Ärzte 医療 🩺", false).words());
    }
}
