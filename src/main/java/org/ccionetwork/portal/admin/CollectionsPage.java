package org.ccionetwork.portal.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ccionetwork.portal.library.Collection;
import org.ccionetwork.portal.library.LibraryService;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /admin/collections.xhtml: the library's collections, and a form to add one (admins). */
@Named
@RequestScoped
public class CollectionsPage {

    @Inject
    private LibraryService library;

    @Inject
    private Viewer viewer;

    @NotBlank(message = "Give the collection an address.")
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "Lower-case letters, digits and single dashes.")
    @Size(max = 80, message = "At most 80 characters.")
    private String slug;

    @NotBlank(message = "Give the collection a name.")
    @Size(max = 100, message = "At most 100 characters.")
    private String name;

    @Size(max = 500, message = "At most 500 characters.")
    private String description;

    private boolean reviewed;

    public List<Collection> getCollections() {
        return library.collections();
    }

    public void add() {
        try {
            library.createCollection(
                    viewer, slug, name, description, getCollections().size() + 1, reviewed);
            Messages.addFlashGlobalInfo("Collection added.");
            Faces.redirect(Faces.getRequestContextPath() + "/admin/collections.xhtml");
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isReviewed() {
        return reviewed;
    }

    public void setReviewed(boolean reviewed) {
        this.reviewed = reviewed;
    }
}
