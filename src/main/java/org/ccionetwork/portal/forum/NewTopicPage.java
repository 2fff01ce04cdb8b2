package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;
import org.ccionetwork.portal.text.Tags;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /forum/new.xhtml?c=slug: start a topic in a category (members). */
@Named
@RequestScoped
public class NewTopicPage {

    @Inject
    private Categories categories;

    @Inject
    private Posting posting;

    @Inject
    private TopicLists topicLists;

    @Inject
    private Viewer viewer;

    @Inject
    private Drafts drafts;

    @Inject
    @Param(name = "c")
    private String slug;

    private Category category;

    @NotBlank(message = "Give your topic a title.")
    @Size(min = 5, max = 150, message = "A title needs 5 to 150 characters.")
    private String title;

    @NotBlank(message = "Write the first post of your topic.")
    @Size(max = 50_000, message = "A post can be at most 50,000 characters.")
    private String body;

    @NotNull
    private TopicKind kind = TopicKind.DISCUSSION;

    @Size(max = 200, message = "Tags can be at most 200 characters in all.")
    @Pattern(regexp = "[\\p{L}\\p{N} ,.+#-]*", message = "Tags are words separated by spaces or commas.")
    private String tags;

    public void load() {
        if (!viewer.isMember()) {
            throw new NotFoundException("new topic");
        }
        getCategory();
    }

    public Category getCategory() {
        if (category == null) {
            category = categories.category(viewer, slug);
        }
        return category;
    }

    public String create() {
        try {
            var topic = posting.startTopic(viewer, getCategory().getId(), title, body, kind, Tags.parse(tags, 8));
            drafts.discard(viewer, Drafts.topicKey(getCategory().getSlug()));
            Faces.redirect(Links.topic(topic.getId()));
            return null;
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        }
    }

    private List<String> popularTags;

    public List<String> getPopularTags() {
        if (popularTags == null) {
            popularTags = topicLists.popularTags(viewer);
        }
        return popularTags;
    }

    /** Suggestions as the tags are typed: the last word finished with tags recent topics carry. */
    public List<String> completeTags(String typed) {
        return org.ccionetwork.portal.text.Tags.completions(typed, topicLists.tagsByUse(viewer), 8);
    }

    public TopicKind[] getKinds() {
        return TopicKind.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public TopicKind getKind() {
        return kind;
    }

    public void setKind(TopicKind kind) {
        this.kind = kind;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }
}
