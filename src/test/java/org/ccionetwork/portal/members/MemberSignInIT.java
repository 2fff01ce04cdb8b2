package org.ccionetwork.portal.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.ccionetwork.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the deployed portal: sign-ins of one subject keep one member, brought up to date. */
@ExtendWith(ArquillianExtension.class)
class MemberSignInIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    private MemberService members;

    @Test
    void firstAndSecondSignInOfOneSubjectMakeOneMemberThatIsUpdated() {
        String subject = UUID.randomUUID().toString();
        long before = members.count();

        var first = members.recordSignIn(
                new SignInClaims(subject, "Sam Example", "sam@example.org", null, null, Set.of(Role.MEMBER)));
        var second = members.recordSignIn(new SignInClaims(
                subject,
                "Samantha Example",
                "samantha@nhs.example",
                "RJ1",
                "Guy's and St Thomas' NHS Foundation Trust",
                Set.of(Role.MEMBER, Role.MODERATOR)));

        assertEquals(before + 1, members.count(), "two sign-ins of one subject make one member");
        assertEquals(first.getId(), second.getId());
        var stored = members.findBySubject(subject).orElseThrow();
        assertEquals("Samantha Example", stored.getDisplayName());
        assertEquals("samantha@nhs.example", stored.getEmail());
        assertEquals("RJ1", stored.getOrganisationCode());
        assertEquals(Set.of(Role.MEMBER, Role.MODERATOR), stored.roles());
        assertEquals(first.getFirstSeen(), stored.getFirstSeen(), "first seen stays");
        assertFalse(stored.getLastSeen().isBefore(stored.getFirstSeen()));
        assertTrue(members.findBySubject(UUID.randomUUID().toString()).isEmpty());
    }
}
