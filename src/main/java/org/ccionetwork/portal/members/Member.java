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
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.ccionetwork.portal.text.Tags;

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

    @Column(name = "job_title")
    private String jobTitle;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "professional_role")
    private ProfessionalRole professionalRole;

    private String region;

    private String specialty;

    private String expertise;

    @Column(name = "bio_source")
    private String bioSource;

    @Column(name = "bio_html")
    private String bioHtml;

    @Column(name = "hidden_fields", nullable = false)
    private String hiddenFields = "";

    @Column(name = "search_text", nullable = false)
    private String searchText = "";

    private boolean disabled;

    @Column(name = "left_network")
    private boolean leftNetwork;

    /** Happy to be asked about their expertise: may be suggested to a member with a question. */
    private boolean askable;

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
        String face = publicFace();
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
        indexForSearch();
        noteFace(face);
    }

    /** Changes the profile; the caller renders the biography's Markdown. */
    public void describe(Profile profile, String bioHtml) {
        String face = publicFace();
        jobTitle = profile.jobTitle();
        professionalRole = profile.role();
        organisationCode = profile.organisationCode();
        organisationName = profile.organisationName();
        region = profile.region();
        specialty = profile.specialty();
        expertise = Tags.stored(profile.expertise());
        bioSource = profile.bio();
        this.bioHtml = bioHtml;
        hiddenFields = profile.hidden().stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.PEOPLE, id);
        indexForSearch();
        noteFace(face);
    }

    /** What visitors see of the member beside their posts: the name and the organisation they show. */
    private String publicFace() {
        return displayName + "\n" + getShownOrganisation();
    }

    /** What visitors see of a member changed: the cached pages that print it are stale. */
    private void noteFace(String before) {
        if (id != null && !before.equals(publicFace())) {
            org.ccionetwork.portal.web.VisibleChange.fire("member " + id);
        }
    }

    public Profile profile() {
        return new Profile(
                jobTitle,
                professionalRole,
                organisationCode,
                organisationName,
                region,
                specialty,
                getExpertiseList(),
                bioSource,
                getHidden());
    }

    /** The text the directory searches: the name and the fields the member shows, in lower case. */
    private void indexForSearch() {
        var text = new StringBuilder(displayName == null ? "" : displayName)
                .append(' ')
                .append(username == null ? "" : username);
        if (shows(Profile.Field.JOB_TITLE) && jobTitle != null) {
            text.append(' ').append(jobTitle);
        }
        if (shows(Profile.Field.ROLE) && professionalRole != null) {
            text.append(' ').append(professionalRole.name()).append(' ').append(professionalRole.getLabel());
        }
        if (shows(Profile.Field.ORGANISATION)) {
            text.append(' ')
                    .append(organisationName == null ? "" : organisationName)
                    .append(' ')
                    .append(organisationCode == null ? "" : organisationCode);
        }
        if (shows(Profile.Field.REGION) && region != null) {
            text.append(' ').append(region);
        }
        if (shows(Profile.Field.SPECIALTY) && specialty != null) {
            text.append(' ').append(specialty);
        }
        if (shows(Profile.Field.EXPERTISE) && expertise != null) {
            text.append(' ').append(expertise);
        }
        String lower = text.toString()
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
        String before = searchText;
        searchText = lower.length() > 2000 ? lower.substring(0, 2000) : lower;
        if (!searchText.equals(before)) {
            org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.PEOPLE, id);
        }
    }

    /** Whether the directory and profile page show a field to other members. */
    public boolean shows(Profile.Field field) {
        return hiddenFields == null
                || !java.util.Arrays.asList(hiddenFields.split(" ")).contains(field.name());
    }

    public boolean isShown(String field) {
        return shows(Profile.Field.valueOf(field));
    }

    public Set<Profile.Field> getHidden() {
        var set = EnumSet.noneOf(Profile.Field.class);
        if (hiddenFields != null && !hiddenFields.isBlank()) {
            Arrays.stream(hiddenFields.split(" ")).map(Profile.Field::valueOf).forEach(set::add);
        }
        return set;
    }

    /** Disabled by an admin: signed out at the next request. */
    public void setDisabled(boolean disabled) {
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.PEOPLE, id);
        this.disabled = disabled;
    }

    /** The member left: what identified them goes; their posts stay, by "Former member", if they chose so. */
    public void anonymise() {
        String face = publicFace();
        username = "former-" + id;
        displayName = "Former member";
        email = null;
        organisationCode = null;
        organisationName = null;
        jobTitle = null;
        professionalRole = null;
        region = null;
        specialty = null;
        expertise = null;
        bioSource = null;
        bioHtml = null;
        hiddenFields = "";
        disabled = true;
        leftNetwork = true;
        searchText = "";
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.PEOPLE, id);
        roles = "";
        noteFace(face);
    }

    /** The roles as Keycloak now says they are (after an admin's change). */
    public void rolesChanged(Set<Role> now) {
        roles = now.stream().map(Role::id).sorted().collect(Collectors.joining(" "));
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public ProfessionalRole getProfessionalRole() {
        return professionalRole;
    }

    public String getRegion() {
        return region;
    }

    public String getSpecialty() {
        return specialty;
    }

    public java.util.List<String> getExpertiseList() {
        return Tags.fromStored(expertise);
    }

    public String getBioSource() {
        return bioSource;
    }

    public String getBioHtml() {
        return bioHtml;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public boolean isAskable() {
        return askable;
    }

    public void setAskable(boolean askable) {
        this.askable = askable;
    }

    public boolean isLeftNetwork() {
        return leftNetwork;
    }

    public Set<Role> roles() {
        var set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(" "))
                .map(Role::byId)
                .flatMap(java.util.Optional::stream)
                .forEach(set::add);
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

    /** The organisation as others may see it beside the member's name: nothing where they hid it. */
    public String getShownOrganisation() {
        return shows(Profile.Field.ORGANISATION) ? organisationName : null;
    }

    public Instant getFirstSeen() {
        return firstSeen.toInstant();
    }

    public Instant getLastSeen() {
        return lastSeen.toInstant();
    }
}
