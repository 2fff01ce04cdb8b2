package org.ccionetwork.portal.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.ccionetwork.portal.admin.AccountsService;
import org.ccionetwork.portal.forum.TopicKind;
import org.ccionetwork.portal.keycloak.KeycloakAccounts;
import org.ccionetwork.portal.library.ItemDetails;
import org.ccionetwork.portal.library.LibraryService;
import org.ccionetwork.portal.library.UploadReceiver;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the deployed portal, with the real Keycloak (started before the integration tests by
 * {@code KeycloakForIntegrationTests}): the directory finds members by organisation
 * and expertise and never by what they hide; the data export holds exactly the member's data;
 * leaving anonymises and disables the account in Keycloak; nobody but admins reaches the account
 * actions.
 */
@ExtendWith(ArquillianExtension.class)
class MembersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @org.jboss.arquillian.test.api.ArquillianResource
    private java.net.URL base;

    @Inject
    private MemberService members;

    @Inject
    private PersonalData personalData;

    @Inject
    private LeavingService leaving;

    @Inject
    private AccountsService accounts;

    @Inject
    private KeycloakAccounts keycloak;

    @Inject
    private org.ccionetwork.portal.forum.Categories categories;

    @Inject
    private org.ccionetwork.portal.forum.Posting posting;

    @Inject
    private org.ccionetwork.portal.forum.Reading reading;

    @Inject
    private LibraryService library;

    @Inject
    private org.ccionetwork.portal.mentoring.Mentoring mentoring;

    @Inject
    private org.ccionetwork.portal.mentoring.Mentorships mentorships;

    @Inject
    private UploadReceiver receiver;

    private Viewer person(String subject, String name, Role... roles) {
        var member = members.recordSignIn(
                new SignInClaims(subject, "user-" + subject.substring(0, 8), name, null, null, null, Set.of(roles)));
        return new Viewer(member.getId(), Set.of(roles));
    }

    private Viewer person(Role... roles) {
        return person(UUID.randomUUID().toString(), "Test " + roles.length, roles);
    }

    @Test
    void theDirectoryFindsByOrganisationAndExpertiseButNeverByHiddenFields() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        var open = person(UUID.randomUUID().toString(), "Ada Open " + unique, Role.MEMBER);
        var shy = person(UUID.randomUUID().toString(), "Bea Shy " + unique, Role.MEMBER);
        members.updateProfile(
                open,
                new Profile(
                        "CCIO",
                        ProfessionalRole.CCIO,
                        "RX" + unique,
                        "Trust " + unique,
                        "London",
                        "Cardiology",
                        List.of("epic-go-live-" + unique),
                        "Hello",
                        Set.of()));
        members.updateProfile(
                shy,
                new Profile(
                        "CNIO",
                        ProfessionalRole.CNIO,
                        "RY" + unique,
                        "Trust " + unique,
                        "London",
                        "Nursing",
                        List.of("epic-go-live-" + unique),
                        "Hi",
                        Set.of(Profile.Field.ORGANISATION, Profile.Field.EXPERTISE, Profile.Field.REGION)));
        var reader = person(Role.MEMBER);

        assertEquals(
                List.of("Ada Open " + unique),
                names(members.directory(reader, "trust " + unique, null, null, null)),
                "by organisation: the member who hides it is not found by it");
        assertEquals(
                List.of("Ada Open " + unique),
                names(members.directory(reader, "epic-go-live-" + unique, null, null, null)),
                "by expertise: who has taken this EPR live?");
        assertEquals(
                List.of("Bea Shy " + unique),
                names(members.directory(reader, "shy " + unique, null, null, null)),
                "by name always");
        assertEquals(
                List.of("Bea Shy " + unique),
                names(members.directory(reader, unique, ProfessionalRole.CNIO, null, null)));
        assertEquals(
                List.of("Ada Open " + unique),
                names(members.directory(reader, unique, null, "London", null)),
                "the region filter ignores a hidden region");
        var shyRecord = members.directory(reader, "shy " + unique, null, null, null)
                .members()
                .getFirst();
        assertFalse(shyRecord.shows(Profile.Field.ORGANISATION));
        assertTrue(shyRecord.shows(Profile.Field.SPECIALTY));
        assertEquals(
                List.of(1L),
                members.groups(reader, false).stream()
                        .filter(g -> g[0].equals("Trust " + unique))
                        .map(g -> ((Number) g[1]).longValue())
                        .toList(),
                "grouped views count only those who show it: the trust is there, with one member");
        assertThrows(
                NotAllowedException.class,
                () -> members.directory(Viewer.ANONYMOUS, unique, null, null, null),
                "members only");
    }

    private static List<String> names(MemberService.DirectoryPage page) {
        return page.members().stream().map(Member::getDisplayName).toList();
    }

    @Test
    void theExportHoldsExactlyTheMembersOwnData() throws Exception {
        var admin = person(Role.MEMBER, Role.MODERATOR, Role.ADMIN);
        var me = person(Role.MEMBER);
        var other = person(Role.MEMBER);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var category = categories.createCategory(
                admin, "exp-" + unique, "Export " + unique, "", "#005eb8", 1, Visibility.MEMBERS, null);
        var topic = posting.startTopic(
                me, category.getId(), "My topic " + unique, "My words " + unique, TopicKind.DISCUSSION, List.of());
        var reply = posting.reply(other, topic.getId(), "Other's words " + unique, null);
        posting.like(me, reply.getId());
        posting.reply(other, topic.getId(), "More from the other " + unique, null);
        library.createCollection(admin, "exp-" + unique, "Export " + unique, "", 9, false);
        byte[] pdf = ("%PDF-1.4\n% mine " + unique + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        var upload = receiver.receive(me, "mine.pdf", pdf.length, new ByteArrayInputStream(pdf));
        library.shareFile(
                me,
                upload.getToken(),
                new ItemDetails("My file " + unique, "", "exp-" + unique, List.of(), Visibility.MEMBERS, null));
        mentoring.offer(me, List.of("exp-" + unique), "About my mentoring " + unique, 2, true);
        mentoring.request(other, "Looking for a mentor in exports " + unique, List.of("exp-" + unique), true);
        long asked = mentorships.ask(other, me.memberId()).getId();
        // The refusals the pages never offer, asked of the service directly.
        assertThrows(NotAllowedException.class, () -> mentorships.ask(other, me.memberId()), "one ask at a time");
        assertThrows(NotFoundException.class, () -> mentorships.accept(admin, asked), "not theirs to answer");
        assertThrows(NotAllowedException.class, () -> mentorships.accept(other, asked), "the mentee cannot accept");
        assertThrows(NotAllowedException.class, () -> mentorships.end(me, asked), "not under way yet");

        Map<String, byte[]> entries = export(me);
        String posts = new String(entries.get("posts.json"), StandardCharsets.UTF_8);
        assertTrue(posts.contains("My words " + unique));
        assertFalse(posts.contains("Other's words"), "no one else's posts");
        assertTrue(
                new String(entries.get("likes.json"), StandardCharsets.UTF_8).contains("\"postId\":" + reply.getId()));
        assertTrue(
                new String(entries.get("notifications.json"), StandardCharsets.UTF_8).contains("REPLY"),
                "replies to my topic");
        assertTrue(new String(entries.get("library-items.json"), StandardCharsets.UTF_8).contains("My file " + unique));
        assertTrue(new String(entries.get("profile.json"), StandardCharsets.UTF_8).contains("\"username\""));
        assertTrue(new String(entries.get("mentor-offer.json"), StandardCharsets.UTF_8)
                .contains("About my mentoring " + unique));
        assertTrue(new String(entries.get("mentorships.json"), StandardCharsets.UTF_8)
                .contains("\"yourPart\":\"mentor\""));
        assertEquals("[]", new String(entries.get("mentoring-requests.json"), StandardCharsets.UTF_8), "the mentee's");
        var files = entries.keySet().stream()
                .filter(name -> name.startsWith("files/"))
                .toList();
        assertEquals(1, files.size(), files.toString());
        assertTrue(java.util.Arrays.equals(pdf, entries.get(files.getFirst())), "the uploaded file itself");

        // The other member's export, read entry by entry (its bytes are compressed).
        var others = export(other);
        String othersPosts = new String(others.get("posts.json"), StandardCharsets.UTF_8);
        assertTrue(othersPosts.contains("Other's words " + unique));
        assertFalse(othersPosts.contains("My words " + unique));
        assertTrue(new String(others.get("mentoring-requests.json"), StandardCharsets.UTF_8)
                .contains("Looking for a mentor in exports " + unique));
        assertTrue(
                new String(others.get("mentorships.json"), StandardCharsets.UTF_8).contains("\"yourPart\":\"mentee\""));
    }

    private Map<String, byte[]> export(Viewer viewer) throws Exception {
        var out = new ByteArrayOutputStream();
        personalData.export(viewer, out);
        Map<String, byte[]> entries = new HashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void leavingDisablesTheAccountInKeycloakAndAnonymisesTheMember() throws Exception {
        var admin = person(Role.MEMBER, Role.MODERATOR, Role.ADMIN);
        String email = "leaver-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.invite(admin, email, "Lee", "Leaver", base.toString().replaceAll("/+$", ""));
        String keycloakId = keycloak.byUsername(email).orElseThrow().id();
        var leaver = person(keycloakId, "Lee Leaver", Role.MEMBER);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var category = categories.createCategory(
                admin, "leave-" + unique, "Leave " + unique, "", "#005eb8", 1, Visibility.MEMBERS, null);
        var kept = posting.startTopic(
                leaver, category.getId(), "Kept topic " + unique, "Still useful", TopicKind.DISCUSSION, List.of());
        members.setAvatar(
                leaver, new org.ccionetwork.portal.files.Images.Variant("avatar", "image/png", 1, 1, onePixelPng()));
        assertTrue(members.avatar(admin, leaver.memberId()).isPresent());
        // A mentor with a mentee: when the mentor leaves, the mentee may look for another.
        var mentee = person(Role.MEMBER);
        mentoring.offer(leaver, List.of("leave-" + unique), "", 1, true);
        mentoring.request(mentee, "Looking for a mentor who will leave " + unique, List.of("leave-" + unique), true);
        mentorships.accept(leaver, mentorships.ask(mentee, leaver.memberId()).getId());
        assertTrue(mentoring.openRequest(mentee).isEmpty(), "matched");

        leaving.leave(leaver, true);

        assertTrue(mentoring.openRequest(mentee).isPresent(), "the mentee's request is open again");
        assertEquals(List.of(), mentoring.proposals(mentee), "the mentor's offer went with them");
        assertTrue(mentorships.mine(mentee).mentors().isEmpty());

        assertTrue(members.avatar(admin, leaver.memberId()).isEmpty(), "their picture goes with them");

        assertFalse(keycloak.account(keycloakId).enabled(), "the account is disabled: no more sign-in");
        var former = members.byIds(List.of(leaver.memberId())).getFirst();
        assertEquals("Former member", former.getDisplayName());
        assertTrue(former.isLeftNetwork());
        assertEquals(null, former.getEmail());
        var posts = reading.posts(admin, reading.topic(admin, kept.getId()), 1);
        assertEquals("Former member", posts.getFirst().getAuthor().getDisplayName(), "posts kept, by Former member");
        assertFalse(posts.getFirst().isDeleted());
        assertThrows(NotFoundException.class, () -> leaving.leave(leaver, true), "only once");
    }

    @Test
    void anAdminRemovesAMemberOnRequestWithTheirPosts() throws Exception {
        var admin = person(Role.MEMBER, Role.MODERATOR, Role.ADMIN);
        String email = "asked-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.invite(admin, email, "Ann", "Asked", base.toString().replaceAll("/+$", ""));
        String keycloakId = keycloak.byUsername(email).orElseThrow().id();
        var asked = person(keycloakId, "Ann Asked", Role.MEMBER);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var category = categories.createCategory(
                admin, "ask-" + unique, "Ask " + unique, "", "#005eb8", 1, Visibility.MEMBERS, null);
        var topic = posting.startTopic(
                admin, category.getId(), "A topic " + unique, "Opening", TopicKind.DISCUSSION, List.of());
        var reply = posting.reply(asked, topic.getId(), "Please remove this", null);

        assertThrows(
                NotAllowedException.class, () -> leaving.removeOnRequest(admin, admin.memberId(), true), "not oneself");
        leaving.removeOnRequest(admin, asked.memberId(), false);

        assertFalse(keycloak.account(keycloakId).enabled());
        assertTrue(reading.post(admin, reply.getId()).isDeleted(), "their posts removed, as they asked");
        assertEquals(
                "Former member",
                members.byIds(List.of(asked.memberId())).getFirst().getDisplayName());
    }

    @Test
    void theAccountsListComesInPagesThatTogetherHoldEveryMatch() {
        var admin = person(Role.MEMBER, Role.MODERATOR, Role.ADMIN);
        String batch = UUID.randomUUID().toString().substring(0, 8);
        int count = KeycloakAccounts.ACCOUNTS_PER_PAGE + 3;
        var invited = new java.util.TreeSet<String>();
        for (int i = 0; i < count; i++) {
            String email = "paged-" + batch + "-" + i + "@example.org";
            accounts.invite(admin, email, "Page", "Member " + i, base.toString().replaceAll("/+$", ""));
            invited.add(email);
        }
        int size = KeycloakAccounts.ACCOUNTS_PER_PAGE;
        assertEquals(count, accounts.countAccounts(admin, "paged-" + batch));
        var first = accounts.accounts(admin, "paged-" + batch, 0, size);
        assertEquals(size, first.size());
        var second = accounts.accounts(admin, "paged-" + batch, size, size);
        assertEquals(3, second.size(), "the last page");
        var seen = new java.util.TreeSet<String>();
        for (var row : first) {
            seen.add(row.account().email());
        }
        for (var row : second) {
            assertTrue(
                    seen.add(row.account().email()),
                    "no account on two pages: " + row.account().email());
        }
        assertEquals(invited, seen);
    }

    @Test
    void nobodyButAdminsReachesTheAccountActions() {
        var moderator = person(Role.MEMBER, Role.MODERATOR);
        var member = person(Role.MEMBER);
        var adminAccount = keycloak.byUsername("member").orElseThrow();
        for (var viewer : List.of(moderator, member, Viewer.ANONYMOUS)) {
            assertThrows(NotFoundException.class, () -> accounts.accounts(viewer, null, 0, 10));
            assertThrows(NotFoundException.class, () -> accounts.countAccounts(viewer, null));
            assertThrows(NotFoundException.class, () -> accounts.grant(viewer, adminAccount.id(), Role.ADMIN));
            assertThrows(NotFoundException.class, () -> accounts.revoke(viewer, adminAccount.id(), Role.MEMBER));
            assertThrows(NotFoundException.class, () -> accounts.setEnabled(viewer, adminAccount.id(), false));
            assertThrows(
                    NotFoundException.class,
                    () -> accounts.invite(viewer, "x@example.org", "X", "Y", "http://localhost"));
            assertThrows(NotFoundException.class, () -> leaving.removeOnRequest(viewer, member.memberId(), true));
        }
        var after = keycloak.byUsername("member").orElseThrow();
        assertEquals(Set.of(Role.MEMBER), after.roles(), "nothing changed in Keycloak");
        assertTrue(after.enabled());
    }

    private static byte[] onePixelPng() throws java.io.IOException {
        var out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
