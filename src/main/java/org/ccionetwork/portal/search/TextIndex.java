package org.ccionetwork.portal.search;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccionetwork.portal.shared.Visibility;

/**
 * How documents are kept and found, one way for each database (DESIGN.md; STYLE.md's search
 * backend per database). On PostgreSQL, its own full-text search: a weighted, stemmed
 * {@code tsvector} with a GIN index, ranked by {@code ts_rank}. On H2, a table of each document's
 * words with their weight, ranked by the weights of the words found. Both rank a title match above
 * a body match, add the document's small boost, and page by keyset on (rank, id).
 */
enum TextIndex {
    TERM_TABLE {
        @Override
        void written(EntityManager em, long id, SearchDocument doc) {
            var weights = new LinkedHashMap<String, Integer>();
            Words.of(doc.body(), MAX_TERMS).forEach(word -> weights.put(word, 1));
            Words.of(doc.summary(), MAX_TERMS).forEach(word -> weights.put(word, 2));
            Words.of(doc.title(), MAX_TERMS).forEach(word -> weights.put(word, 3));
            for (var term : weights.entrySet()) {
                em.createNativeQuery("insert into search_terms (term, doc_id, weight) values (?, ?, ?)")
                        .setParameter(1, term.getKey())
                        .setParameter(2, id)
                        .setParameter(3, term.getValue())
                        .executeUpdate();
            }
        }

        @Override
        Sql matching(SearchQuery query, String kind, List<Visibility> readable) {
            var sql = new Sql();
            var from = new StringBuilder(" from search_documents d");
            var rank = new ArrayList<String>();
            int n = 0;
            for (String word : query.wholeWords()) {
                from.append(" join search_terms t%1$d on t%1$d.doc_id = d.id and t%1$d.term = ?".formatted(n));
                sql.parameters.add(word);
                rank.add("t" + n++ + ".weight");
            }
            if (query.prefixWord() != null) {
                from.append((" join (select doc_id, max(weight) weight from search_terms where term like ?"
                                + " group by doc_id) t%1$d on t%1$d.doc_id = d.id")
                        .formatted(n));
                sql.parameters.add(query.prefixWord() + "%");
                rank.add("t" + n + ".weight");
            }
            sql.from = from.toString();
            var where = new StringBuilder(" where ").append(readableBy(readable, "d"));
            if (kind != null) {
                where.append(" and d.kind = ?");
                sql.parameters.add(kind);
            }
            for (String word : query.excluded()) {
                where.append(" and not exists (select 1 from search_terms x where x.doc_id = d.id and x.term = ?)");
                sql.parameters.add(word);
            }
            for (var phrase : query.phrases()) {
                where.append(" and lower(d.title || ' ' || d.summary || ' ' || d.body) like ? escape '!'");
                sql.parameters.add("%" + String.join(" ", phrase).replaceAll("([!%_])", "!$1") + "%");
            }
            sql.where = where.toString();
            sql.rank = "((" + String.join(" + ", rank) + ") * 1000 + d.boost * 50)";
            return sql;
        }
    },

    POSTGRES_TEXT {
        @Override
        void written(EntityManager em, long id, SearchDocument doc) {
            em.createNativeQuery("update search_documents set vector ="
                            + " setweight(to_tsvector('english', title), 'A')"
                            + " || setweight(to_tsvector('english', summary), 'B')"
                            + " || setweight(to_tsvector('english', body), 'C') where id = ?")
                    .setParameter(1, id)
                    .executeUpdate();
        }

        @Override
        Sql matching(SearchQuery query, String kind, List<Visibility> readable) {
            var sql = new Sql();
            // What is ranked: the words wanted (a word left out would lower the rank of what matches).
            var wanted = new ArrayList<String>();
            var wantedParameters = new ArrayList<Object>();
            if (!query.wholeWords().isEmpty()) {
                wanted.add("plainto_tsquery('english', ?)");
                wantedParameters.add(String.join(" ", query.wholeWords()));
            }
            if (query.prefixWord() != null) {
                String prefix = query.prefixWord().replaceAll("[^\\p{L}\\p{N}]", "");
                wanted.add("to_tsquery('english', ?)");
                wantedParameters.add(prefix.isEmpty() ? "" : prefix + ":*");
            }
            for (var phrase : query.phrases()) {
                wanted.add("phraseto_tsquery('english', ?)");
                wantedParameters.add(String.join(" ", phrase));
            }
            var all = new ArrayList<>(wanted);
            sql.parameters.addAll(wantedParameters);
            sql.parameters.addAll(wantedParameters);
            for (String word : query.excluded()) {
                all.add("!! plainto_tsquery('english', ?)");
                sql.parameters.add(word);
            }
            // Ranked among the newest matches only (CANDIDATES of them): a word in half a million posts
            // is then ranked over five hundred, read by walking (kind, id) backwards, not all of them;
            // a rare word is found through the GIN index. The planner chooses by its statistics. Only what
            // the rank needs is carried through the ranking; the few shown are read after (see ranked).
            sql.from = " from (select " + String.join(" && ", wanted) + " as r, " + String.join(" && ", all)
                    + " as q) q, lateral (select c.id, c.vector, c.boost from search_documents c where c.vector @@ q.q and "
                    + readableBy(readable, "c") + (kind == null ? "" : " and c.kind = ?")
                    + " order by c.id desc limit " + CANDIDATES + ") d";
            if (kind != null) {
                sql.parameters.add(kind);
            }
            sql.where = " where true";
            sql.rank = "(cast(floor(ts_rank('{0.1, 0.2, 0.4, 1.0}', d.vector, q.r) * 100000) as bigint)"
                    + " + d.boost * 50)";
            return sql;
        }
    };

    /** On PostgreSQL, how many of the newest matches are ranked (and counted): as many as a count shows. */
    static final int CANDIDATES = Search.COUNT_CAP;

    /** The most distinct words kept of one part of a document on H2. */
    private static final int MAX_TERMS = 5000;

    /** One page of documents found, each with its rank. */
    record Found(
            long id,
            String kind,
            long ref,
            String heading,
            String summary,
            String body,
            String link,
            OffsetDateTime at,
            long rank) {}

    /** The SQL of a query: its tables, its conditions (starting with "where"), its rank, its parameters in order. */
    static final class Sql {
        String from;
        String where;
        String rank;
        final List<Object> parameters = new ArrayList<>();
    }

    /** What the database needs besides the document's row (its words, its vector). */
    abstract void written(EntityManager em, long id, SearchDocument doc);

    /** The tables, conditions and rank of the documents of the kind (any when null) the readers may find that match. */
    abstract Sql matching(SearchQuery query, String kind, List<Visibility> readable);

    /** Writes the document in place of what was kept of the same thing. */
    void put(EntityManager em, SearchDocument doc) {
        remove(em, doc.kind(), doc.ref());
        em.createNativeQuery(
                        "insert into search_documents (kind, ref_id, group_id, visibility, heading, title,"
                                + " summary, body, link, happened, boost) values (?, ?, cast(? as bigint), ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, doc.kind())
                .setParameter(2, doc.ref())
                .setParameter(3, doc.group())
                .setParameter(4, doc.visibility().name())
                .setParameter(5, doc.heading())
                .setParameter(6, doc.title())
                .setParameter(7, doc.summary())
                .setParameter(8, doc.body())
                .setParameter(9, doc.link())
                .setParameter(10, OffsetDateTime.ofInstant(doc.at(), ZoneOffset.UTC))
                .setParameter(11, doc.boost())
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("select id from search_documents where kind = ? and ref_id = ?")
                        .setParameter(1, doc.kind())
                        .setParameter(2, doc.ref())
                        .getSingleResult())
                .longValue();
        written(em, id, doc);
    }

    /** Forgets a thing. */
    void remove(EntityManager em, String kind, long ref) {
        em.createNativeQuery("delete from search_documents where kind = ? and ref_id = ?")
                .setParameter(1, kind)
                .setParameter(2, ref)
                .executeUpdate();
    }

    /** The things of a group that the index holds. */
    List<Long> refsOfGroup(EntityManager em, String kind, long group) {
        return longs(em.createNativeQuery("select ref_id from search_documents where kind = ? and group_id = ?")
                .setParameter(1, kind)
                .setParameter(2, group)
                .getResultList());
    }

    /**
     * The documents of a kind (any kind when null) that the readers may find and that match, best
     * first, after the cursor's (rank, id) when given.
     */
    List<Found> find(
            EntityManager em, String kind, List<Visibility> readable, SearchQuery query, long[] after, int limit) {
        var sql = matching(query, kind, readable);
        var parameters = new ArrayList<>(sql.parameters);
        String cursor = "";
        if (after != null) {
            cursor = " and (" + sql.rank + " < ? or (" + sql.rank + " = ? and d.id < ?))";
            parameters.add(after[0]);
            parameters.add(after[0]);
            parameters.add(after[1]);
        }
        var nativeQuery = em.createNativeQuery(ranked(sql, cursor, false, limit));
        for (int i = 0; i < parameters.size(); i++) {
            nativeQuery.setParameter(i + 1, parameters.get(i));
        }
        var found = new ArrayList<Found>();
        for (Object row : nativeQuery.getResultList()) {
            found.add(found((Object[]) row));
        }
        return found;
    }

    /**
     * The query of the best documents, at most {@code limit}: ranked over the ids and ranks alone (and
     * counted, with {@code counted}), then only those shown read whole. Carrying every candidate's
     * text through the ranking cost a common word a third of its time on PostgreSQL.
     */
    private static String ranked(Sql sql, String cursor, boolean counted, int limit) {
        return "select s.id, s.kind, s.ref_id, s.heading, s.summary, s.body, s.link, s.happened, x.r"
                + (counted ? ", x.n" : "") + " from (select d.id as id, " + sql.rank + " as r"
                + (counted ? ", count(*) over () as n" : "") + sql.from + sql.where + cursor
                + " order by r desc, d.id desc limit " + limit + ") x join search_documents s on s.id = x.id"
                + " order by x.r desc, x.id desc";
    }

    /** The best few of a kind and how many the readers may find (at most the cap). */
    record Best(List<Found> found, int count) {}

    /**
     * The best few documents of the kind and their count, in one query (the count a window over the
     * same rows): what the results page shows of each kind when none is chosen. On PostgreSQL the
     * newest matches are read once, not once to count and again to rank.
     */
    Best best(EntityManager em, String kind, List<Visibility> readable, SearchQuery query, int limit, int cap) {
        var sql = matching(query, kind, readable);
        var nativeQuery = em.createNativeQuery(ranked(sql, "", true, limit));
        for (int i = 0; i < sql.parameters.size(); i++) {
            nativeQuery.setParameter(i + 1, sql.parameters.get(i));
        }
        var found = new ArrayList<Found>();
        long count = 0;
        for (Object row : nativeQuery.getResultList()) {
            Object[] r = (Object[]) row;
            found.add(found(r));
            count = ((Number) r[9]).longValue();
        }
        return new Best(found, (int) Math.min(count, cap));
    }

    private static Found found(Object[] r) {
        return new Found(
                ((Number) r[0]).longValue(),
                (String) r[1],
                ((Number) r[2]).longValue(),
                (String) r[3],
                (String) r[4],
                (String) r[5],
                (String) r[6],
                at(r[7]),
                ((Number) r[8]).longValue());
    }

    /** How many documents of each kind the readers may find that match, each count at most {@code cap}. */
    Map<String, Integer> counts(
            EntityManager em, List<String> kinds, List<Visibility> readable, SearchQuery query, int cap) {
        var counts = new LinkedHashMap<String, Integer>();
        for (String kind : kinds) {
            var sql = matching(query, kind, readable);
            var nativeQuery = em.createNativeQuery(
                    "select count(*) from (select d.id" + sql.from + sql.where + " limit " + cap + ") c");
            int i = 1;
            for (Object parameter : sql.parameters) {
                nativeQuery.setParameter(i++, parameter);
            }
            counts.put(kind, ((Number) nativeQuery.getSingleResult()).intValue());
        }
        return counts;
    }

    private static String readableBy(List<Visibility> readable, String table) {
        // The names of an enum, never what a reader typed.
        return table + ".visibility in ("
                + readable.stream().map(v -> "'" + v.name() + "'").collect(Collectors.joining(", ")) + ")";
    }

    private static OffsetDateTime at(Object value) {
        return switch (value) {
            case OffsetDateTime offset -> offset;
            case java.sql.Timestamp timestamp -> timestamp.toInstant().atOffset(ZoneOffset.UTC);
            case java.time.Instant instant -> instant.atOffset(ZoneOffset.UTC);
            default -> OffsetDateTime.parse(value.toString());
        };
    }

    private static List<Long> longs(List<?> rows) {
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
