package org.ccionetwork.portal.forum;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * How posts are found by their words, one way for each database (DESIGN.md). On PostgreSQL, its
 * own full-text search: a stemmed {@code tsvector} for each post with a GIN index, so that
 * "discharges" finds "discharge". On the embedded H2, a table of each post's distinct words with an
 * index on (word, post). Both find the posts that hold every word searched for, newest first, by
 * keyset on the post id, and read index entries rather than every post.
 */
enum PostSearch {
    TERM_TABLE {
        @Override
        void index(EntityManager em, long postId, String text) {
            em.createNativeQuery("delete from forum_search_terms where post_id = ?")
                    .setParameter(1, postId)
                    .executeUpdate();
            for (String term : SearchIndex.terms(text)) {
                em.createNativeQuery("insert into forum_search_terms (term, post_id) values (?, ?)")
                        .setParameter(1, term)
                        .setParameter(2, postId)
                        .executeUpdate();
            }
        }

        @Override
        List<Long> find(EntityManager em, List<String> words, long before, int limit) {
            var sql = new StringBuilder("select s0.post_id from forum_search_terms s0");
            for (int i = 1; i < words.size(); i++) {
                sql.append(" join forum_search_terms s%1$d on s%1$d.post_id = s0.post_id and s%1$d.term = ?%2$d"
                        .formatted(i, i + 1));
            }
            sql.append(" where s0.term = ?1 and s0.post_id < ?%d order by s0.post_id desc".formatted(words.size() + 1));
            var query = em.createNativeQuery(sql.toString());
            for (int i = 0; i < words.size(); i++) {
                query.setParameter(i + 1, words.get(i));
            }
            query.setParameter(words.size() + 1, before);
            return ids(query.setMaxResults(limit).getResultList());
        }
    },

    POSTGRES_TEXT {
        @Override
        void index(EntityManager em, long postId, String text) {
            em.createNativeQuery("update forum_posts set search_vector = to_tsvector('english', ?) where id = ?")
                    .setParameter(1, text)
                    .setParameter(2, postId)
                    .executeUpdate();
        }

        @Override
        List<Long> find(EntityManager em, List<String> words, long before, int limit) {
            var query = em.createNativeQuery("select id from forum_posts"
                            + " where search_vector @@ plainto_tsquery('english', ?) and id < ? order by id desc")
                    .setParameter(1, String.join(" ", words))
                    .setParameter(2, before);
            return ids(query.setMaxResults(limit).getResultList());
        }
    };

    /** Keeps what the search needs of a post's text (with the title, for an opening post). */
    abstract void index(EntityManager em, long postId, String text);

    /**
     * Ids of the posts holding every one of the words (as {@link SearchIndex#terms} gives them),
     * below {@code before}, newest first, at most {@code limit}.
     */
    abstract List<Long> find(EntityManager em, List<String> words, long before, int limit);

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
