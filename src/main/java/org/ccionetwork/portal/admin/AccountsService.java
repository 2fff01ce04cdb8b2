package org.ccionetwork.portal.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccionetwork.portal.audit.AuditLog;
import org.ccionetwork.portal.keycloak.KeycloakAccounts;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.DisabledMembers;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;

/**
 * Admins run the network's accounts: list them with their Keycloak state, invite, grant and
 * revoke moderator and admin, disable and enable. Keycloak is changed first; the portal's own
 * record follows in the same transaction, so when Keycloak cannot be reached nothing changes
 * anywhere. Everyone but admins gets 404; an admin cannot demote or disable themselves. Every
 * action goes to the audit log.
 */
@ApplicationScoped
@Transactional
public class AccountsService {

    /** An account and what the portal knows of it (the member record, when they have signed in). */
    public record Row(KeycloakAccounts.Account account, Member member) {}

    @Inject
    private KeycloakAccounts keycloak;

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private DisabledMembers disabledMembers;

    private static void requireAdmin(Viewer viewer) {
        viewer.requireAdmin("accounts");
    }

    /** Up to {@code max} accounts from position {@code first}, each with its member (see {@link KeycloakAccounts#accounts}). */
    public List<Row> accounts(Viewer viewer, String search, int first, int max) {
        requireAdmin(viewer);
        var accounts = keycloak.accounts(search, first, max);
        if (accounts.isEmpty()) {
            return List.of();
        }
        Map<String, Member> members = em.createQuery("select m from Member m where m.subject in :s", Member.class)
                .setParameter(
                        "s", accounts.stream().map(KeycloakAccounts.Account::id).toList())
                .getResultStream()
                .collect(Collectors.toMap(Member::getSubject, Function.identity()));
        return accounts.stream().map(a -> new Row(a, members.get(a.id()))).toList();
    }

    /** How many accounts the search finds in all. */
    public int countAccounts(Viewer viewer, String search) {
        requireAdmin(viewer);
        return keycloak.count(search);
    }

    public void invite(Viewer viewer, String email, String firstName, String lastName, String portalUrl) {
        requireAdmin(viewer);
        keycloak.invite(email.strip(), firstName.strip(), lastName.strip(), portalUrl);
        audit.record(viewer.memberId(), "admin.invite", "account " + email.strip(), null);
    }

    public void grant(Viewer viewer, String userId, Role role) {
        requireAdmin(viewer);
        requireGrantable(role);
        var account = keycloak.account(userId);
        keycloak.grant(userId, role);
        follow(userId, keycloak.account(userId));
        audit.record(viewer.memberId(), "admin.grant " + role.id(), "account " + account.username(), null);
    }

    public void revoke(Viewer viewer, String userId, Role role) {
        requireAdmin(viewer);
        requireGrantable(role);
        var account = keycloak.account(userId);
        if (role == Role.ADMIN && isSelf(viewer, userId)) {
            throw new NotAllowedException("You cannot remove your own admin role: ask another admin.");
        }
        keycloak.revoke(userId, role);
        follow(userId, keycloak.account(userId));
        audit.record(viewer.memberId(), "admin.revoke " + role.id(), "account " + account.username(), null);
    }

    public void setEnabled(Viewer viewer, String userId, boolean enabled) {
        requireAdmin(viewer);
        if (!enabled && isSelf(viewer, userId)) {
            throw new NotAllowedException("You cannot disable your own account: ask another admin.");
        }
        var account = keycloak.account(userId);
        keycloak.setEnabled(userId, enabled);
        member(userId).ifPresent(member -> {
            member.setDisabled(!enabled);
            disabledMembers.changed(member.getId(), !enabled);
        });
        audit.record(
                viewer.memberId(), enabled ? "admin.enable" : "admin.disable", "account " + account.username(), null);
    }

    private static void requireGrantable(Role role) {
        if (role != Role.MODERATOR && role != Role.ADMIN) {
            throw new NotAllowedException("Only the moderator and admin roles are granted here.");
        }
    }

    private boolean isSelf(Viewer viewer, String userId) {
        return member(userId).map(m -> viewer.is(m.getId())).orElse(false);
    }

    private java.util.Optional<Member> member(String userId) {
        return em.createQuery("select m from Member m where m.subject = :s", Member.class)
                .setParameter("s", userId)
                .getResultStream()
                .findFirst();
    }

    /** The portal's record follows what Keycloak now says. */
    private void follow(String userId, KeycloakAccounts.Account account) {
        member(userId).ifPresent(m -> {
            m.rolesChanged(account.roles());
            memberStates.rolesChanged(
                    m.getId(), account.roles().stream().map(Role::id).collect(java.util.stream.Collectors.toSet()));
        });
    }

    @Inject
    private org.ccionetwork.portal.security.DisabledMembers memberStates;
}
