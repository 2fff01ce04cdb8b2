package org.ccionetwork.portal.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ccionetwork.portal.forum.Category;
import org.ccionetwork.portal.shared.Visibility;

/** What an admin types about a category, with its rules; the address and parent only when adding one. */
public class CategoryForm {

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

    /** The form filled with a category's current values. */
    static CategoryForm of(Category category) {
        var form = new CategoryForm();
        form.name = category.getName();
        form.slug = category.getSlug();
        form.description = category.getDescription();
        form.colour = category.getColour();
        form.visibility = category.getVisibility();
        form.parentId = category.getParentId();
        form.position = category.getPosition();
        return form;
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
