package org.ccionetwork.portal.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccionetwork.portal.forum.Category;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /admin/category.xhtml?c=slug: an admin changes a category's name, description, colour, order and readers. */
@Named("categoryEditPage")
@RequestScoped
public class CategoryPage {

    @Inject
    private org.ccionetwork.portal.forum.Categories categories;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "c")
    private String slug;

    private Category category;
    private CategoryForm form;

    public void load() {
        if (!viewer.isAdmin()) {
            throw new NotFoundException("category");
        }
        getForm();
    }

    public Category getCategory() {
        if (category == null) {
            category = categories.category(viewer, slug);
        }
        return category;
    }

    public CategoryForm getForm() {
        if (form == null) {
            form = CategoryForm.of(getCategory());
        }
        return form;
    }

    public String save() {
        try {
            categories.updateCategory(
                    viewer,
                    getCategory().getId(),
                    form.getName(),
                    form.getDescription(),
                    form.getColour(),
                    form.getPosition(),
                    form.getVisibility());
            Faces.redirect("/admin/categories.xhtml");
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
        }
        return null;
    }
}
