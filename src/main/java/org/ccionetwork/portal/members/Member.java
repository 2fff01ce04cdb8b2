package org.ccionetwork.portal.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.shared.Times;

/**
 * A member of the network, as the portal knows them. Keycloak owns the account; this record is
 * created at the first sign-in and refreshed at every later one, so the portal can show who
 * someone is (name, organisation) without asking Keycloak.
 */
@Entity
@Table(name = "members")
public class Member {

    @Id
    @SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String subject;

    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "organisation_code")
    private String organisationCode;

    @Column(name = "organisation_name")
    private String organisationName;

    @Column(nullable = false)
    private String roles;

    // OffsetDateTime is what both H2 and PostgreSQL hand back for TIMESTAMP WITH TIME ZONE.
    @Column(name = "first_seen", nullable = false, updatable = false)
    private OffsetDateTime firstSeen;

    @Column(name = "last_seen", nullable = false)
    private OffsetDateTime lastSeen;

    @Version
    private long version;

    protected Member() {
        // for JPA
    }

    public static Member firstSignIn(SignInClaims claims, Instant now) {
        var member = new Member();
        member.subject = claims.subject();
        member.firstSeen = Times.stored(now);
        member.update(claims, now);
        return member;
    }

    public void signedInAgain(SignInClaims claims, Instant now) {
        if (!subject.equals(claims.subject())) {
            throw new IllegalArgumentException("Sign-in of another subject cannot update this member");
        }
        update(claims, now);
    }

    private void update(SignInClaims claims, Instant now) {
        if (claims.username() != null) {
            username = claims.username();
        }
        displayName = claims.displayName();
        email = claims.email();
        // An identity provider that stops sending the organisation does not erase what we knew.
        if (claims.organisationCode() != null) {
            organisationCode = claims.organisationCode();
        }
        if (claims.organisationName() != null) {
            organisationName = claims.organisationName();
        }
        roles = claims.roles().stream().map(Role::id).sorted().collect(Collectors.joining(" "));
        lastSeen = Times.stored(now);
    }

    public Set<Role> roles() {
        var set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(" ")).map(Role::byId).flatMap(java.util.Optional::stream).forEach(set::add);
        return set;
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public Instant getFirstSeen() {
        return firstSeen.toInstant();
    }

    public Instant getLastSeen() {
        return lastSeen.toInstant();
    }
}
