package org.ccionetwork.portal.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.junit.jupiter.api.Test;

class MemberTest {

    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

    @Test
    void aLaterSignInUpdatesNameRolesAndLastSeenButNotFirstSeen() {
        var member =
                Member.firstSignIn(new SignInClaims("s1", "Sam", "sam@x", "RJ1", "Guy's", Set.of(Role.MEMBER)), T0);
        member.signedInAgain(
                new SignInClaims("s1", "Samantha", "samantha@x", null, null, Set.of(Role.MEMBER, Role.ADMIN)),
                T0.plusSeconds(60));
        assertEquals("Samantha", member.getDisplayName());
        assertEquals("samantha@x", member.getEmail());
        assertEquals("RJ1", member.getOrganisationCode(), "an absent organisation claim keeps what was known");
        assertEquals(Set.of(Role.MEMBER, Role.ADMIN), member.roles());
        assertTrue(member.hasRole(Role.ADMIN));
        assertFalse(member.hasRole(Role.MODERATOR));
        assertEquals(T0, member.getFirstSeen());
        assertEquals(T0.plusSeconds(60), member.getLastSeen());
    }

    @Test
    void rolesCanBeTakenAway() {
        var member = Member.firstSignIn(
                new SignInClaims("s1", "Sam", null, null, null, Set.of(Role.MEMBER, Role.MODERATOR)), T0);
        member.signedInAgain(new SignInClaims("s1", "Sam", null, null, null, Set.of()), T0);
        assertEquals(Set.of(), member.roles());
    }

    @Test
    void anotherSubjectCannotUpdateTheMember() {
        var member = Member.firstSignIn(new SignInClaims("s1", "Sam", null, null, null, Set.of()), T0);
        assertThrows(
                IllegalArgumentException.class,
                () -> member.signedInAgain(new SignInClaims("s2", "Eve", null, null, null, Set.of()), T0));
    }
}
