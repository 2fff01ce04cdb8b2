package org.ccionetwork.portal.security;

import java.util.EnumSet;
import java.util.Set;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;
import org.ccionetwork.portal.shared.Visibility;

/**
 * Who is asking, as the services see it: the member's id in the portal's database (none for a
 * visitor) and their roles. Every service method that reads or changes something takes one and
 * checks it, whatever the page showed.
 */
public record Viewer(Long memberId, Set<Role> roles) {

    public static final Viewer ANONYMOUS = new Viewer(null, Set.of());

    public Viewer {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (memberId == null && !roles.isEmpty()) {
            throw new IllegalArgumentException("Roles without a member");
        }
    }

    public boolean isSignedIn() {
        return memberId != null;
    }

    public boolean isMember() {
        return isSignedIn() && roles.contains(Role.MEMBER);
    }

    public boolean isModerator() {
        return isSignedIn() && roles.contains(Role.MODERATOR);
    }

    public boolean isAdmin() {
        return isSignedIn() && roles.contains(Role.ADMIN);
    }

    /** The visibilities this viewer may read, for queries. */
    public java.util.List<Visibility> readable() {
        return isMember()
                ? java.util.List.of(Visibility.PUBLIC, Visibility.MEMBERS)
                : java.util.List.of(Visibility.PUBLIC);
    }

    public boolean canRead(Visibility visibility) {
        return visibility == Visibility.PUBLIC || isMember();
    }

    /** Members-only things are "not found" to anyone else. */
    public void requireRead(Visibility visibility, String what) {
        if (!canRead(visibility)) {
            throw new NotFoundException(what);
        }
    }

    public void requireMember() {
        if (!isMember()) {
            throw new NotAllowedException("Only members can do this. Please sign in.");
        }
    }

    /** Moderators' tools do not exist for anyone else. */
    public void requireModerator(String what) {
        if (!isModerator()) {
            throw new NotFoundException(what);
        }
    }

    /** Admins' tools do not exist for anyone else. */
    public void requireAdmin(String what) {
        if (!isAdmin()) {
            throw new NotFoundException(what);
        }
    }

    public boolean is(Long otherMemberId) {
        return memberId != null && memberId.equals(otherMemberId);
    }
}
