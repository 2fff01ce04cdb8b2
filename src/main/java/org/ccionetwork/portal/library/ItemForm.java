package org.ccionetwork.portal.library;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.text.Tags;

/** The fields of an item, as the share and edit pages show them, each checked beside itself. */
public class ItemForm {

    @NotBlank(message = "Give the item a title.")
    @Size(min = 3, max = 150, message = "A title needs 3 to 150 characters.")
    private String title;

    @Size(max = 20_000, message = "A description can be at most 20,000 characters.")
    private String description;

    @NotBlank(message = "Choose a collection.")
    private String collection;

    @Size(max = 200, message = "Tags can be at most 200 characters in all.")
    @Pattern(regexp = "[\\p{L}\\p{N} ,.+#-]*", message = "Tags are words separated by spaces or commas.")
    private String tags;

    private boolean publicItem;

    @Size(max = 2000, message = "A link can be at most 2,000 characters.")
    @Pattern(regexp = "((?i)https?://\\S+)?", message = "A link starts with https:// (or http://).")
    private String linkUrl;

    static ItemForm of(Item item) {
        var form = new ItemForm();
        form.title = item.getTitle();
        form.description = item.getDescriptionSource();
        form.collection = item.getCollection().getSlug();
        form.tags = item.getTags();
        form.publicItem = !item.isMembersOnly();
        form.linkUrl = item.getLinkUrl();
        return form;
    }

    ItemDetails details() {
        return new ItemDetails(
                title,
                description,
                collection,
                Tags.parse(tags, 8),
                publicItem ? Visibility.PUBLIC : Visibility.MEMBERS,
                linkUrl);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCollection() {
        return collection;
    }

    public void setCollection(String collection) {
        this.collection = collection;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public boolean isPublicItem() {
        return publicItem;
    }

    public void setPublicItem(boolean publicItem) {
        this.publicItem = publicItem;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }
}
