package org.ccionetwork.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ccionetwork.portal.events.EventDetails;
import org.ccionetwork.portal.events.EventKind;
import org.ccionetwork.portal.events.EventService;
import org.ccionetwork.portal.events.Programme;
import org.ccionetwork.portal.forum.Categories;
import org.ccionetwork.portal.forum.Moderating;
import org.ccionetwork.portal.forum.Posting;
import org.ccionetwork.portal.forum.TopicKind;
import org.ccionetwork.portal.library.ItemDetails;
import org.ccionetwork.portal.library.LibraryService;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.members.Profile;
import org.ccionetwork.portal.news.ArticleContent;
import org.ccionetwork.portal.news.NewsService;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the deployed portal, through the features' own services: one search over every kind finds
 * exactly what each reader may read (a visitor the public things, a member and a moderator the
 * members' things too; hidden, deleted and draft things nobody), counts only those, ranks title
 * matches first, marks the words in excerpts, suggests while typing, and follows each change
 * (hidden, deleted, moved to a members-only category, a profile field hidden) once committed.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClass(org.ccionetwork.portal.testing.Pdfs.class);
    }

    @Inject
    private Search search;

    @Inject
    private MemberService members;

    @Inject
    private Categories categories;

    @Inject
    private Posting posting;

    @Inject
    private Moderating moderating;

    @Inject
    private NewsService news;

    @Inject
    private LibraryService library;

    @Inject
    private EventService events;

    @Inject
    private Programme programme;

    @Inject
    private org.ccionetwork.portal.library.UploadReceiver receiver;

    @Inject
    private org.ccionetwork.portal.persistence.Database database;

    /**
     * Waits until every change committed so far is in the index: the documents are written in the
     * background once a change commits (SearchWorker), so the queue empties within moments.
     */
    private void awaitIndexed() throws Exception {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try (var connection = database.dataSource().getConnection();
                    var rows = connection.createStatement().executeQuery("select count(*) from search_queue")) {
                rows.next();
                if (rows.getLong(1) == 0) {
                    return;
                }
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("The search queue did not empty within 20 s");
            }
            Thread.sleep(50);
        }
    }

    private Viewer person(Role... roles) {
        String subject = UUID.randomUUID().toString();
        var member = members.recordSignIn(new SignInClaims(
                subject,
                "user-" + subject.substring(0, 8),
                "Searcher " + subject.substring(0, 4),
                null,
                null,
                null,
                Set.of(roles)));
        return new Viewer(member.getId(), Set.of(roles));
    }

    /** The same fixture for each test: each kind public, members-only, hidden or deleted, with one word of its own. */
    private record Fixture(
            String word,
            Viewer admin,
            Viewer moderator,
            Viewer member,
            long publicTopic,
            long closedCategory,
            long hiddenReply,
            long publicItem) {}

    private Fixture fixture() throws Exception {
        String word = "zq" + (1_000_000_000L + new java.util.Random().nextLong(8_000_000_000L));
        var admin = person(Role.MEMBER, Role.MODERATOR, Role.ADMIN);
        var moderator = person(Role.MEMBER, Role.MODERATOR);
        var author = person(Role.MEMBER);
        String unique = word.substring(2, 10);
        var open = categories.createCategory(
                admin, "o-" + unique, "Open " + unique, "", "#005eb8", 1, Visibility.PUBLIC, null);
        var closed = categories.createCategory(
                admin, "c-" + unique, "Closed " + unique, "", "#d5281b", 2, Visibility.MEMBERS, null);

        // Discussions: a public question with the word in its title, a reply in its body (then hidden), a
        // members-only topic, a deleted one.
        var topic = posting.startTopic(
                author,
                open.getId(),
                "Who has done " + word + " before?",
                "We go live in May.",
                TopicKind.QUESTION,
                List.of("epr"));
        var reply = posting.reply(person(Role.MEMBER), topic.getId(), "We did " + word + " last year.", null);
        var hidden = posting.reply(person(Role.MEMBER), topic.getId(), "Rude words about " + word, null);
        moderating.hide(moderator, hidden.getId(), "rude");
        posting.startTopic(
                author, closed.getId(), "Between us", "Our " + word + " plan.", TopicKind.DISCUSSION, List.of());
        var deleted = posting.startTopic(
                author, open.getId(), "Gone", "A " + word + " thought.", TopicKind.DISCUSSION, List.of());
        moderating.deleteTopic(moderator, deleted.getId(), "spam");

        // News: published public and members-only articles, and a draft.
        var published = news.create(moderator, article(word + " goes live", Visibility.PUBLIC), List.of());
        news.publishNow(moderator, published.getId());
        var membersOnly = news.create(moderator, article("Inside " + word, Visibility.MEMBERS), List.of());
        news.publishNow(moderator, membersOnly.getId());
        news.create(moderator, article("Draft " + word, Visibility.PUBLIC), List.of());

        // Library: a public link, a members-only one, a hidden one, a deleted one.
        String collection = "col-" + unique;
        library.createCollection(admin, collection, "Collection " + unique, "", 9, false);
        var item =
                library.shareLink(author, link("Handbook", "A guide to " + word + ".", collection, Visibility.PUBLIC));
        library.shareLink(author, link("Members' notes", "Notes on " + word + ".", collection, Visibility.MEMBERS));
        var hiddenItem =
                library.shareLink(author, link("Hidden", "About " + word + ".", collection, Visibility.PUBLIC));
        library.setHidden(moderator, hiddenItem.getId(), true, "check");
        var deletedItem =
                library.shareLink(author, link("Deleted", "About " + word + ".", collection, Visibility.PUBLIC));
        library.delete(moderator, deletedItem.getId(), "duplicate");

        // Events: a published public event whose programme names the word, and a draft.
        var event = events.create(moderator, event("Regional day " + unique, Visibility.PUBLIC));
        var starts = event.getStarts();
        programme.add(
                moderator,
                event.getId(),
                starts,
                starts.plus(Duration.ofHours(1)),
                "Lessons from " + word,
                "Dr A Speaker");
        events.publish(moderator, event.getId());
        events.create(moderator, event("Draft " + word, Visibility.PUBLIC));

        // People: one shows the word as expertise, one hides it.
        members.updateProfile(person(Role.MEMBER), profile(word, Set.of()));
        members.updateProfile(person(Role.MEMBER), profile(word, Set.of(Profile.Field.EXPERTISE)));
        awaitIndexed();
        return new Fixture(
                word,
                admin,
                moderator,
                person(Role.MEMBER),
                topic.getId(),
                closed.getId(),
                hidden.getId(),
                item.getId());
    }

    private static ArticleContent article(String title, Visibility visibility) {
        return new ArticleContent(title, "Summary", "Body text.", List.of("news"), null, null, visibility, null);
    }

    private static ItemDetails link(String title, String description, String collection, Visibility visibility) {
        return new ItemDetails(
                title, description, collection, List.of("guide"), visibility, "https://example.org/" + title.length());
    }

    private static EventDetails event(String title, Visibility visibility) {
        Instant starts = Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        return new EventDetails(
                title,
                EventKind.REGIONAL,
                starts,
                starts.plus(Duration.ofHours(6)),
                "Leeds",
                null,
                "North East and Yorkshire",
                "A day together.",
                40,
                Instant.now().minus(Duration.ofDays(1)),
                starts.minus(Duration.ofDays(1)),
                visibility,
                new BigDecimal("5"),
                false);
    }

    private static Profile profile(String expertise, Set<Profile.Field> hidden) {
        return new Profile("CCIO", null, null, null, null, null, List.of(expertise), "", hidden);
    }

    private Map<SearchKind, Integer> counts(Viewer viewer, String typed) {
        var counts = new EnumMap<SearchKind, Integer>(SearchKind.class);
        search.search(viewer, typed, null, null).counts().forEach(counts::put);
        return counts;
    }

    private static Map<SearchKind, Integer> expected(int discussions, int news, int library, int events, int people) {
        return new EnumMap<>(Map.of(
                SearchKind.DISCUSSIONS, discussions,
                SearchKind.NEWS, news,
                SearchKind.LIBRARY, library,
                SearchKind.EVENTS, events,
                SearchKind.PEOPLE, people));
    }

    @Test
    void eachReaderFindsExactlyWhatTheyMayRead() throws Exception {
        var f = fixture();
        assertEquals(expected(2, 1, 1, 1, 0), counts(Viewer.ANONYMOUS, f.word()), "a visitor: public things only");
        assertEquals(expected(3, 2, 2, 1, 1), counts(f.member(), f.word()), "a member: the members' things too");
        assertEquals(
                expected(3, 2, 2, 1, 1),
                counts(f.moderator(), f.word()),
                "a moderator: never the hidden, deleted or drafts");

        var discussions = search.search(Viewer.ANONYMOUS, f.word(), SearchKind.DISCUSSIONS, null);
        var hits = discussions.hits().get(SearchKind.DISCUSSIONS);
        assertEquals(2, hits.size());
        assertTrue(
                hits.getFirst().link().endsWith("#post-1"),
                "the title match first: " + hits.getFirst().link());
        assertTrue(
                hits.stream().allMatch(h -> h.title().startsWith("Who has done")), "replies show their topic's title");
        assertTrue(
                hits.get(1).excerpt().parts().stream()
                        .anyMatch(p -> p.marked() && p.text().equals(f.word())),
                "the word is marked in the excerpt");

        var all = search.search(f.member(), f.word(), null, null);
        assertEquals(Set.of(SearchKind.values()), all.hits().keySet(), "all kinds side by side");
    }

    @Test
    void followsChangesOnceCommitted() throws Exception {
        var f = fixture();
        categories.updateCategory(f.admin(), openCategoryOf(f), "Now closed", "", "#005eb8", 1, Visibility.MEMBERS);
        awaitIndexed();
        assertEquals(0, counts(Viewer.ANONYMOUS, f.word()).get(SearchKind.DISCUSSIONS), "a category made members-only");
        assertEquals(3, counts(f.member(), f.word()).get(SearchKind.DISCUSSIONS));

        moderating.unhide(f.moderator(), f.hiddenReply(), "fine after all");
        awaitIndexed();
        assertEquals(4, counts(f.member(), f.word()).get(SearchKind.DISCUSSIONS), "shown again, found again");

        library.setHidden(f.moderator(), f.publicItem(), true, "check");
        awaitIndexed();
        assertEquals(0, counts(Viewer.ANONYMOUS, f.word()).get(SearchKind.LIBRARY));
    }

    private long openCategoryOf(Fixture f) {
        return categories.readable(Viewer.ANONYMOUS).stream()
                .filter(c -> c.getName().equals("Open " + f.word().substring(2, 10)))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    @Test
    void suggestsWhileTypingAndAnswersOddInputPlainly() throws Exception {
        var f = fixture();
        String typed = "who has done " + f.word().substring(0, 6);
        var suggestions = search.suggest(Viewer.ANONYMOUS, typed, 6);
        assertTrue(
                suggestions.stream().anyMatch(h -> h.title().equals("Who has done " + f.word() + " before?")),
                suggestions.toString());
        assertEquals(List.of(), search.suggest(Viewer.ANONYMOUS, "zq", 6), "under three letters: nothing yet");
        for (String odd : List.of(
                "",
                "a",
                "-",
                "\"",
                "!!&&||",
                "'; drop table members; --",
                "%_%",
                "x".repeat(100_000),
                "医療 情報",
                "🩺🩺",
                "\u0000",
                "-" + f.word(),
                "\"" + f.word())) {
            var results = search.search(f.member(), odd, null, null);
            assertTrue(results.total() >= 0, odd);
            search.search(f.member(), odd, SearchKind.PEOPLE, "99_99");
            search.suggest(f.member(), odd, 6);
        }
        assertEquals(0, search.search(f.member(), "-" + f.word(), null, null).total(), "a minus alone finds nothing");
        assertEquals(
                3,
                search.search(f.member(), "\"" + f.word(), SearchKind.DISCUSSIONS, "bad-cursor")
                        .counts()
                        .get(SearchKind.DISCUSSIONS),
                "an unclosed quote reads as a phrase; a bad cursor as none");
    }

    @Test
    void findsAWordThatIsOnlyInsideAnUploadedPdf() throws Exception {
        var f = fixture();
        String inside = "pdfonly" + f.word().substring(2);
        byte[] pdf =
                org.ccionetwork.portal.testing.Pdfs.pdf("Clinical safety handbook", "Chapter one", "About " + inside);
        String collection = "pdf-" + f.word().substring(2, 10);
        library.createCollection(f.admin(), collection, "PDFs " + collection, "", 9, false);
        var sharer = person(Role.MEMBER);
        var upload = receiver.receive(sharer, "handbook.pdf", pdf.length, new java.io.ByteArrayInputStream(pdf));
        var item = library.shareFile(
                sharer,
                upload.getToken(),
                new ItemDetails(
                        "Safety handbook", "Our handbook.", collection, List.of("safety"), Visibility.PUBLIC, null));
        awaitIndexed();

        var found = search.search(Viewer.ANONYMOUS, inside, SearchKind.LIBRARY, null)
                .hits()
                .get(SearchKind.LIBRARY);
        assertEquals(
                List.of("/library/item.xhtml?id=" + item.getId()),
                found.stream().map(Search.Hit::link).toList());
        assertTrue(
                found.getFirst().excerpt().parts().stream()
                        .anyMatch(p -> p.marked() && p.text().equals(inside)),
                "the excerpt comes from inside the file, the word marked");
        assertEquals(
                0, search.search(Viewer.ANONYMOUS, inside, null, null).counts().get(SearchKind.DISCUSSIONS));
    }
}
