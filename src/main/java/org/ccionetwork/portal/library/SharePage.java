package org.ccionetwork.portal.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.util.List;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /library/share.xhtml[?c=collection&amp;kind=link]: share a file (uploaded by the page's script with a
 * progress bar, then kept by its token in the form) or a link. A refused form keeps everything,
 * the uploaded file included.
 */
@Named
@RequestScoped
public class SharePage {

    @Inject
    private LibraryService library;

    @Inject
    private SharedItems sharedItems;

    @Inject
    private Uploads uploads;

    @Inject
    private UploadReceiver receiver;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "c")
    private String collection;

    @Inject
    @Param(name = "kind")
    private String kind;

    /** What the item is shared for elsewhere in the portal ("event-123"), kept in the address across the form. */
    @Inject
    @Param(name = "for")
    private String sharedFor;

    @Valid
    private final ItemForm form = new ItemForm();

    private String uploadToken;

    public void load() {
        viewer.requireMember();
        if (collection != null) {
            form.setCollection(collection);
        }
    }

    public boolean isLink() {
        return "link".equals(kind);
    }

    public void share() {
        try {
            var item = isLink()
                    ? library.shareLink(viewer, form.details())
                    : library.shareFile(viewer, uploadToken, form.details());
            if (sharedFor != null) {
                sharedItems.shareFor(viewer, item.getId(), sharedFor);
            }
            Messages.addFlashGlobalInfo("Shared. Thank you.");
            Faces.redirect(Faces.getRequestContextPath() + Links.item(item.getId()));
        } catch (NotAllowedException e) {
            if (!isLink() && e.getMessage().startsWith("Choose the file")) {
                Messages.addError("share-form:file-token", e.getMessage());
            } else {
                Messages.addGlobalError(e.getMessage());
            }
        }
    }

    /** The file already uploaded in this form (when a refused form comes back), to show its name. */
    public Upload getUpload() {
        if (uploadToken == null || uploadToken.isBlank()) {
            return null;
        }
        try {
            return uploads.upload(viewer, uploadToken);
        } catch (NotAllowedException e) {
            return null;
        }
    }

    public List<Collection> getCollections() {
        return library.collections();
    }

    public ItemForm getForm() {
        return form;
    }

    public String getUploadToken() {
        return uploadToken;
    }

    public void setUploadToken(String uploadToken) {
        this.uploadToken = uploadToken;
    }

    public int getMaxMb() {
        return receiver.maxMb();
    }
}
