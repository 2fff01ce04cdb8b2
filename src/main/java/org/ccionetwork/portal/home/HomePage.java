package org.ccionetwork.portal.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccionetwork.portal.members.MemberService;

/** The home page: the network at a glance. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    private MemberService members;

    private Long memberCount;

    public long getMemberCount() {
        if (memberCount == null) {
            memberCount = members.count();
        }
        return memberCount;
    }
}
