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
 * paging by keyset ({@link KeysetPages}). The view keeps its page as plain rows, never entities, so
 * that it can travel with the session.
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

    /** Who did it, by actor id: the member's display name, read once for the entries of a page. */
    private final Map<Long, String> names = new HashMap<>();

    /** One entry of the log as the table shows it. */
    public record Row(long id, java.time.Instant created, String actor, String action, String target, String reason)
            implements Serializable {}

    private final KeysetPages<Row, Long> entries = new KeysetPages<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected List<Row> after(Long before, int size) {
            var page = audit.entries(currentUser.getViewer(), before, size);
            var unknown = page.stream()
                    .map(AuditEntry::getActorId)
                    .filter(id -> !names.containsKey(id))
                    .distinct()
                    .toList();
            if (!unknown.isEmpty()) {
                names.putAll(members.displayNames(unknown));
            }
            return page.stream()
                    .map(e -> new Row(
                            e.getId(),
                            e.getCreated(),
                            names.getOrDefault(e.getActorId(), "Former member"),
                            e.getAction(),
                            e.getTarget(),
                            e.getReason()))
                    .toList();
        }

        @Override
        protected int total() {
            return audit.count(currentUser.getViewer());
        }

        @Override
        protected Long keyOf(Row row) {
            return row.id();
        }
    };

    public KeysetPages<Row, Long> getEntries() {
        return entries;
    }
}
