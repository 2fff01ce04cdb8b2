package org.ccionetwork.portal.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.ccionetwork.portal.testing.BothDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema (Flyway migrations) and the entity mappings work on both databases the portal runs
 * on: the embedded H2 file database and PostgreSQL (a private server started for this test).
 */
class MemberPersistenceIT {

    @RegisterExtension
    static final BothDatabases databases = new BothDatabases();

    @ParameterizedTest
    @MethodSource(BothDatabases.NAMES)
    void membersAreStoredReadAndUpdated(String database) {
        var emf = BothDatabases.jpa(databases.migrated(database));
        try {
            String subject = UUID.randomUUID().toString();
            Instant first = Instant.parse("2026-03-01T09:15:30.123456Z");
            var em = emf.createEntityManager();
            em.getTransaction().begin();
            em.persist(Member.firstSignIn(
                    new SignInClaims(
                            subject,
                            "Priya Shah",
                            "priya@nhs.example",
                            "RJ1",
                            "Guy's and St Thomas' NHS Foundation Trust",
                            Set.of(Role.MEMBER)),
                    first));
            em.getTransaction().commit();
            em.close();

            em = emf.createEntityManager();
            em.getTransaction().begin();
            var stored = em.createQuery("select m from Member m where m.subject = :s", Member.class)
                    .setParameter("s", subject)
                    .getSingleResult();
            assertEquals("Guy's and St Thomas' NHS Foundation Trust", stored.getOrganisationName());
            assertEquals(first.truncatedTo(ChronoUnit.MICROS), stored.getFirstSeen());
            stored.signedInAgain(
                    new SignInClaims(
                            subject,
                            "Priya Shah-Jones",
                            "priya@nhs.example",
                            null,
                            null,
                            Set.of(Role.MEMBER, Role.MODERATOR)),
                    first.plusSeconds(3600));
            em.getTransaction().commit();
            em.close();

            em = emf.createEntityManager();
            var updated = em.createQuery("select m from Member m where m.subject = :s", Member.class)
                    .setParameter("s", subject)
                    .getSingleResult();
            assertEquals("Priya Shah-Jones", updated.getDisplayName());
            assertEquals("RJ1", updated.getOrganisationCode(), "an absent claim keeps what was known");
            assertEquals(Set.of(Role.MEMBER, Role.MODERATOR), updated.roles());
            assertEquals(first.plusSeconds(3600).truncatedTo(ChronoUnit.MICROS), updated.getLastSeen());
            assertTrue(updated.getId() > 0);
            em.close();

            var duplicate = emf.createEntityManager();
            duplicate.getTransaction().begin();
            duplicate.persist(
                    Member.firstSignIn(new SignInClaims(subject, "Someone Else", null, null, null, Set.of()), first));
            assertThrows(
                    PersistenceException.class,
                    duplicate.getTransaction()::commit,
                    "the database itself refuses a second member for one subject");
            duplicate.close();
        } finally {
            emf.close();
        }
    }
}
