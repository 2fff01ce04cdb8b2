package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Viewer;

/** Searching the forum: only posts the viewer may read, newest first, paged by keyset after filtering. */
@ApplicationScoped
@Transactional
public class ForumSearch {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private SearchIndex searchIndex;

    @Inject
    private Categories categories;

    /** One result of a search: the post, its topic, and a plain-text excerpt. */
    public record Hit(Post post, Topic topic, String excerpt) {}

    /** A page of search results and the cursor of the next one. */
    public record Hits(List<Hit> hits, Long nextBefore) {}

    /**
     * Posts whose words include every word searched for (titles count for the opening post), newest
     * first, by keyset on the post id, only in categories the viewer may read and never removed or
     * hidden posts: members-only posts do not exist for visitors here either.
     */
    public Hits search(Viewer viewer, String words, Long before) {
        var terms =
                SearchIndex.terms(words == null ? "" : words).stream().limit(5).toList();
        var readable = categories.readableIds(viewer);
        if (terms.isEmpty() || readable.isEmpty()) {
            return new Hits(List.of(), null);
        }
        // Candidates come from the index in batches; those the reader may not read are skipped, and the
        // next page's cursor is always a post this page showed, never a candidate it skipped.
        var hits = new ArrayList<Hit>();
        long cursor = before == null ? Long.MAX_VALUE : before;
        for (int round = 0; round < SEARCH_ROUNDS && hits.size() <= SEARCH_PAGE; round++) {
            var candidates = searchIndex.find(terms, cursor, SEARCH_CANDIDATES);
            hits.addAll(readableHits(candidates, readable, terms));
            if (candidates.size() < SEARCH_CANDIDATES) {
                break;
            }
            cursor = candidates.getLast();
        }
        Long next = null;
        if (hits.size() > SEARCH_PAGE) {
            hits.subList(SEARCH_PAGE, hits.size()).clear();
            next = hits.getLast().post().getId();
        }
        return new Hits(hits, next);
    }

    /** Of the candidate posts, newest first, those shown and readable, with their excerpts. */
    private List<Hit> readableHits(List<Long> candidates, java.util.Collection<Long> readable, List<String> terms) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        var posts = em.createQuery(
                        "select p from Post p join fetch p.author where p.id in :ids and p.deleted = false and p.hidden = false"
                                + " order by p.id desc",
                        Post.class)
                .setParameter("ids", candidates)
                .setHint(Reading.READ_ONLY, true)
                .getResultList();
        var topics = new java.util.HashMap<Long, Topic>();
        if (!posts.isEmpty()) {
            em.createQuery(
                            "select t from Topic t where t.id in :ids and t.deleted = false and t.categoryId in :c",
                            Topic.class)
                    .setParameter(
                            "ids",
                            posts.stream().map(Post::getTopicId).distinct().toList())
                    .setParameter("c", readable)
                    .setHint(Reading.READ_ONLY, true)
                    .getResultList()
                    .forEach(t -> topics.put(t.getId(), t));
        }
        var hits = new ArrayList<Hit>();
        for (Post post : posts) {
            var topic = topics.get(post.getTopicId());
            if (topic != null) {
                hits.add(new Hit(post, topic, SearchIndex.excerpt(post.getBodySource(), terms)));
            }
        }
        return hits;
    }

    /** How many batches of candidates one page may look through before it ends the search. */
    private static final int SEARCH_ROUNDS = 10;

    private static final int SEARCH_PAGE = 20;
    private static final int SEARCH_CANDIDATES = 100;
}
