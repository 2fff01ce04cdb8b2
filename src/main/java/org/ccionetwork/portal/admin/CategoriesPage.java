package org.ccionetwork.portal.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccionetwork.portal.forum.Category;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /admin/categories.xhtml: admins see the forum's categories and add new ones. */
@Named
@RequestScoped
public class CategoriesPage {

    @Inject
    private org.ccionetwork.portal.forum.Categories categories;

    @Inject
    private Viewer viewer;

    private final CategoryForm form = new CategoryForm();

    public List<Category> getCategories() {
        return categories.readable(viewer);
    }

    public String create() {
        try {
            categories.createCategory(
                    viewer,
                    form.getSlug(),
                    form.getName(),
                    form.getDescription(),
                    form.getColour(),
                    form.getPosition(),
                    form.getVisibility(),
                    form.getParentId());
            Faces.redirect("/admin/categories.xhtml");
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
        }
        return null;
    }

    public CategoryForm getForm() {
        return form;
    }
}
