package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /forum/topic.xhtml?id=..&page=..: one page of a topic, the reply form, likes and moderators' tools. */
@Named
@RequestScoped
public class TopicPage {

    @Inject
    private ForumService forum;

    @Inject
    private Viewer viewer;

    @Inject
    private Drafts drafts;

    @Inject
    private ViewCounter views;

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    @Param(name = "page")
    private Integer page;

    @Inject
    @Param(name = "quote")
    private Integer quote;

    @Inject
    @Param(name = "replyTo")
    private Integer replyToParam;

    private ForumService.TopicView view;

    @NotBlank(message = "Write your reply before sending it.")
    @Size(max = 50_000, message = "A reply can be at most 50,000 characters.")
    private String body;

    private Integer replyTo;

    /** On first view: 404 for what the viewer may not see, and one more view counted. */
    public void load() {
        topic();
        if (!FacesContext.getCurrentInstance().isPostback()) {
            views.count(id);
        }
    }

    private ForumService.TopicView view() {
        if (view == null) {
            view = forum.topicView(viewer, id, getPage());
        }
        return view;
    }

    public Topic topic() {
        return view().topic();
    }

    public Topic getTopic() {
        return topic();
    }

    public Category getCategory() {
        return view().category();
    }

    public int getPage() {
        return page == null || page < 1 ? 1 : page;
    }

    public List<Integer> getPages() {
        return java.util.stream.IntStream.rangeClosed(1, topic().getPageCount()).boxed().toList();
    }

    public List<Post> getPosts() {
        return view().posts();
    }

    @Inject
    private org.ccionetwork.portal.members.MemberService members;

    /** Who hid a post, for moderators: looked up only for hidden posts, which are rare. */
    public String hiddenBy(Post post) {
        return post.getHiddenById() == null ? "" : members.byIds(List.of(post.getHiddenById())).stream()
                .map(org.ccionetwork.portal.members.Member::getDisplayName).findFirst().orElse("");
    }

    public String getAcceptedLink() {
        Integer accepted = topic().getAcceptedPostNumber();
        return accepted == null ? null : Links.post(topic().getId(), accepted);
    }

    /** "Liked by A, B and C". */
    public String likedBy(Post post) {
        var names = view().likers().getOrDefault(post.getId(), List.of());
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return "Liked by " + names.getFirst();
        }
        return "Liked by " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    public boolean isNew(Post post) {
        return view().isNew(post);
    }

    public boolean liked(Post post) {
        return view().liked().contains(post.getId());
    }

    public boolean canLike(Post post) {
        return viewer.isMember() && !viewer.is(post.getAuthor().getId()) && !post.isDeleted() && !liked(post);
    }

    public boolean canEdit(Post post) {
        return viewer.is(post.getAuthor().getId()) && !post.isDeleted();
    }

    public boolean canAccept(Post post) {
        return topic().isQuestion() && post.getPostNumber() > 1 && !post.isDeleted()
                && (viewer.is(topic().getAuthor().getId()) || viewer.isModerator());
    }

    /** Whether the viewer sees the post's text: hidden posts only to moderators, removed ones to nobody. */
    public boolean showsBody(Post post) {
        return !post.isDeleted() && (!post.isHidden() || viewer.isModerator());
    }

    public boolean isCanReply() {
        return viewer.isMember() && !topic().isLocked();
    }

    public boolean isModerator() {
        return viewer.isModerator();
    }

    // ---- actions

    public String reply() {
        try {
            var post = forum.reply(viewer, topic().getId(), body, replyTo);
            drafts.discard(viewer, Drafts.replyKey(topic().getId()));
            return redirectTo(post.getPostNumber());
        } catch (NotAllowedException e) {
            Messages.addError("reply-form:body", e.getMessage());
            return null;
        }
    }

    public String like(long postId, int postNumber) {
        return act(() -> forum.like(viewer, postId), postNumber);
    }

    public String accept(int postNumber) {
        return act(() -> forum.acceptAnswer(viewer, topic().getId(), postNumber), postNumber);
    }

    public String deletePost(long postId, int postNumber) {
        return act(() -> forum.deleteOwnPost(viewer, postId), postNumber);
    }

    public boolean isWatching() {
        return view().watching();
    }

    public String toggleWatching() {
        return act(() -> {
            if (isWatching()) {
                forum.unwatch(viewer, topic().getId());
            } else {
                forum.watch(viewer, topic().getId());
            }
        }, 1);
    }

    // ---- moderators' topic tools: rename, move, delete

    @Size(min = 5, max = 150, message = "A title needs 5 to 150 characters.")
    private String newTitle;

    private Long newCategoryId;

    public List<Category> getCategories() {
        return forum.categories(viewer);
    }

    public String rename() {
        return act(() -> forum.rename(viewer, topic().getId(), newTitle, null), 1);
    }

    public String move() {
        if (newCategoryId == null) {
            return null;
        }
        return act(() -> forum.move(viewer, topic().getId(), newCategoryId, null), 1);
    }

    public String deleteTopic() {
        String slug = getCategory().getSlug();
        forum.deleteTopic(viewer, topic().getId(), null);
        Faces.redirect(Links.category(slug));
        return null;
    }

    public String getNewTitle() {
        return newTitle == null && view != null ? topic().getTitle() : newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public Long getNewCategoryId() {
        return newCategoryId == null && view != null ? getCategory().getId() : newCategoryId;
    }

    public void setNewCategoryId(Long newCategoryId) {
        this.newCategoryId = newCategoryId;
    }

    public String togglePinned() {
        return act(() -> forum.setPinned(viewer, topic().getId(), !topic().isPinned(), null), 1);
    }

    public String toggleLocked() {
        return act(() -> forum.setLocked(viewer, topic().getId(), !topic().isLocked(), null), 1);
    }

    private String act(Runnable action, int postNumber) {
        try {
            action.run();
            return redirectTo(postNumber);
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        }
    }

    private String redirectTo(int postNumber) {
        Faces.redirect(Links.post(topic().getId(), postNumber));
        return null;
    }

    // ---- the reply form

    public String getBody() {
        if (body == null && quote != null && quote >= 1 && quote <= topic().getPostCount()) {
            body = getPosts().stream().filter(p -> p.getPostNumber() == quote && showsBody(p)).findFirst()
                    .map(Quotes::of).orElse(null);
        }
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Integer getReplyTo() {
        if (replyTo == null) {
            replyTo = replyToParam != null ? replyToParam : quote;
        }
        return replyTo;
    }

    public void setReplyTo(Integer replyTo) {
        this.replyTo = replyTo;
    }
}
