package org.ccionetwork.portal.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.ccionetwork.portal.clock.Clocks;
import org.ccionetwork.portal.files.DatabaseFileStore;
import org.ccionetwork.portal.files.FileStore;
import org.ccionetwork.portal.forum.TopicKind;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.persistence.Database;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the deployed portal: who may see, download and change library items, what uploads are
 * refused (leaving nothing behind), versions, download counts, forum links and review dates.
 * Each test makes its own people and collection.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    private LibraryService library;

    @Inject
    private Uploads uploads;

    @Inject
    private ItemTopics itemTopics;

    @Inject
    private UploadReceiver receiver;

    @Inject
    private MemberService members;

    @Inject
    private org.ccionetwork.portal.forum.Categories categories;

    @Inject
    private org.ccionetwork.portal.forum.Posting posting;

    @Inject
    private Clocks clocks;

    @Inject
    private Database database;

    @Inject
    private FileStore store;

    private Viewer person(Role... roles) {
        String subject = UUID.randomUUID().toString();
        var member = members.recordSignIn(new SignInClaims(
                subject, "user-" + subject.substring(0, 8), "Test " + roles.length, null, null, null, Set.of(roles)));
        return new Viewer(member.getId(), Set.of(roles));
    }

    private String collection(boolean reviewed) {
        String slug = "c-" + UUID.randomUUID().toString().substring(0, 8);
        library.createCollection(
                person(Role.MEMBER, Role.MODERATOR, Role.ADMIN), slug, "Collection " + slug, "", 9, reviewed);
        return slug;
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private Upload upload(Viewer viewer, String name, byte[] bytes) throws Exception {
        return receiver.receive(viewer, name, bytes.length, new ByteArrayInputStream(bytes));
    }

    private Item shareFile(Viewer viewer, String collection, Visibility visibility, byte[] bytes) throws Exception {
        return library.shareFile(
                viewer,
                upload(viewer, "report.pdf", bytes).getToken(),
                new ItemDetails("A shared report", "About **it**", collection, List.of("report"), visibility, null));
    }

    private long chunks() throws Exception {
        try (var connection = database.dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("select count(*) from library_blob_chunks")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void visitorsFindNoMembersOnlyItemWhateverNumbersTheyTry() throws Exception {
        var member = person(Role.MEMBER);
        String collection = collection(false);
        var closed = shareFile(member, collection, Visibility.MEMBERS, pdf("closed"));
        var open = shareFile(member, collection, Visibility.PUBLIC, pdf("open"));
        var visitor = Viewer.ANONYMOUS;

        assertThrows(NotFoundException.class, () -> library.item(visitor, closed.getId()));
        assertThrows(NotFoundException.class, () -> library.version(visitor, closed.getId(), 1));
        assertThrows(NotFoundException.class, () -> library.versions(visitor, closed.getId()));
        assertThrows(
                NotFoundException.class,
                () -> library.version(member, closed.getId(), 2),
                "a version that does not exist");
        assertThrows(
                NotFoundException.class,
                () -> library.version(member, Long.MAX_VALUE, 1),
                "an item that does not exist");
        assertFalse(
                library.items(visitor, collection, null, LibraryService.Order.NEWEST, Optional.empty()).items().stream()
                        .anyMatch(i -> i.getId().equals(closed.getId())));

        assertEquals(open.getId(), library.item(visitor, open.getId()).getId());
        var version = library.version(visitor, open.getId(), 1);
        try (InputStream in = store.open(version.getFile().getBlobKey())) {
            assertArrayEquals(pdf("open"), in.readAllBytes());
        }
        assertEquals(
                2,
                library.items(member, collection, null, LibraryService.Order.NEWEST, Optional.empty())
                        .items()
                        .size());
    }

    @Test
    void aMemberChangesOnlyTheirOwnItemsAndAModeratorAnyone() throws Exception {
        var sharer = person(Role.MEMBER);
        var other = person(Role.MEMBER);
        var moderator = person(Role.MEMBER, Role.MODERATOR);
        String collection = collection(false);
        var item = shareFile(sharer, collection, Visibility.MEMBERS, pdf("v1"));
        var details = new ItemDetails("Renamed report", "", collection, List.of(), Visibility.MEMBERS, null);

        var refused = assertThrows(
                NotAllowedException.class, () -> library.edit(other, item.getId(), item.getVersion(), details));
        assertTrue(refused.getMessage().contains("Only the member who shared this item"));
        var otherUpload = upload(other, "v2.pdf", pdf("other's v2"));
        assertThrows(
                NotAllowedException.class,
                () -> library.newVersion(other, item.getId(), otherUpload.getToken(), "mine now"));
        assertThrows(NotFoundException.class, () -> library.setHidden(other, item.getId(), true, "no"));
        assertThrows(NotFoundException.class, () -> library.delete(other, item.getId(), "no"));
        assertEquals("A shared report", library.item(sharer, item.getId()).getTitle(), "nothing changed");

        library.edit(
                moderator, item.getId(), library.item(moderator, item.getId()).getVersion(), details);
        var v2 = library.newVersion(
                moderator, item.getId(), upload(moderator, "v2.pdf", pdf("v2")).getToken(), "Updated figures");
        assertEquals(2, v2.getNumber());
        var v3 = library.newVersion(
                sharer, item.getId(), upload(sharer, "v3.pdf", pdf("v3")).getToken(), "Typos");
        assertEquals(
                List.of(3, 2, 1),
                library.versions(other, item.getId()).stream()
                        .map(ItemVersion::getNumber)
                        .toList());
        assertEquals("Renamed report", library.item(other, item.getId()).getTitle());
        try (InputStream in =
                store.open(library.version(other, item.getId(), 1).getFile().getBlobKey())) {
            assertArrayEquals(pdf("v1"), in.readAllBytes(), "every version stays downloadable");
        }
        assertThrows(
                NotAllowedException.class,
                () -> library.newVersion(
                        sharer,
                        item.getId(),
                        upload(sharer, "v4.pdf", pdf("v4")).getToken(),
                        " "),
                "a version needs a change note");
        assertThrows(
                NotAllowedException.class,
                () -> library.newVersion(sharer, item.getId(), otherUpload.getToken(), "someone else's file"),
                "an upload is only its uploader's");
        assertEquals(3, v3.getNumber());

        library.setHidden(moderator, item.getId(), true, "Checking the licence");
        assertThrows(NotFoundException.class, () -> library.item(other, item.getId()), "hidden from members");
        assertEquals(item.getId(), library.item(moderator, item.getId()).getId(), "moderators still see it");
        library.delete(moderator, item.getId(), "Duplicate");
        assertThrows(NotFoundException.class, () -> library.item(moderator, item.getId()));
    }

    private java.time.LocalTime ukTime() {
        return clock.instant().atZone(org.ccionetwork.portal.text.Formats.UK).toLocalTime();
    }

    /** Moves the portal's clock forward to the next moment the UK's clocks show this time. */
    private void advanceToUkTime(java.time.LocalTime target) {
        var now = clock.instant().atZone(org.ccionetwork.portal.text.Formats.UK);
        var next = now.with(target);
        if (!next.isAfter(now)) {
            next = now.plusDays(1).with(target);
        }
        clocks.advance(Duration.between(now, next));
    }

    /** The upload files waiting in the server's temporary folder. */
    private static List<String> temporaryUploads() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith("portal-upload-"))
                    .toList();
        }
    }

    @Test
    void refusedUploadsSayWhyAndLeaveNothingBehind() throws Exception {
        var member = person(Role.MEMBER);
        long before = chunks();
        var temporaryBefore = temporaryUploads();
        var tooLarge = assertThrows(
                UploadRefusedException.class,
                () -> receiver.receive(
                        member, "big.pdf", receiver.maxBytes() + 1, new ByteArrayInputStream(new byte[0])));
        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.getMessage().contains("larger than 50 MB"));
        // Twice the limit, unannounced: reading stops soon after the limit, not at the end of the body.
        var body = new ZeroStream(receiver.maxBytes() * 2);
        var unannounced = assertThrows(
                UploadRefusedException.class,
                () -> receiver.receive(member, "big.pdf", -1, body),
                "counted while reading");
        assertEquals(413, unannounced.status());
        assertTrue(
                body.left >= receiver.maxBytes() - 1024 * 1024,
                "read " + (receiver.maxBytes() * 2 - body.left) + " bytes of a body refused at " + receiver.maxBytes());
        assertEquals(temporaryBefore, temporaryUploads(), "the refused file's temporary copy is deleted");

        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                415,
                assertThrows(UploadRefusedException.class, () -> upload(member, "report.pdf", html))
                        .status());
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                415,
                assertThrows(UploadRefusedException.class, () -> upload(member, "report.pdf", svg))
                        .status());
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        assertEquals(
                415,
                assertThrows(UploadRefusedException.class, () -> upload(member, "tool.pdf", elf))
                        .status());
        var empty = assertThrows(UploadRefusedException.class, () -> upload(member, "empty.pdf", new byte[0]));
        assertTrue(empty.getMessage().contains("empty"));
        var traversal =
                assertThrows(UploadRefusedException.class, () -> upload(member, "../../etc/passwd.pdf", pdf("x")));
        assertTrue(traversal.getMessage().contains("folders"));
        assertThrows(
                NotAllowedException.class,
                () -> upload(Viewer.ANONYMOUS, "report.pdf", pdf("x")),
                "visitors upload nothing");

        assertEquals(before, chunks(), "no bytes kept of any refused file");
        assertEquals(temporaryBefore, temporaryUploads(), "no temporary copy left of any refused file");
    }

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.library.uploads-per-hour")
    @Inject
    int uploadsPerHour;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.library.upload-mb-per-day")
    @Inject
    int uploadMbPerDay;

    @Inject
    private UploadPurger purger;

    @Inject
    private Clock clock;

    @jakarta.annotation.Resource
    private jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Test
    void aMemberUploadsNoMoreFilesInAnHourThanTheLimitAndTheOneTooManyLeavesNothing() throws Exception {
        var member = person(Role.MEMBER);
        for (int i = 0; i < uploadsPerHour - 1; i++) {
            upload(member, "part-" + i + ".pdf", pdf("part " + i));
        }
        shareFile(member, collection(false), Visibility.PUBLIC, pdf("shared files count too"));
        long before = chunks();
        var refused = assertThrows(UploadRefusedException.class, () -> upload(member, "more.pdf", pdf("more")));
        assertEquals(429, refused.status());
        assertTrue(refused.getMessage().contains(uploadsPerHour + " files in the last hour"), refused.getMessage());
        assertEquals(before, chunks(), "nothing kept of the refused file");
        upload(person(Role.MEMBER), "other.pdf", pdf("another member is not held back"));
    }

    @Test
    void aMemberUploadsNoMoreBytesInADayThanTheLimit() throws Exception {
        var member = person(Role.MEMBER);
        long mb = 1024L * 1024;
        long big = (uploadMbPerDay - 10) * mb;
        receiver.receive(member, "big.pdf", big, new PdfStream(big));
        var announced = assertThrows(
                UploadRefusedException.class,
                () -> receiver.receive(member, "next.pdf", 11 * mb, new PdfStream(11 * mb)),
                "refused before reading, by its announced size");
        assertEquals(429, announced.status());
        assertTrue(announced.getMessage().contains(uploadMbPerDay + " MB in a day"), announced.getMessage());
        long before = chunks();
        var unannounced = assertThrows(
                UploadRefusedException.class,
                () -> receiver.receive(member, "next.pdf", -1, new PdfStream(11 * mb)),
                "refused once read, by its real size");
        assertEquals(429, unannounced.status());
        assertEquals(before, chunks(), "nothing kept of the refused file");
        receiver.receive(member, "small.pdf", 9 * mb, new PdfStream(9 * mb));
    }

    @Test
    void manyTabsUploadingAtOnceStillStopAtTheLimit() throws Exception {
        var member = person(Role.MEMBER);
        int left = 3;
        for (int i = 0; i < uploadsPerHour - left; i++) {
            upload(member, "earlier-" + i + ".pdf", pdf("earlier " + i));
        }
        var start = new java.util.concurrent.CountDownLatch(1);
        var sent = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            sent.add(executor.submit(() -> {
                start.await();
                try {
                    upload(member, "tab-" + n + ".pdf", pdf("tab " + n));
                    return true;
                } catch (UploadRefusedException refused) {
                    assertEquals(429, refused.status());
                    return false;
                }
            }));
        }
        start.countDown();
        int kept = 0;
        for (var result : sent) {
            if (result.get(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kept++;
            }
        }
        assertEquals(left, kept, "the last few allowed, sent at the same moment, each counted the others");
    }

    @Test
    void uploadsNeverSharedAreDeletedWithTheirBytesAndSharedOnesStay() throws Exception {
        var member = person(Role.MEMBER);
        var forgotten = upload(member, "forgotten.pdf", pdf("left in a closed tab"));
        var item = shareFile(member, collection(false), Visibility.PUBLIC, pdf("shared and kept"));
        try (var in = store.open(forgotten.getFile().getBlobKey())) {
            assertArrayEquals(pdf("left in a closed tab"), in.readAllBytes());
        }

        assertTrue(purger.purgeSentBefore(clock.instant().plusSeconds(1)) >= 1);

        try (var in = store.open(forgotten.getFile().getBlobKey())) {
            assertEquals(0, in.readAllBytes().length, "the forgotten file's bytes are gone");
        }
        assertThrows(
                NotAllowedException.class,
                () -> library.shareFile(
                        member,
                        forgotten.getToken(),
                        new ItemDetails("Too late", "", collection(false), List.of(), Visibility.PUBLIC, null)),
                "a form still holding it is told to upload again");
        try (var in =
                store.open(library.version(member, item.getId(), 1).getFile().getBlobKey())) {
            assertArrayEquals(pdf("shared and kept"), in.readAllBytes());
        }
        var fresh = upload(member, "fresh.pdf", pdf("just sent"));
        purger.purgeSentBefore(clock.instant().minus(Duration.ofHours(24)));
        uploads.upload(member, fresh.getToken());
    }

    /** A PDF header followed by zeros up to a given length, made as it is read. */
    private static final class PdfStream extends InputStream {
        private final InputStream header = new ByteArrayInputStream(pdf("large"));
        private final ZeroStream rest;

        PdfStream(long length) {
            rest = new ZeroStream(length - pdf("large").length);
        }

        @Override
        public int read() throws java.io.IOException {
            int b = header.read();
            return b >= 0 ? b : rest.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
            int read = header.read(buffer, offset, length);
            return read > 0 ? read : rest.read(buffer, offset, length);
        }
    }

    /** A stream of zeros of a given length, made as it is read (nothing held in memory). */
    private static final class ZeroStream extends InputStream {
        private long left;

        ZeroStream(long length) {
            this.left = length;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + count, (byte) 0);
            left -= count;
            return count;
        }
    }

    @Test
    void theDatabaseStoreStreamsFilesOfManyChunks() throws Exception {
        byte[] bytes = new byte[DatabaseFileStore.CHUNK * 3 + 123];
        new Random(11).nextBytes(bytes);
        var databaseStore = new DatabaseFileStore(database.dataSource());
        String key = databaseStore.put(new ByteArrayInputStream(bytes));
        try (var in = databaseStore.open(key)) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
        databaseStore.delete(key);
        try (var in = databaseStore.open(key)) {
            assertEquals(0, in.readAllBytes().length);
        }
    }

    @Test
    void downloadsCountOncePerMemberPerUkDayRightUpToMidnight() throws Exception {
        var sharer = person(Role.MEMBER);
        var reader = person(Role.MEMBER);
        var item = shareFile(sharer, collection(false), Visibility.PUBLIC, pdf("counted"));
        // At noon in the UK, whatever time the test runs: nowhere near a day's edge.
        advanceToUkTime(java.time.LocalTime.NOON);
        library.countDownload(reader, item.getId());
        library.countDownload(reader, item.getId());
        library.countDownload(Viewer.ANONYMOUS, item.getId());
        assertEquals(1, library.item(reader, item.getId()).getDownloadCount());
        library.countDownload(sharer, item.getId());
        assertEquals(2, library.item(reader, item.getId()).getDownloadCount());

        // The last moments of the same UK day count as that day; the first of the next, again once.
        advanceToUkTime(java.time.LocalTime.of(23, 59, 58, 500_000_000));
        library.countDownload(reader, item.getId());
        assertEquals(2, library.item(reader, item.getId()).getDownloadCount(), "still the same UK day at 23:59:58");
        clocks.advance(Duration.ofSeconds(2));
        assertEquals(java.time.LocalTime.MIDNIGHT, ukTime().withNano(0).withSecond(0), "just past midnight");
        library.countDownload(reader, item.getId());
        library.countDownload(reader, item.getId());
        assertEquals(3, library.item(reader, item.getId()).getDownloadCount(), "again the next day, once");

        var mostDownloaded = library.items(
                reader, item.getCollection().getSlug(), null, LibraryService.Order.DOWNLOADS, Optional.empty());
        assertEquals(item.getId(), mostDownloaded.items().getFirst().getId());
    }

    @Test
    void theDayTheClocksGoBackIsOneUkDayOfTwentyFiveHours() throws Exception {
        var sharer = person(Role.MEMBER);
        var reader = person(Role.MEMBER);
        var item = shareFile(sharer, collection(false), Visibility.PUBLIC, pdf("counted over the change"));
        // The next last Sunday of October that has not begun yet, by the portal's clock.
        var today = java.time.LocalDate.ofInstant(clock.instant(), org.ccionetwork.portal.text.Formats.UK);
        var change =
                today.withMonth(10).with(java.time.temporal.TemporalAdjusters.lastInMonth(java.time.DayOfWeek.SUNDAY));
        if (!change.isAfter(today)) {
            change = today.plusYears(1)
                    .withMonth(10)
                    .with(java.time.temporal.TemporalAdjusters.lastInMonth(java.time.DayOfWeek.SUNDAY));
        }
        var dayStarts =
                change.atStartOfDay(org.ccionetwork.portal.text.Formats.UK).toInstant();
        var nextDayStarts = change.plusDays(1)
                .atStartOfDay(org.ccionetwork.portal.text.Formats.UK)
                .toInstant();
        assertEquals(Duration.ofHours(25), Duration.between(dayStarts, nextDayStarts), "the clocks go back that day");

        clocks.advanceTo(dayStarts.plusSeconds(30)); // 00:00:30 BST
        library.countDownload(reader, item.getId());
        assertEquals(1, library.item(reader, item.getId()).getDownloadCount());
        clocks.advanceTo(nextDayStarts.minusSeconds(30)); // 23:59:30 GMT, 24 h 59 min later, the same UK day
        library.countDownload(reader, item.getId());
        assertEquals(1, library.item(reader, item.getId()).getDownloadCount(), "the same UK day, 25 hours long");
        clocks.advanceTo(nextDayStarts.plusSeconds(1));
        library.countDownload(reader, item.getId());
        assertEquals(2, library.item(reader, item.getId()).getDownloadCount(), "the next UK day");
    }

    @Test
    void listsPageByKeysetWithoutRepeatsOrGaps() throws Exception {
        var member = person(Role.MEMBER);
        String collection = collection(false);
        for (int i = 0; i < LibraryService.PAGE_SIZE + 5; i++) {
            library.shareLink(
                    member,
                    new ItemDetails(
                            "Link " + i,
                            "",
                            collection,
                            List.of("paging"),
                            Visibility.PUBLIC,
                            "https://example.org/" + i));
        }
        var first = library.items(member, collection, null, LibraryService.Order.NEWEST, Optional.empty());
        assertEquals(LibraryService.PAGE_SIZE, first.items().size());
        var second = library.items(
                member, collection, null, LibraryService.Order.NEWEST, ItemCursor.parse(first.nextCursor()));
        assertEquals(5, second.items().size());
        assertEquals(null, second.nextCursor());
        var all = new java.util.HashSet<Long>();
        first.items().forEach(i -> all.add(i.getId()));
        second.items().forEach(i -> all.add(i.getId()));
        assertEquals(LibraryService.PAGE_SIZE + 5, all.size());
        var byDownloads = library.items(member, collection, "paging", LibraryService.Order.DOWNLOADS, Optional.empty());
        var rest = library.items(
                member,
                collection,
                "paging",
                LibraryService.Order.DOWNLOADS,
                ItemCursor.parse(byDownloads.nextCursor()));
        assertEquals(5, rest.items().size());
    }

    @Test
    void itemsListTheForumTopicsThatLinkThem() throws Exception {
        var member = person(Role.MEMBER);
        var admin = person(Role.MEMBER, Role.MODERATOR, Role.ADMIN);
        var item = shareFile(member, collection(false), Visibility.PUBLIC, pdf("linked"));
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var closed = categories.createCategory(
                admin, "lib-" + unique, "Lib " + unique, "", "#005eb8", 1, Visibility.MEMBERS, null);
        var topic = posting.startTopic(
                member,
                closed.getId(),
                "Our business case",
                "See [the report](" + Links.item(item.getId())
                        + ") and [a missing one](/library/item.xhtml?id=999999999).",
                TopicKind.DISCUSSION,
                List.of());
        assertEquals(
                List.of(topic.getId()),
                itemTopics.topics(member, item.getId()).stream()
                        .map(t -> t.getId())
                        .toList());
        assertEquals(
                List.of(),
                itemTopics.topics(Viewer.ANONYMOUS, item.getId()),
                "a members-only topic is not listed to visitors");
    }

    @Test
    void handbooksHaveOwnersAndReviewDates() throws Exception {
        var owner = person(Role.MEMBER);
        var other = person(Role.MEMBER);
        var moderator = person(Role.MEMBER, Role.MODERATOR);
        var item = shareFile(owner, collection(true), Visibility.MEMBERS, pdf("handbook"));
        assertEquals(
                owner.memberId(), library.item(owner, item.getId()).getOwner().getId(), "the sharer owns it at first");
        assertTrue(library.item(owner, item.getId()).getReviewBy().isAfter(library.today()));

        library.setReview(moderator, item.getId(), null, library.today().minusDays(1));
        assertThrows(
                NotFoundException.class,
                () -> library.setReview(owner, item.getId(), null, null),
                "only moderators set them");
        assertTrue(
                library.dueForReview(moderator).stream().anyMatch(i -> i.getId().equals(item.getId())));
        assertFalse(library.dueForReview(owner).stream().anyMatch(i -> i.getId().equals(item.getId())), "no owner now");
        var username = members.byIds(List.of(owner.memberId())).getFirst().getUsername();
        library.setReview(moderator, item.getId(), username, library.today());
        assertTrue(library.dueForReview(owner).stream().anyMatch(i -> i.getId().equals(item.getId())));
        assertFalse(library.dueForReview(other).stream().anyMatch(i -> i.getId().equals(item.getId())));
        assertThrows(
                NotAllowedException.class,
                () -> library.setReview(moderator, item.getId(), "nobody-" + UUID.randomUUID(), null));
    }
}
