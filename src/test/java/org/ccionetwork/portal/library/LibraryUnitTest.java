package org.ccionetwork.portal.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.ccionetwork.portal.files.FolderFileStore;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryUnitTest {

    @TempDir
    Path folder;

    @Test
    void sizesReadLikePeopleWriteThem() {
        assertEquals("900 bytes", StoredFile.sizeText(900));
        assertEquals("2 KB", StoredFile.sizeText(2048));
        assertEquals("1.5 MB", StoredFile.sizeText(1024 * 1024 * 3 / 2));
    }

    @Test
    void cursorsRoundTripAndRejectNonsense() {
        var cursor = new ItemCursor(1_795_707_316_194_000L, 42);
        assertEquals(Optional.of(cursor), ItemCursor.parse(cursor.token()));
        assertEquals(Optional.empty(), ItemCursor.parse("-1-2"));
        assertEquals(Optional.empty(), ItemCursor.parse("1;drop table"));
    }

    @Test
    void theLimitStopsReadingAsSoonAsItIsPassed() throws IOException {
        byte[] bytes = new byte[1000];
        try (var limited = new UploadReceiver.LimitedInputStream(new ByteArrayInputStream(bytes), 1000)) {
            assertEquals(1000, limited.readAllBytes().length, "exactly the limit is fine");
        }
        try (var limited = new UploadReceiver.LimitedInputStream(new ByteArrayInputStream(new byte[1001]), 1000)) {
            assertThrows(UploadReceiver.LimitedInputStream.LimitExceededException.class, limited::readAllBytes);
        }
    }

    @Test
    void theFolderStoreKeepsBytesUnderKeysItMakes() throws IOException {
        var store = new FolderFileStore(folder.resolve("files"));
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(bytes);
        String key = store.put(new ByteArrayInputStream(bytes));
        try (var in = store.open(key)) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
        assertThrows(IOException.class, () -> store.open("../../etc/passwd"), "only its own keys");
        store.delete(key);
        assertThrows(IOException.class, () -> store.open(key));
    }

    @Test
    void detailsAreCheckedOnTheServer() {
        assertThrows(
                NotAllowedException.class,
                () -> new ItemDetails("ab", "", "links", List.of(), Visibility.MEMBERS, null));
        assertThrows(
                NotAllowedException.class,
                () -> new ItemDetails("A link", "", "links", List.of(), Visibility.MEMBERS, "javascript:alert(1)"));
        assertEquals(
                Visibility.MEMBERS,
                new ItemDetails("A file", null, "handbooks", null, null, " ").visibility(),
                "members-only by default");
    }

    @Test
    void anItemIsDueForReviewOnItsDate() {
        var item = new Item(ItemKind.FILE, null, Instant.parse("2026-01-01T00:00:00Z"));
        assertFalse(item.isDueForReview(LocalDate.of(2026, 11, 26)), "no date, never due");
        item.review(null, LocalDate.of(2026, 11, 26));
        assertTrue(item.isDueForReview(LocalDate.of(2026, 11, 26)));
        assertFalse(item.isDueForReview(LocalDate.of(2026, 11, 25)));
    }
}
