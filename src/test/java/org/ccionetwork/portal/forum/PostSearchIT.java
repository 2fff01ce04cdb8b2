package org.ccionetwork.portal.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.testing.BothDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each database's search (PostgreSQL's full-text search, H2's term table) finds the posts that hold
 * every word searched for, titles included for opening posts, newest first, page by page, and
 * forgets the words a post no longer has. Only PostgreSQL stems words.
 */
class PostSearchIT {

    private static final Instant T0 = Instant.parse("2026-11-26T09:30:00Z");

    @RegisterExtension
    static final BothDatabases databases = new BothDatabases();

    @ParameterizedTest
    @MethodSource(BothDatabases.NAMES)
    void findsThePostsHoldingEveryWordNewestFirst(String database) {
        var search = database.equals("postgresql") ? PostSearch.POSTGRES_TEXT : PostSearch.TERM_TABLE;
        var emf = BothDatabases.jpa(databases.migrated(database));
        var em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            var author = Member.firstSignIn(
                    new SignInClaims(UUID.randomUUID().toString(), "Priya Shah", null, null, null, Set.of(Role.MEMBER)),
                    T0);
            em.persist(author);
            var category = new Category("search", "Search", "", "#005eb8", 1, Visibility.PUBLIC, null);
            em.persist(category);
            var topic = new Topic(category, "Discharge to primary care", TopicKind.DISCUSSION, author, List.of(), T0);
            em.persist(topic);
            em.flush(); // posts refer to their topic by id, so it is written first
            long opening = post(em, search, topic, 1, author, "How do others do it?");
            long byEmail = post(em, search, topic, 2, author, "We send the discharge letter by email.");
            long sameDay = post(em, search, topic, 3, author, "Discharge letters reach the practice the same day.");
            post(em, search, topic, 4, author, "Nothing about that here.");
            em.getTransaction().commit();

            assertEquals(
                    List.of(sameDay, byEmail, opening),
                    search.find(em, List.of("discharge"), Long.MAX_VALUE, 10),
                    "the opening post by its title");
            assertEquals(List.of(sameDay, byEmail), search.find(em, List.of("discharge"), Long.MAX_VALUE, 2));
            assertEquals(
                    List.of(byEmail, opening), search.find(em, List.of("discharge"), sameDay, 10), "the next page");
            assertEquals(List.of(byEmail), search.find(em, List.of("discharge", "email"), Long.MAX_VALUE, 10));
            assertEquals(List.of(), search.find(em, List.of("discharge", "fax"), Long.MAX_VALUE, 10));
            assertEquals(
                    database.equals("postgresql") ? List.of(sameDay, byEmail) : List.of(byEmail),
                    search.find(em, List.of("letter"), Long.MAX_VALUE, 10),
                    "PostgreSQL stems English words: 'letter' finds 'letters' too");

            em.getTransaction().begin();
            search.index(em, byEmail, "We send it by fax now.");
            em.getTransaction().commit();
            assertEquals(List.of(byEmail), search.find(em, List.of("fax"), Long.MAX_VALUE, 10));
            assertEquals(List.of(), search.find(em, List.of("email"), Long.MAX_VALUE, 10), "an edit forgets old words");
        } finally {
            em.close();
            emf.close();
        }
    }

    private static long post(EntityManager em, PostSearch search, Topic topic, int number, Member author, String text) {
        var post = new Post(topic, number, author, text, "<p>" + text + "</p>", null, T0);
        em.persist(post);
        em.flush();
        search.index(em, post.getId(), number == 1 ? topic.getTitle() + "\n" + text : text);
        return post.getId();
    }
}
