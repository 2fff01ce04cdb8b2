package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.search.SearchDocument;
import org.ccionetwork.portal.search.SearchKind;
import org.ccionetwork.portal.search.SearchSource;
import org.ccionetwork.portal.search.SearchStale;

/**
 * The forum's part of the search: each post shown in a topic that is not deleted, found by its
 * words and, for an opening post, by its topic's title and tags; as readable as its category. An
 * accepted answer and a liked post weigh a little more. Every post of a topic belongs to the
 * topic's group, so a topic moved, renamed or deleted is written again whole.
 */
@ApplicationScoped
public class ForumDocuments implements SearchSource {

    @Inject
    @PortalData
    private EntityManager em;

    void written(@Observes PostWritten post) {
        SearchStale.fire(SearchKind.DISCUSSIONS, post.postId());
    }

    @Override
    public SearchKind kind() {
        return SearchKind.DISCUSSIONS;
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        var posts = em.createQuery(
                        "select p from Post p where p.id in :ids and p.deleted = false and p.hidden = false",
                        Post.class)
                .setParameter("ids", refs)
                .setHint(Reading.READ_ONLY, true)
                .getResultList();
        Map<Long, Topic> topics = new HashMap<>();
        Map<Long, Category> categories = new HashMap<>();
        if (!posts.isEmpty()) {
            em.createQuery("select t from Topic t where t.id in :ids and t.deleted = false", Topic.class)
                    .setParameter(
                            "ids",
                            posts.stream().map(Post::getTopicId).distinct().toList())
                    .setHint(Reading.READ_ONLY, true)
                    .getResultList()
                    .forEach(t -> topics.put(t.getId(), t));
            em.createQuery("select c from Category c", Category.class)
                    .setHint(Reading.READ_ONLY, true)
                    .getResultList()
                    .forEach(c -> categories.put(c.getId(), c));
        }
        return posts.stream()
                .filter(p -> topics.containsKey(p.getTopicId()))
                .filter(p -> categories.containsKey(topics.get(p.getTopicId()).getCategoryId()))
                .map(p -> document(
                        p,
                        topics.get(p.getTopicId()),
                        categories.get(topics.get(p.getTopicId()).getCategoryId())))
                .toList();
    }

    private static SearchDocument document(Post post, Topic topic, Category category) {
        boolean opening = post.getPostNumber() == 1;
        boolean accepted =
                topic.getAcceptedPostNumber() != null && topic.getAcceptedPostNumber() == post.getPostNumber();
        return new SearchDocument(
                SearchKind.DISCUSSIONS.key(),
                post.getId(),
                topic.getId(),
                category.getVisibility(),
                topic.getTitle(),
                opening ? topic.getTitle() : "",
                opening ? String.join(" ", topic.getTags()) : "",
                post.getBodySource(),
                Links.post(topic.getId(), post.getPostNumber()),
                post.getCreated(),
                (accepted ? 10 : 0) + Math.min(10, post.getLikeCount()));
    }

    @Override
    public List<Long> refsAfter(long after, int limit) {
        return em.createQuery("select p.id from Post p where p.id > :after order by p.id", Long.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The topics of a category, whose documents change with its visibility. */
    static void categoryChanged(EntityManager em, long categoryId) {
        em.createQuery("select t.id from Topic t where t.categoryId = :c", Long.class)
                .setParameter("c", categoryId)
                .getResultList()
                .forEach(topic -> SearchStale.fireGroup(SearchKind.DISCUSSIONS, topic));
    }
}
