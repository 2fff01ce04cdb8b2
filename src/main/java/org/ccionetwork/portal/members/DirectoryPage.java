package org.ccionetwork.portal.members;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccionetwork.portal.security.Viewer;
import org.omnifaces.cdi.Param;

/** /members/directory.xhtml?q=&amp;role=&amp;region=&amp;after=&amp;group=: the members' directory (members only). */
@Named
@RequestScoped
public class DirectoryPage {

    @Inject
    private MemberService members;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "q")
    private String words;

    @Inject
    @Param(name = "role")
    private String role;

    @Inject
    @Param(name = "region")
    private String region;

    @Inject
    @Param(name = "after")
    private String after;

    @Inject
    @Param(name = "group")
    private String group;

    private MemberService.DirectoryPage page;

    public MemberService.DirectoryPage getPage() {
        if (page == null) {
            page = members.directory(viewer, getQ(), getRoleFilter(), getRegion(), after);
        }
        return page;
    }

    private java.util.Map<Long, Integer> avatars;

    /** The address of a member's avatar, or null when they have none. */
    public String avatar(Member member) {
        if (avatars == null) {
            avatars = members.avatarVersions(
                    getPage().members().stream().map(Member::getId).toList());
        }
        Integer version = avatars.get(member.getId());
        return version == null ? null : "/members/avatar/" + member.getId() + "-" + version;
    }

    public List<Object[]> getGroups() {
        return members.groups(viewer, "region".equals(group));
    }

    public boolean isGrouped() {
        return "region".equals(group) || "organisation".equals(group);
    }

    public String getGroup() {
        return group;
    }

    public String getQ() {
        return words == null || words.isBlank() ? null : words.strip();
    }

    public String getRole() {
        return getRoleFilter() == null ? null : getRoleFilter().name();
    }

    ProfessionalRole getRoleFilter() {
        try {
            return role == null || role.isBlank() ? null : ProfessionalRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getRegion() {
        return region != null && Profile.REGIONS.contains(region) ? region : null;
    }

    public ProfessionalRole[] getRoles() {
        return ProfessionalRole.values();
    }

    public List<String> getRegions() {
        return Profile.REGIONS;
    }

    public String getNextLink() {
        var link = new StringBuilder("/members/directory.xhtml?after=")
                .append(encode(getPage().nextCursor()));
        if (getQ() != null) {
            link.append("&q=").append(encode(getQ()));
        }
        if (getRole() != null) {
            link.append("&role=").append(getRole());
        }
        if (getRegion() != null) {
            link.append("&region=").append(encode(getRegion()));
        }
        return link.toString();
    }

    public String encode(String text) {
        return java.net.URLEncoder.encode(text == null ? "" : text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
