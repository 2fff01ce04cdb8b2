package org.ccionetwork.portal.members;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccionetwork.portal.security.CurrentUser;

/** The signed-in member's own record, as the portal holds it. */
@Named
@RequestScoped
public class ProfilePage {

    @Inject
    private MemberService members;

    @Inject
    private CurrentUser currentUser;

    private Member member;

    public Member getMember() {
        if (member == null && currentUser.isSignedIn()) {
            member = members.findBySubject(currentUser.getSubject()).orElse(null);
        }
        return member;
    }
}
