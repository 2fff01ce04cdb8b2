package org.ccionetwork.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.testing.BothDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each database's search (PostgreSQL's weighted full-text search, H2's term table) ranks a title
 * match above a body match, finds phrases, leaves out words after a minus, matches the beginning of
 * a word while typing, counts and pages by keyset only over what the reader may find, and forgets
 * a document removed.
 */
class TextIndexIT {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @RegisterExtension
    static final BothDatabases databases = new BothDatabases();

    private static final List<Visibility> VISITOR = List.of(Visibility.PUBLIC);
    private static final List<Visibility> MEMBER = List.of(Visibility.PUBLIC, Visibility.MEMBERS);

    @ParameterizedTest
    @MethodSource(BothDatabases.NAMES)
    void ranksFiltersAndPagesOnEachDatabase(String database) {
        var index = database.equals("postgresql") ? TextIndex.POSTGRES_TEXT : TextIndex.TERM_TABLE;
        var emf = BothDatabases.jpa(databases.migrated(database));
        var em = emf.createEntityManager();
        // Words of this run only (digits: no stemming): the PostgreSQL database is shared by the class's tests.
        var random = new java.util.Random();
        String word = "zq" + (1_000_000_000L + random.nextLong(8_000_000_000L));
        String other = "xv" + (1_000_000_000L + random.nextLong(8_000_000_000L));
        long base = random.nextLong(1_000_000_000L) * 10;
        try {
            em.getTransaction().begin();
            put(em, index, "news", base + 1, Visibility.PUBLIC, "About " + word, "", "Nothing else here.", 0);
            put(em, index, "news", base + 2, Visibility.PUBLIC, "Other things", "", "The " + word + " in a body.", 0);
            put(em, index, "news", base + 3, Visibility.MEMBERS, "Members' " + word, "", "Between us.", 0);
            put(
                    em,
                    index,
                    "library",
                    base + 4,
                    Visibility.PUBLIC,
                    "A handbook",
                    word,
                    "A " + word + " " + other + " plan.",
                    0);
            put(em, index, "library", base + 5, Visibility.PUBLIC, "Liked", "", "The " + word + " again.", 10);
            em.getTransaction().commit();

            var query = SearchQuery.parse(word, false);
            assertEquals(
                    List.of(base + 1, base + 2),
                    refs(index.find(em, "news", VISITOR, query, null, 10)),
                    "title first; a visitor never finds the members' article");
            var member = refs(index.find(em, "news", MEMBER, query, null, 10));
            assertEquals(
                    java.util.Set.of(base + 1, base + 3),
                    java.util.Set.copyOf(member.subList(0, 2)),
                    "both titles first");
            assertEquals(base + 2, member.get(2));
            assertEquals(
                    Map.of("news", 2, "library", 2, "people", 0),
                    index.counts(em, List.of("news", "library", "people"), VISITOR, query, 1000),
                    "a members-only document is not counted for a visitor");
            assertEquals(Map.of("news", 3), index.counts(em, List.of("news"), MEMBER, query, 1000));
            assertEquals(
                    Map.of("news", 2), index.counts(em, List.of("news"), MEMBER, query, 2), "counts stop at the cap");
            assertEquals(
                    List.of(base + 4, base + 5),
                    refs(index.find(em, "library", VISITOR, query, null, 10)),
                    "a summary word weighs more than a body word with the likes' boost");

            var best = index.best(em, "news", MEMBER, query, 2, 1000);
            assertEquals(member.subList(0, 2), refs(best.found()), "the best few, as find ranks them");
            assertEquals(3, best.count(), "and how many, counted past the few shown");
            assertEquals(2, index.best(em, "news", VISITOR, query, 2, 1000).count(), "only what a visitor may find");
            assertEquals(2, index.best(em, "news", MEMBER, query, 1, 2).count(), "counts stop at the cap");
            assertEquals(0, index.best(em, "people", MEMBER, query, 3, 1000).count());

            var firstPage = index.find(em, "news", MEMBER, query, null, 2);
            var last = firstPage.getLast();
            var all = new ArrayList<>(refs(firstPage));
            all.addAll(refs(index.find(em, "news", MEMBER, query, new long[] {last.rank(), last.id()}, 2)));
            assertEquals(member, all, "keyset pages: all, in order, nothing twice");

            assertEquals(List.of(base + 4), refs(find(em, index, "\"" + word + " " + other + "\"", false)), "a phrase");
            assertEquals(
                    List.of(),
                    refs(find(em, index, "\"" + other + " " + word + "\"", false)),
                    "its words in another order");
            assertEquals(
                    List.of(base + 1, base + 5, base + 2),
                    refs(find(em, index, word + " -" + other, false)),
                    "minus leaves out the handbook; the boost lifts the liked one");
            assertEquals(
                    List.of(base + 4),
                    refs(find(em, index, other.substring(0, 6), true)),
                    "the beginning of a word, while typing");
            assertEquals(
                    List.of(), refs(find(em, index, other.substring(0, 6), false)), "a search sent is whole words");

            em.getTransaction().begin();
            index.remove(em, "news", base + 1);
            em.getTransaction().commit();
            assertEquals(
                    List.of(base + 2), refs(index.find(em, "news", VISITOR, query, null, 10)), "removed, forgotten");
        } finally {
            em.close();
            emf.close();
        }
    }

    private static void put(
            EntityManager em,
            TextIndex index,
            String kind,
            long ref,
            Visibility visibility,
            String title,
            String summary,
            String body,
            int boost) {
        index.put(
                em,
                new SearchDocument(
                        kind,
                        ref,
                        null,
                        visibility,
                        title,
                        title,
                        summary,
                        body,
                        "/x/" + ref,
                        T0.plusSeconds(ref % 1000),
                        boost));
    }

    private static List<TextIndex.Found> find(EntityManager em, TextIndex index, String typed, boolean typing) {
        return index.find(em, null, VISITOR, SearchQuery.parse(typed, typing), null, 10);
    }

    private static List<Long> refs(List<TextIndex.Found> found) {
        return found.stream().map(TextIndex.Found::ref).toList();
    }
}
