package org.ccionetwork.portal.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.SignInClaims;

/** Keeps the portal's record of members in step with what their sign-ins tell it. */
@ApplicationScoped
@Transactional
public class MemberService {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Creates the member at their first sign-in; updates name, organisation, roles and last seen later. */
    public Member recordSignIn(SignInClaims claims) {
        var now = clock.instant();
        var existing = findBySubject(claims.subject());
        if (existing.isPresent()) {
            existing.get().signedInAgain(claims, now);
            return existing.get();
        }
        var member = Member.firstSignIn(claims, now);
        em.persist(member);
        em.flush();
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.PEOPLE, member.getId());
        return member;
    }

    /** Display names by member id, in one query (for lists that name who did something). */
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        var names = new java.util.HashMap<Long, String>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery("select m.id, m.displayName from Member m where m.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    public Optional<Member> findBySubject(String subject) {
        return em.createQuery("select m from Member m where m.subject = :subject", Member.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    /** Members by user name, for @mentions: only those who exist. */
    public java.util.List<Member> byUsernames(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return java.util.List.of();
        }
        return em.createQuery("select m from Member m where m.username in :names", Member.class)
                .setParameter("names", usernames)
                .getResultList();
    }

    public java.util.List<Member> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.List.of();
        }
        return em.createQuery("select m from Member m where m.id in :ids", Member.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public Optional<Member> findByUsername(String username) {
        return em.createQuery("select m from Member m where m.username = :name", Member.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst();
    }

    /** Up to ten members whose user name or display name starts with the text, for mention suggestions. */
    public java.util.List<Member> suggest(String prefix) {
        String like = prefix.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return em.createQuery(
                        "select m from Member m where m.username is not null and (lower(m.username) like :p"
                                + " or lower(m.displayName) like :p) order by m.username",
                        Member.class)
                .setParameter("p", like)
                .setMaxResults(10)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(m) from Member m", Long.class).getSingleResult();
    }

    // ---- profiles and the directory

    public static final int DIRECTORY_PAGE = 25;

    /** A page of the directory and the cursor of the next one. */
    public record DirectoryPage(java.util.List<Member> members, String nextCursor) {}

    /** The signed-in member's own record. */
    public Member me(org.ccionetwork.portal.security.Viewer viewer) {
        viewer.requireMember();
        return em.find(Member.class, viewer.memberId());
    }

    /**
     * A member's profile as another member sees it: members only (for anyone else no profile exists,
     * whatever let them ask), and nobody who has left.
     */
    public Member profile(org.ccionetwork.portal.security.Viewer viewer, String username) {
        return findByUsername(username)
                .filter(member -> viewer.isMember() && !member.isLeftNetwork())
                .orElseThrow(() -> new org.ccionetwork.portal.shared.NotFoundException("member"));
    }

    /** Whether the member is happy to be asked about their expertise (suggested to members with a question). */
    public void setAskable(org.ccionetwork.portal.security.Viewer viewer, boolean askable) {
        me(viewer).setAskable(askable);
    }

    public Member updateProfile(org.ccionetwork.portal.security.Viewer viewer, Profile profile) {
        var member = me(viewer);
        member.describe(profile, org.ccionetwork.portal.text.Markdown.toSafeHtml(profile.bio()));
        return member;
    }

    /**
     * Members who match the words (in their name or in the fields they show), a professional role
     * and a region (only where shown), by name then id, by keyset. Members only.
     */
    public DirectoryPage directory(
            org.ccionetwork.portal.security.Viewer viewer,
            String words,
            ProfessionalRole role,
            String region,
            String after) {
        viewer.requireMember();
        var jpql = new StringBuilder("select m from Member m where m.leftNetwork = false and m.disabled = false");
        var terms = words == null
                ? java.util.List.<String>of()
                : java.util.Arrays.stream(
                                words.toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                        .filter(t -> !t.isBlank())
                        .limit(6)
                        .toList();
        for (int i = 0; i < terms.size(); i++) {
            jpql.append(" and m.searchText like :t").append(i);
        }
        if (role != null) {
            jpql.append(" and m.professionalRole = :role and m.hiddenFields not like '%ROLE%'");
        }
        if (region != null) {
            jpql.append(" and m.region = :region and m.hiddenFields not like '%REGION%'");
        }
        String[] cursor = after == null ? null : after.split("\\|", 2);
        if (cursor != null && cursor.length == 2 && cursor[1].matches("[0-9]{1,18}")) {
            jpql.append(" and (m.displayName > :name or (m.displayName = :name and m.id > :id))");
        } else {
            cursor = null;
        }
        jpql.append(" order by m.displayName, m.id");
        var query = em.createQuery(jpql.toString(), Member.class);
        for (int i = 0; i < terms.size(); i++) {
            query.setParameter("t" + i, "%" + terms.get(i).replace("%", "").replace("_", "") + "%");
        }
        if (role != null) {
            query.setParameter("role", role);
        }
        if (region != null) {
            query.setParameter("region", region);
        }
        if (cursor != null) {
            query.setParameter("name", cursor[0]).setParameter("id", Long.parseLong(cursor[1]));
        }
        var page = new java.util.ArrayList<>(
                query.setMaxResults(DIRECTORY_PAGE + 1).getResultList());
        String next = null;
        if (page.size() > DIRECTORY_PAGE) {
            page.removeLast();
            next = page.getLast().getDisplayName() + "|" + page.getLast().getId();
        }
        return new DirectoryPage(page, next);
    }

    /** How many members show each organisation (or region), for the grouped views. */
    public java.util.List<Object[]> groups(org.ccionetwork.portal.security.Viewer viewer, boolean byRegion) {
        viewer.requireMember();
        String field = byRegion ? "m.region" : "m.organisationName";
        String hidden = byRegion ? "REGION" : "ORGANISATION";
        return em.createQuery(
                        "select " + field
                                + ", count(m) from Member m where m.leftNetwork = false and m.disabled = false and "
                                + field + " is not null and m.hiddenFields not like '%" + hidden + "%' group by "
                                + field + " order by " + field,
                        Object[].class)
                .getResultList();
    }

    // ---- avatars

    /** A member's avatar: its content type, bytes and version (for addresses that change with it). */
    public record Avatar(String contentType, byte[] data, int version) {}

    public void setAvatar(
            org.ccionetwork.portal.security.Viewer viewer, org.ccionetwork.portal.files.Images.Variant image) {
        var me = me(viewer);
        int version = avatarVersion(me.getId()) + 1;
        em.createNativeQuery("delete from member_avatars where member_id = ?")
                .setParameter(1, me.getId())
                .executeUpdate();
        if (image != null) {
            em.createNativeQuery(
                            "insert into member_avatars (member_id, content_type, data, version) values (?, ?, ?, ?)")
                    .setParameter(1, me.getId())
                    .setParameter(2, image.contentType())
                    .setParameter(3, image.bytes())
                    .setParameter(4, version)
                    .executeUpdate();
        }
    }

    /** The version of a member's avatar, 0 when they have none. */
    public int avatarVersion(long memberId) {
        var versions = em.createNativeQuery("select version from member_avatars where member_id = ?")
                .setParameter(1, memberId)
                .getResultList();
        return versions.isEmpty() ? 0 : ((Number) versions.getFirst()).intValue();
    }

    /** The avatar versions of several members at once (members without one are missing). */
    public java.util.Map<Long, Integer> avatarVersions(java.util.Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return java.util.Map.of();
        }
        var versions = new java.util.HashMap<Long, Integer>();
        var query = em.createNativeQuery("select member_id, version from member_avatars where member_id in ("
                + String.join(",", java.util.Collections.nCopies(memberIds.size(), "?")) + ")");
        int position = 1;
        for (Long id : memberIds) {
            query.setParameter(position++, id);
        }
        for (Object row : query.getResultList()) {
            var values = (Object[]) row;
            versions.put(((Number) values[0]).longValue(), ((Number) values[1]).intValue());
        }
        return versions;
    }

    /** Avatars are for members' eyes, like the directory. */
    public java.util.Optional<Avatar> avatar(org.ccionetwork.portal.security.Viewer viewer, long memberId) {
        viewer.requireMember();
        java.util.List<?> rows = em.createNativeQuery(
                        "select content_type, data, version from member_avatars where member_id = ?")
                .setParameter(1, memberId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> (Object[]) row)
                .map(row -> new Avatar((String) row[0], (byte[]) row[1], ((Number) row[2]).intValue()));
    }
}
