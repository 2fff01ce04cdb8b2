package org.ccionetwork.portal.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a sign-in tells the portal about a person: the claims Keycloak sends (directly, or brokered
 * from the NHS identity provider) and the realm roles they hold.
 */
public record SignInClaims(
        String subject,
        String username,
        String displayName,
        String email,
        String organisationCode,
        String organisationName,
        Set<Role> roles) {

    /** A sign-in without a user name (only tests and demo data have none). */
    public SignInClaims(
            String subject,
            String displayName,
            String email,
            String organisationCode,
            String organisationName,
            Set<Role> roles) {
        this(subject, null, displayName, email, organisationCode, organisationName, roles);
    }

    public SignInClaims {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A sign-in without a subject cannot be recorded");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * Reads the claims by name; the display name falls back from {@code name} to given and family
     * names, then to the user name, so that nobody appears nameless.
     */
    public static SignInClaims from(
            String subject, Function<String, Optional<String>> claim, Predicate<String> hasRole) {
        String name = claim.apply("name")
                .filter(s -> !s.isBlank())
                .or(() -> joined(claim.apply("given_name"), claim.apply("family_name")))
                .or(() -> claim.apply("preferred_username"))
                .orElse("Member");
        var roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (hasRole.test(role.id())) {
                roles.add(role);
            }
        }
        return new SignInClaims(
                subject,
                claim.apply("preferred_username").orElse(null),
                name.strip(),
                claim.apply("email").orElse(null),
                claim.apply("ods_code").orElse(null),
                claim.apply("organisation_name").orElse(null),
                roles);
    }

    private static Optional<String> joined(Optional<String> given, Optional<String> family) {
        String joined = (given.orElse("") + " " + family.orElse("")).strip();
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }
}
