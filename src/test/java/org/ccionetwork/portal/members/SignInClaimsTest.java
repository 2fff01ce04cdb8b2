package org.ccionetwork.portal.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.junit.jupiter.api.Test;

class SignInClaimsTest {

    private static SignInClaims from(Map<String, String> claims, Set<String> groups) {
        return SignInClaims.from("subject-1", name -> Optional.ofNullable(claims.get(name)), groups::contains);
    }

    @Test
    void readsNameEmailOrganisationAndKnownRoles() {
        var claims = from(
                Map.of(
                        "name",
                        "Nadia Okafor",
                        "email",
                        "nadia@nhs.example",
                        "ods_code",
                        "RJ1",
                        "organisation_name",
                        "Guy's and St Thomas'"),
                Set.of("member", "offline_access", "moderator"));
        assertEquals("Nadia Okafor", claims.displayName());
        assertEquals("nadia@nhs.example", claims.email());
        assertEquals("RJ1", claims.organisationCode());
        assertEquals("Guy's and St Thomas'", claims.organisationName());
        assertEquals(Set.of(Role.MEMBER, Role.MODERATOR), claims.roles());
    }

    @Test
    void nameFallsBackToGivenAndFamilyThenUserName() {
        assertEquals(
                "Ada Lovelace",
                from(Map.of("given_name", "Ada", "family_name", "Lovelace"), Set.of())
                        .displayName());
        assertEquals(
                "ada",
                from(Map.of("preferred_username", "ada", "name", " "), Set.of()).displayName());
        assertEquals("Member", from(Map.of(), Set.of()).displayName());
    }

    @Test
    void missingOrganisationIsNull() {
        assertNull(from(Map.of("name", "X"), Set.of()).organisationCode());
    }

    @Test
    void aSignInWithoutSubjectIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SignInClaims(" ", "x", null, null, null, Set.of()));
    }
}
