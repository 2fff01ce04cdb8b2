package org.ccionetwork.portal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void tagsAreReadAsPeopleTypeThem() {
        assertEquals(List.of("epr", "go-live", "nursing"), Tags.parse(" EPR, go-live  nursing,epr ", 8));
        assertEquals(List.of(), Tags.parse("  , ", 8));
        assertEquals(List.of(), Tags.parse(null, 8));
        assertEquals(2, Tags.parse("a b c", 2).size());
        assertEquals(Tags.MAX_LENGTH, Tags.parse("x".repeat(100), 8).getFirst().length());
    }

    @Test
    void tagsAreStoredInOneColumnAndReadBackInTheirOrder() {
        var tags = Tags.parse("EPR, go-live nursing", 8);
        assertEquals("epr go-live nursing", Tags.stored(tags));
        assertEquals(tags, Tags.fromStored(Tags.stored(tags)));
        assertEquals(List.of(), Tags.fromStored(null));
        assertEquals(List.of(), Tags.fromStored(" "));
        assertEquals(List.of(), Tags.fromStored(Tags.stored(List.of())));
    }

    @Test
    void theLastWordTypedIsFinishedWithKnownTagsMostUsedFirst() {
        var known = List.of("go-live", "gp", "governance", "epr", "nursing");
        assertEquals(List.of("epr go-live", "epr governance"), Tags.completions("epr go", known, 8));
        assertEquals(List.of("epr, go-live"), Tags.completions("epr, go", known, 1), "at most the number asked");
        assertEquals(List.of("EPR gp"), Tags.completions("EPR Gp", known, 8), "what was typed before is kept as typed");
        assertEquals(
                List.of("nursing go-live", "nursing gp", "nursing governance"),
                Tags.completions("nursing g", known, 8));
        assertEquals(
                List.of(), Tags.completions("epr e", List.of("epr"), 8), "a tag already typed is not offered again");
        assertEquals(List.of(), Tags.completions("epr ", known, 8), "nothing while the last word is empty");
        assertEquals(List.of(), Tags.completions("epr,", known, 8));
        assertEquals(List.of(), Tags.completions("", known, 8));
        assertEquals(List.of(), Tags.completions(null, known, 8));
        assertEquals(List.of(), Tags.completions("zz", known, 8));
    }
}
