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

/** /library/edit.xhtml?id=n: the sharer or a moderator changes what is said of an item. */
@Named
@RequestScoped
public class ItemEditPage {

    @Inject
    private LibraryService library;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "id")
    private Long id;

    @Valid
    private ItemForm form = new ItemForm();

    private long version;
    private Item item;

    public void load() {
        var current = getItem();
        if (!library.canEdit(viewer, current)) {
            throw new org.ccionetwork.portal.shared.NotFoundException("item");
        }
        form = ItemForm.of(current);
        version = current.getVersion();
    }

    public Item getItem() {
        if (item == null) {
            if (id == null) {
                throw new org.ccionetwork.portal.shared.NotFoundException("item");
            }
            item = library.item(viewer, id);
        }
        return item;
    }

    public void save() {
        try {
            library.edit(viewer, id, version, form.details());
            Messages.addFlashGlobalInfo("Saved.");
            Faces.redirect(Faces.getRequestContextPath() + Links.item(id));
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public List<Collection> getCollections() {
        return library.collections();
    }

    public ItemForm getForm() {
        return form;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
