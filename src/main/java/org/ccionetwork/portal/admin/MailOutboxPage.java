package org.ccionetwork.portal.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccionetwork.portal.mail.MailSettings;
import org.ccionetwork.portal.mail.Outbox;
import org.ccionetwork.portal.security.Viewer;
import org.omnifaces.util.Messages;

/** /admin/mail.xhtml: messages waiting to go or given up on, with their errors; a failed one can be tried again (admins). */
@Named
@RequestScoped
public class MailOutboxPage {

    @Inject
    private Outbox outbox;

    @Inject
    private MailSettings settings;

    @Inject
    private Viewer viewer;

    private List<Outbox.Entry> entries;

    public List<Outbox.Entry> getEntries() {
        viewer.requireAdmin("mail");
        if (entries == null) {
            entries = outbox.waitingOrFailed(500);
        }
        return entries;
    }

    public String getRelay() {
        viewer.requireAdmin("mail");
        return settings.relay().toString();
    }

    public void retry(long id) {
        viewer.requireAdmin("mail");
        outbox.retry(id);
        Messages.addFlashGlobalInfo("The message goes round again.");
    }
}
