package org.ccionetwork.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExcerptTest {

    private static List<String> marked(Excerpt excerpt) {
        return excerpt.parts().stream()
                .filter(Excerpt.Part::marked)
                .map(Excerpt.Part::text)
                .toList();
    }

    @Test
    void marksTheWordsFoundInTheFormsTheSearchFinds() {
        var excerpt = Excerpt.of(
                "Our discharge letters go out the same day; each Letter is checked.",
                SearchQuery.parse("letter discharged", false));
        assertEquals(List.of("discharge", "letters", "Letter"), marked(excerpt));
        assertEquals("Our discharge letters go out the same day; each Letter is checked.", excerpt.text());
    }

    @Test
    void startsNearTheFirstWordFoundInALongText() {
        String text = "Nothing here. ".repeat(40) + "The summer school runs in July." + " More.".repeat(60);
        var excerpt = Excerpt.of(text, SearchQuery.parse("school", false));
        assertTrue(excerpt.text().startsWith("…"), excerpt.text());
        assertTrue(excerpt.text().endsWith("…"));
        assertTrue(excerpt.text().length() < 240);
        assertEquals(List.of("school"), marked(excerpt));
    }

    @Test
    void marksTheBeginningOfAWordWhileTyping() {
        assertEquals(List.of("school"), marked(Excerpt.of("The school in July", SearchQuery.parse("scho", true))));
    }

    @Test
    void keepsMarkupAsTextAndNeverSplitsAnEmoji() {
        var excerpt = Excerpt.of("<script>alert(1)</script> discharge", SearchQuery.parse("discharge", false));
        assertEquals("<script>alert(1)</script> ", excerpt.parts().getFirst().text());
        String emoji = "🩺".repeat(300);
        String text = Excerpt.of(emoji, SearchQuery.parse("x1", false)).text();
        assertTrue(text.codePoints().allMatch(c -> c == 0x1FA7A || c == '…'), "no half of a surrogate pair");
    }
}
