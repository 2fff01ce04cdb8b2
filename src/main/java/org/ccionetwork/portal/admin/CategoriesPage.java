package org.ccionetwork.portal.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ccionetwork.portal.forum.Category;
import org.ccionetwork.portal.forum.ForumService;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.Visibility;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /admin/categories.xhtml: admins see the forum's categories and add new ones. */
@Named
@RequestScoped
public class CategoriesPage {

    @Inject
    private ForumService forum;

    @Inject
    private Viewer viewer;

    @NotBlank(message = "Give the category a name.")
    @Size(max = 100, message = "A name can be at most 100 characters.")
    private String name;

    @NotBlank(message = "Give the category an address, for example epr-optimisation.")
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "Use lower-case letters, digits and single dashes.")
    @Size(max = 80, message = "An address can be at most 80 characters.")
    private String slug;

    @Size(max = 500, message = "A description can be at most 500 characters.")
    private String description;

    @NotNull
    @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "A colour is written like #005eb8.")
    private String colour = "#005eb8";

    @NotNull
    private Visibility visibility = Visibility.MEMBERS;

    private Long parentId;

    private int position = 10;

    public List<Category> getCategories() {
        return forum.categories(viewer);
    }

    public String create() {
        try {
            forum.createCategory(viewer, slug, name, description, colour, position, visibility, parentId);
            Faces.redirect("/admin/categories.xhtml");
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
        }
        return null;
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
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

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
