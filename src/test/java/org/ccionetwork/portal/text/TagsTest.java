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
}
