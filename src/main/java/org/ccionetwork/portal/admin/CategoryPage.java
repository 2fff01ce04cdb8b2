package org.ccionetwork.portal.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ccionetwork.portal.forum.Category;
import org.ccionetwork.portal.forum.ForumService;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;
import org.ccionetwork.portal.shared.Visibility;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /admin/category.xhtml?c=slug: an admin changes a category's name, description, colour, order and readers. */
@Named("categoryEditPage")
@RequestScoped
public class CategoryPage {

    @Inject
    private ForumService forum;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "c")
    private String slug;

    private Category category;

    @NotBlank(message = "Give the category a name.")
    @Size(max = 100, message = "A name can be at most 100 characters.")
    private String name;

    @Size(max = 500, message = "A description can be at most 500 characters.")
    private String description;

    @NotNull
    @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "A colour is written like #005eb8.")
    private String colour;

    @NotNull
    private Visibility visibility;

    private int position;

    public void load() {
        if (!viewer.isAdmin()) {
            throw new NotFoundException("category");
        }
        category();
        if (name == null) {
            name = category.getName();
            description = category.getDescription();
            colour = category.getColour();
            visibility = category.getVisibility();
            position = category.getPosition();
        }
    }

    private Category category() {
        if (category == null) {
            category = forum.category(viewer, slug);
        }
        return category;
    }

    public String save() {
        try {
            forum.updateCategory(viewer, category().getId(), name, description, colour, position, visibility);
            Faces.redirect("/admin/categories.xhtml");
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
        }
        return null;
    }

    public Category getCategory() {
        return category();
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

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
