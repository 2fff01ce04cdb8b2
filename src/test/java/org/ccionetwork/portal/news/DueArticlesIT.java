package org.ccionetwork.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.ccionetwork.portal.testing.BothDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Exactly once in a cluster": nodes publishing scheduled articles at the same moment, each in its
 * own transaction on the same database (H2 and PostgreSQL), together publish every due article,
 * none twice, none lost, and neither fails. Many rounds, so the two really overlap.
 */
class DueArticlesIT {

    @RegisterExtension
    static final BothDatabases databases = new BothDatabases();

    private static final int NODES = 3;
    private static final int ARTICLES = 60;
    private static final int ROUNDS = 8;

    @ParameterizedTest
    @MethodSource(BothDatabases.NAMES)
    void nodesRacingPublishEveryDueArticleExactlyOnce(String database) throws Exception {
        DataSource dataSource = databases.migrated(database);
        var emf = BothDatabases.jpa(dataSource);
        var nodes = Executors.newFixedThreadPool(NODES);
        try {
            long authorId = author(emf);
            Instant now = Instant.parse("2026-10-25T00:59:59Z");
            for (int round = 0; round < ROUNDS; round++) {
                var due = schedule(dataSource, authorId, now.minusSeconds(1), ARTICLES);
                var notYet = schedule(dataSource, authorId, now.plusSeconds(60), 3);
                var barrier = new CyclicBarrier(NODES);
                List<Future<List<Long>>> racers = new ArrayList<>();
                for (int node = 0; node < NODES; node++) {
                    racers.add(nodes.submit(() -> {
                        var em = emf.createEntityManager();
                        try {
                            em.getTransaction().begin();
                            barrier.await(30, TimeUnit.SECONDS);
                            var claimed = DueArticles.claim(em, now);
                            em.getTransaction().commit();
                            return claimed;
                        } finally {
                            if (em.getTransaction().isActive()) {
                                em.getTransaction().rollback();
                            }
                            em.close();
                        }
                    }));
                }
                var all = new ArrayList<Long>();
                for (var racer : racers) {
                    all.addAll(racer.get(60, TimeUnit.SECONDS)); // a node that failed fails the test
                }
                assertEquals(all.size(), new HashSet<>(all).size(), database + " round " + round + ": claimed twice");
                assertEquals(due, new HashSet<>(all), database + " round " + round + ": every due article, once");
                assertEquals(due, idsWithStatus(dataSource, "PUBLISHED", due));
                assertEquals(notYet, idsWithStatus(dataSource, "SCHEDULED", notYet), "not due yet: left alone");
            }
        } finally {
            nodes.shutdownNow();
            emf.close();
        }
    }

    private static long author(jakarta.persistence.EntityManagerFactory emf) {
        var em = emf.createEntityManager();
        em.getTransaction().begin();
        var member = Member.firstSignIn(
                new SignInClaims(UUID.randomUUID().toString(), "Mo Derator", null, null, null, Set.of(Role.MODERATOR)),
                Instant.now());
        em.persist(member);
        em.getTransaction().commit();
        em.close();
        return member.getId();
    }

    private static Set<Long> schedule(DataSource dataSource, long authorId, Instant at, int count) throws Exception {
        var ids = new HashSet<Long>();
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("insert into news_articles (id, slug, title, summary,"
                        + " body_source, body_html, tags, author_id, visibility, status, publish_at, image_version,"
                        + " created, updated, version) values (?, ?, 'Due', 'Summary', '', '', '', ?, 'PUBLIC',"
                        + " 'SCHEDULED', ?, 0, ?, ?, 1)")) {
            for (int i = 0; i < count; i++) {
                long id = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L);
                insert.setLong(1, id);
                insert.setString(2, "due-" + id);
                insert.setLong(3, authorId);
                insert.setObject(4, at.atOffset(ZoneOffset.UTC));
                insert.setObject(5, at.atOffset(ZoneOffset.UTC));
                insert.setObject(6, at.atOffset(ZoneOffset.UTC));
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
        }
        return ids;
    }

    private static Set<Long> idsWithStatus(DataSource dataSource, String status, Set<Long> among) throws Exception {
        var ids = new HashSet<Long>();
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement("select id, status from news_articles")) {
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    if (among.contains(rows.getLong(1)) && status.equals(rows.getString(2))) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
        }
        return ids;
    }
}
