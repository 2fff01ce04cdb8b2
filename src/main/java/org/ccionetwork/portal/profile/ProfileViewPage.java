package org.ccionetwork.portal.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.shared.NotFoundException;
import org.omnifaces.cdi.Param;

/**
 * /members/profile.xhtml?u=username: a member as other members see them (where @mentions link), with
 * what they started in the forum and shared in the library. A page over several features, so above them.
 */
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
        if (username == null) {
            throw new NotFoundException("member");
        }
        member = members.profile(viewer, username);
    }

    public Member getMember() {
        return member;
    }

    @Inject
    private org.ccionetwork.portal.security.Viewer viewer;

    @Inject
    private org.ccionetwork.portal.forum.TopicLists topicLists;

    @Inject
    private org.ccionetwork.portal.library.LibraryService library;

    /** The address of the member's avatar, or null. */
    public String getAvatarUrl() {
        int version = members.avatarVersion(member.getId());
        return version == 0 ? null : "/members/avatar/" + member.getId() + "-" + version;
    }

    /** The member's latest topics that the viewer may read. */
    public java.util.List<org.ccionetwork.portal.forum.Topic> getTopics() {
        return topicLists.topicsStartedBy(viewer, member.getId(), 5);
    }

    /** The member's latest shared items that the viewer may see. */
    public java.util.List<org.ccionetwork.portal.library.Item> getItems() {
        return library.sharedBy(viewer, member.getId(), 5);
    }
}
