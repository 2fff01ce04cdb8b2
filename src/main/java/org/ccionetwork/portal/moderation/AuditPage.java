package org.ccionetwork.portal.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccionetwork.portal.audit.AuditEntry;
import org.ccionetwork.portal.audit.AuditLog;
import org.ccionetwork.portal.security.Viewer;
import org.omnifaces.cdi.Param;

/** /moderation/audit.xhtml: what moderators and admins did, newest first. */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    private AuditLog audit;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "before")
    private Long before;

    private List<AuditEntry> entries;

    @Inject
    private org.ccionetwork.portal.members.MemberService members;

    private java.util.Map<Long, String> names;

    /** Who did it: the member's display name. */
    public String actor(AuditEntry entry) {
        if (names == null) {
            names = members.displayNames(
                    getEntries().stream().map(AuditEntry::getActorId).distinct().toList());
        }
        return names.getOrDefault(entry.getActorId(), "Former member");
    }

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = audit.entries(viewer, before);
        }
        return entries;
    }

    public Long getOlderCursor() {
        return getEntries().size() == AuditLog.PAGE_SIZE
                ? getEntries().getLast().getId()
                : null;
    }
}
