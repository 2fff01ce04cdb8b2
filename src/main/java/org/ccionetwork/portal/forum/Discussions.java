package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.Visibility;

/**
 * A forum topic where members discuss something the portal shows elsewhere (a news article, an
 * event): started by the first member who asks, in a category the portal keeps for that kind of
 * thing; later askers are sent to the same topic. The feature that owns the thing keeps the topic's
 * id and asks here, so the forum never reaches into it.
 */
@ApplicationScoped
@Transactional
public class Discussions {

    /** The category a kind of discussion lives in, made the first time it is needed. */
    public record Place(String slug, String name, String description, Visibility visibility) {}

    @Inject
    private Reading reading;

    @Inject
    private Categories categories;

    @Inject
    private Posting posting;

    /**
     * The discussion's topic: the one already started when it still exists, else a new one started
     * now by the viewer. The caller holds the thing locked, so two first askers make one topic.
     */
    public long open(Viewer viewer, Long topicId, Place place, String title, String opening, List<String> tags) {
        viewer.requireMember();
        if (topicId != null && reading.replyCount(topicId).isPresent()) {
            return topicId;
        }
        var category = categories.ensureCategory(place.slug(), place.name(), place.description(), place.visibility());
        return posting.startTopic(
                        viewer,
                        category.getId(),
                        title.length() < 5 ? place.name() + ": " + title : title,
                        opening,
                        TopicKind.DISCUSSION,
                        tags)
                .getId();
    }

    /** How many replies a discussion has (none before it starts, or when its topic is gone). */
    public int replies(Long topicId) {
        return topicId == null ? 0 : reading.replyCount(topicId).orElse(0);
    }

    /** The topic's address. */
    public static String link(long topicId) {
        return Links.topic(topicId);
    }
}
