package org.ccionetwork.portal.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.ccionetwork.portal.forum.Topic;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /library/item.xhtml?id=n: an item, its versions and checksums, the topics that mention it; new versions; moderators' tools. */
@Named
@RequestScoped
public class ItemPage {

    @Inject
    private LibraryService library;

    @Inject
    private SharedItems sharedItems;

    @Inject
    private ItemTopics itemTopics;

    @Inject
    private UploadReceiver receiver;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "id")
    private Long id;

    private Item item;
    private List<ItemVersion> versions;
    private java.util.Optional<SharedFor.Backlink> backlink;

    /** What the item was shared for (an event), when the viewer may see it; else null. */
    public SharedFor.Backlink getBacklink() {
        if (backlink == null) {
            backlink = sharedItems.backlink(viewer, getItem());
        }
        return backlink.orElse(null);
    }

    private List<Topic> topics;

    private String uploadToken;

    @Size(max = 500, message = "A change note can be at most 500 characters.")
    private String changeNote;

    @Size(max = 500, message = "A reason can be at most 500 characters.")
    private String reason;

    private String owner;
    private LocalDate reviewBy;
    private String moveTo;

    public void load() {
        getItem();
        owner = item.getOwner() == null ? null : item.getOwner().getUsername();
        reviewBy = item.getReviewBy();
        moveTo = item.getCollection().getSlug();
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

    public List<ItemVersion> getVersions() {
        if (versions == null) {
            versions = library.versions(viewer, getItem().getId());
        }
        return versions;
    }

    public ItemVersion getCurrent() {
        return getVersions().isEmpty() ? null : getVersions().getFirst();
    }

    public List<Topic> getTopics() {
        if (topics == null) {
            topics = itemTopics.topics(viewer, getItem().getId());
        }
        return topics;
    }

    public boolean isEditable() {
        return library.canEdit(viewer, getItem());
    }

    public boolean isDueForReview() {
        return getItem().isDueForReview(library.today());
    }

    public String getMarkdownLink() {
        return "[" + getItem().getTitle().replace("]", "\\]") + "]("
                + Links.item(getItem().getId()) + ")";
    }

    public int getMaxMb() {
        return receiver.maxMb();
    }

    public void addVersion() {
        act(() -> library.newVersion(viewer, id, uploadToken, changeNote), "Version added.");
    }

    public void hide() {
        act(
                () -> library.setHidden(viewer, id, !getItem().isHidden(), reason),
                getItem().isHidden() ? "Shown again." : "Hidden.");
    }

    public void delete() {
        try {
            library.delete(viewer, id, reason);
            Messages.addFlashGlobalInfo("The item was deleted.");
            Faces.redirect(Faces.getRequestContextPath() + "/library/");
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void saveReview() {
        act(() -> library.setReview(viewer, id, owner, reviewBy), "Owner and review date saved.");
    }

    public void move() {
        act(() -> library.move(viewer, id, moveTo), "Moved.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.addFlashGlobalInfo(done);
            Faces.redirect(Faces.getRequestContextPath() + Links.item(id));
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public List<Collection> getCollections() {
        return library.collections();
    }

    public String getUploadToken() {
        return uploadToken;
    }

    public void setUploadToken(String uploadToken) {
        this.uploadToken = uploadToken;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getReviewBy() {
        return reviewBy;
    }

    public void setReviewBy(LocalDate reviewBy) {
        this.reviewBy = reviewBy;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }
}
