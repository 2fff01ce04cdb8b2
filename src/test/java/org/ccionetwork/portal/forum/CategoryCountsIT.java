package org.ccionetwork.portal.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.testing.BothDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one statement that counts a post in its category, on each database: topics and posts go up
 * by what was written, and the last activity only ever moves forward (a late commit of an earlier
 * post does not move it back).
 */
class CategoryCountsIT {

    private static final Instant T0 = Instant.parse("2026-11-26T09:30:00Z");

    @RegisterExtension
    static final BothDatabases databases = new BothDatabases();

    @ParameterizedTest
    @MethodSource(BothDatabases.NAMES)
    void countsPostsAndTopicsAndKeepsTheLatestActivity(String database) {
        var emf = BothDatabases.jpa(databases.migrated(database));
        var em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            var category = new Category("counts", "Counts", "", "#005eb8", 1, Visibility.PUBLIC, null);
            em.persist(category);
            em.flush();
            long id = category.getId();
            assertEquals(1, Categories.countPost(em, id, true, T0));
            Categories.countPost(em, id, false, T0.plusSeconds(60));
            Categories.countPost(em, id, false, T0.plusSeconds(30));
            em.getTransaction().commit();
            em.clear();

            var counted = em.find(Category.class, id);
            assertEquals(1, counted.getTopicCount(), "one new topic");
            assertEquals(3, counted.getPostCount(), "three posts");
            assertEquals(T0.plusSeconds(60), counted.getLastActivity(), "the latest, not the last written");
        } finally {
            em.close();
            emf.close();
        }
    }
}
