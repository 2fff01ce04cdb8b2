package org.ccionetwork.portal.members;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccionetwork.portal.shared.NotFoundException;
import org.omnifaces.cdi.Param;

/** /members/profile.xhtml?u=username: a member as other members see them (where @mentions link). */
@Named
@RequestScoped
public class ProfileViewPage {

    @Inject
    private MemberService members;

    @Inject
    @Param(name = "u")
    private String username;

    private Member member;

    public void load() {
        member = username == null ? null : members.findByUsername(username).orElse(null);
        if (member == null) {
            throw new NotFoundException("member");
        }
    }

    public Member getMember() {
        return member;
    }
}
