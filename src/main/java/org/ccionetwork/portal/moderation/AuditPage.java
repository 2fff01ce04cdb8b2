package org.ccionetwork.portal.moderation;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccionetwork.portal.audit.AuditEntry;
import org.ccionetwork.portal.audit.AuditLog;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.security.CurrentUser;
import org.ccionetwork.portal.web.KeysetPages;
import org.omnifaces.cdi.ViewScoped;

/**
 * /moderation/audit.xhtml: what moderators and admins did, newest first, in PrimeFaces' lazy table
 * paging by keyset ({@link KeysetPages}).
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditLog audit;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private MemberService members;

    /** Who did it, by actor id: the member's display name, read once per page of entries. */
    private final Map<Long, String> names = new HashMap<>();

    private final KeysetPages<AuditEntry, Long> entries = new KeysetPages<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected List<AuditEntry> after(Long before, int size) {
            var page = audit.entries(currentUser.getViewer(), before, size);
            var unknown = page.stream()
                    .map(AuditEntry::getActorId)
                    .filter(id -> !names.containsKey(id))
                    .distinct()
                    .toList();
            if (!unknown.isEmpty()) {
                names.putAll(members.displayNames(unknown));
            }
            return page;
        }

        @Override
        protected int total() {
            return audit.count(currentUser.getViewer());
        }

        @Override
        protected Long keyOf(AuditEntry entry) {
            return entry.getId();
        }
    };

    public KeysetPages<AuditEntry, Long> getEntries() {
        return entries;
    }

    /** Who did it: the member's display name. */
    public String actor(AuditEntry entry) {
        return names.getOrDefault(entry.getActorId(), "Former member");
    }
}
