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
import org.ccionetwork.portal.web.RequestNumbers;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /forum/topic.xhtml?id=..&amp;page=..: one page of a topic, the reply form, likes and watching
 * (moderators' tools are {@link TopicTools}). The posts are written by {@link PostListHtml}, which
 * asks this page what the reader may do.
 */
@Named
@RequestScoped
public class TopicPage implements PostListHtml.Reader {

    @Inject
    private Reading reading;

    @Inject
    private Posting posting;

    @Inject
    private Watching watching;

    @Inject
    private Viewer viewer;

    @Inject
    private Drafts drafts;

    @Inject
    private ViewCounter views;

    // The query's numbers (see RequestNumbers): null when missing or malformed.
    private Long id;
    private Integer page;
    private Integer quote;
    private Integer replyToParam;

    @jakarta.annotation.PostConstruct
    void readQuery() {
        id = RequestNumbers.longOf(Faces.getRequestParameter("id"));
        page = RequestNumbers.intOf(Faces.getRequestParameter("page"));
        quote = RequestNumbers.intOf(Faces.getRequestParameter("quote"));
        replyToParam = RequestNumbers.intOf(Faces.getRequestParameter("replyTo"));
    }

    private Reading.TopicView view;

    @NotBlank(message = "Write your reply before sending it.")
    @Size(max = 50_000, message = "A reply can be at most 50,000 characters.")
    private String body;

    private Integer replyTo;

    /** On first view: 404 for what the viewer may not see, and one more view counted. */
    public void load() {
        topic();
        // A visitor's copy of this page goes when this topic changes (see PageCache).
        org.ccionetwork.portal.web.PageCache.shows(
                org.omnifaces.util.Faces.getRequest(), org.ccionetwork.portal.web.VisibleChange.topic(id));
        if (!FacesContext.getCurrentInstance().isPostback()) {
            views.count(id);
        }
    }

    private Reading.TopicView view() {
        if (view == null) {
            view = reading.topicView(viewer, id, getPage());
        }
        return view;
    }

    public Topic topic() {
        return view().topic();
    }

    public Topic getTopic() {
        return topic();
    }

    /** The topic's views, this one included (see {@link ViewCounter}). */
    public long getViews() {
        return views.total(topic());
    }

    public Category getCategory() {
        return view().category();
    }

    public int getPage() {
        return page == null || page < 1 ? 1 : page;
    }

    public List<Integer> getPages() {
        return java.util.stream.IntStream.rangeClosed(1, topic().getPageCount())
                .boxed()
                .toList();
    }

    public List<Post> getPosts() {
        return view().posts();
    }

    /** This page's posts: those this reader sees as every plain member does were written once for all. */
    public String getPostsHtml() {
        var shared = view().shared();
        String context = contextPath();
        return PostListHtml.of(
                getPosts(), this, post -> shared.sameForAll(post, viewer, liked(post), isNew(post), context));
    }

    @Override
    public String contextPath() {
        return Faces.getRequestContextPath();
    }

    @Override
    public long topicId() {
        return topic().getId();
    }

    @Override
    public int page() {
        return getPage();
    }

    @Override
    public Integer acceptedPostNumber() {
        return topic().getAcceptedPostNumber();
    }

    @Override
    public boolean isMember() {
        return viewer.isMember();
    }

    @Override
    public boolean isModerator() {
        return viewer.isModerator();
    }

    @Override
    public boolean canReply() {
        return topic().refusalToReply(viewer).isEmpty();
    }

    @Inject
    private org.ccionetwork.portal.members.MemberService members;

    /** Who hid a post, for moderators: looked up only for hidden posts, which are rare. */
    @Override
    public String hiddenBy(Post post) {
        return post.getHiddenById() == null
                ? ""
                : members.byIds(List.of(post.getHiddenById())).stream()
                        .map(org.ccionetwork.portal.members.Member::getDisplayName)
                        .findFirst()
                        .orElse("");
    }

    /** "Liked by A, B and C". */
    @Override
    public String likedBy(Post post) {
        return PostListHtml.likedBy(view().likers().getOrDefault(post.getId(), List.of()));
    }

    @Override
    public boolean isNew(Post post) {
        return view().isNew(post);
    }

    public boolean liked(Post post) {
        return view().liked().contains(post.getId());
    }

    @Override
    public boolean canLike(Post post) {
        return post.refusalToLike(viewer).isEmpty() && !liked(post);
    }

    @Override
    public boolean canEdit(Post post) {
        return post.refusalToEdit(viewer).isEmpty();
    }

    @Override
    public boolean canAccept(Post post) {
        return topic().refusalToAccept(post, viewer).isEmpty();
    }

    /** Whether the viewer sees the post's text: hidden posts only to moderators, removed ones to nobody. */
    @Override
    public boolean showsBody(Post post) {
        return !post.isDeleted() && (!post.isHidden() || viewer.isModerator());
    }

    // ---- actions

    public String reply() {
        try {
            var post = posting.reply(viewer, topic().getId(), body, replyTo);
            drafts.discard(viewer, Drafts.replyKey(topic().getId()));
            return redirectTo(post.getPostNumber());
        } catch (NotAllowedException e) {
            Messages.addError("reply-form:body", e.getMessage());
            return null;
        }
    }

    @Inject
    private WhoCouldAnswer whoCouldAnswer;

    private List<WhoCouldAnswer.Suggestion> couldAnswer;

    /** Whether the viewer asked this open question (and may see who could answer it). */
    public boolean isAsker() {
        var topic = topic();
        return viewer.isMember() && viewer.is(topic.getAuthor().getId()) && topic.isQuestion() && !topic.isSolved();
    }

    /** Members who could answer the viewer's own open question (see {@link WhoCouldAnswer}). */
    public List<WhoCouldAnswer.Suggestion> getCouldAnswer() {
        if (couldAnswer == null) {
            couldAnswer = whoCouldAnswer.suggestions(viewer, topic());
        }
        return couldAnswer;
    }

    /** Asks the members suggested, with a reply that mentions them. */
    public String askThem() {
        try {
            var ids = getCouldAnswer().stream().map(s -> s.member().getId()).toList();
            var post = whoCouldAnswer.ask(viewer, topic().getId(), ids);
            return redirectTo(post.getPostNumber());
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        }
    }

    /** A post's button (see {@link PostAction}): like, delete or accept, each checked again by the forum. */
    public String act() {
        var action = PostAction.parse(Faces.getRequestParameter(PostAction.FIELD));
        if (action.isEmpty()) {
            Messages.addGlobalError("That action is not known. Reload the page and try again.");
            return null;
        }
        long postId = action.get().postId();
        return perform(
                switch (action.get().kind()) {
                    case LIKE -> () -> posting.like(viewer, postId);
                    case DELETE -> () -> posting.deleteOwnPost(viewer, postId);
                    case ACCEPT ->
                        () -> posting.acceptAnswer(
                                viewer, topic().getId(), action.get().postNumber());
                },
                action.get().postNumber());
    }

    public boolean isWatching() {
        return view().watching();
    }

    public String toggleWatching() {
        return perform(
                () -> {
                    if (isWatching()) {
                        watching.unwatch(viewer, topic().getId());
                    } else {
                        watching.watch(viewer, topic().getId());
                    }
                },
                1);
    }

    /** Does the action, then shows the post; what the forum refuses is said at the top of the page. */
    String perform(Runnable action, int postNumber) {
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
            body = getPosts().stream()
                    .filter(p -> p.getPostNumber() == quote && showsBody(p))
                    .findFirst()
                    .map(Quotes::of)
                    .orElse(null);
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
