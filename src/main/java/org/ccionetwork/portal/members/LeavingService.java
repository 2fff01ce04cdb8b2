package org.ccionetwork.portal.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.ccionetwork.portal.audit.AuditLog;
import org.ccionetwork.portal.keycloak.KeycloakAccounts;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.DisabledMembers;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotFoundException;

/**
 * Leaving the network: the account is disabled in Keycloak first (if Keycloak cannot be reached,
 * nothing changes), then the profile is deleted and the member's posts are either kept, by
 * "Former member", or removed, as they chose ({@link MemberLeaving}: each feature removes what it
 * holds of them: drafts, watches, read marks, notifications). Admins can do the same on a member's request.
 */
@ApplicationScoped
@Transactional
public class LeavingService {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private KeycloakAccounts keycloak;

    @Inject
    private AuditLog audit;

    @Inject
    private DisabledMembers disabledMembers;

    @Inject
    private jakarta.enterprise.event.Event<MemberLeaving> leaving;

    public void leave(Viewer viewer, boolean keepPosts) {
        viewer.requireMember();
        remove(viewer.memberId(), keepPosts, viewer.memberId(), "member.leave");
    }

    /** An admin removes a member who asked for it. */
    public void removeOnRequest(Viewer admin, long memberId, boolean keepPosts) {
        if (!admin.isAdmin()) {
            throw new NotFoundException("accounts");
        }
        if (admin.is(memberId)) {
            throw new org.ccionetwork.portal.shared.NotAllowedException(
                    "To leave yourself, use 'Leave the network' on your profile.");
        }
        remove(memberId, keepPosts, admin.memberId(), "admin.remove-member");
    }

    private void remove(long memberId, boolean keepPosts, long actorId, String action) {
        var member = em.find(Member.class, memberId);
        if (member == null || member.isLeftNetwork()) {
            throw new NotFoundException("member");
        }
        String username = member.getUsername();
        keycloak.setEnabled(member.getSubject(), false);
        leaving.fire(new MemberLeaving(memberId, keepPosts));
        em.createNativeQuery("delete from member_avatars where member_id = ?")
                .setParameter(1, memberId)
                .executeUpdate();
        member.anonymise();
        disabledMembers.changed(memberId, true);
        audit.record(
                actorId, action, "member " + username, keepPosts ? "posts kept as Former member" : "posts removed");
    }
}
