package org.ccionetwork.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * Fills the forum tables directly over JDBC with batches: members, categories, topics and posts of
 * realistic length, written as a real forum would hold them (Markdown source and its HTML, counters
 * and last activity in step). One topic ("the benchmark topic") has exactly 50 replies, with likes.
 */
public final class ForumSeeder {

    static final long ID_BASE = 10_000_000L;
    private static final String[] WORDS = ("clinical safety record go-live ward nurse pharmacy order set medicines "
                    + "reconciliation discharge summary interoperability FHIR smartcard downtime procedure optimisation "
                    + "dashboard benefits realisation governance hazard log DCB0129 DCB0160 CSO board digital maturity "
                    + "ICS integrated care patient portal observations early warning score handover theatre outpatients "
                    + "referral GP community mental health therapies informatics training super-user floor-walker "
                    + "cutover data migration legacy system supplier contract procurement business case funding "
                    + "frontline digitisation shared care record consent audit analytics workflow usability feedback")
            .split(" ");

    /** In one post of ten thousand. */
    static final String RARE_WORD = "zebrafish";

    /** In about half the posts. */
    static final String COMMON_WORD = "discharge";

    private final Random random = new Random(42);
    private final Instant now = Instant.now();

    public record Seeded(long topics, long posts, long benchmarkTopicId, String benchmarkCategorySlug, Duration took) {

        /** Kept beside an H2 database, so that a later run can reuse the forum without seeding it again. */
        void write(Path file) throws IOException {
            Files.writeString(
                    file,
                    String.join(
                            " ",
                            String.valueOf(topics),
                            String.valueOf(posts),
                            String.valueOf(benchmarkTopicId),
                            benchmarkCategorySlug,
                            String.valueOf(took.toSeconds())));
        }

        static Seeded read(Path file) throws IOException {
            String[] parts = Files.readString(file).strip().split(" ");
            return new Seeded(
                    Long.parseLong(parts[0]),
                    Long.parseLong(parts[1]),
                    Long.parseLong(parts[2]),
                    parts[3],
                    Duration.ofSeconds(Long.parseLong(parts[4])));
        }
    }

    public Seeded seed(Connection connection, int topics, int repliesPerTopic, int members) throws SQLException {
        Instant started = Instant.now();
        connection.setAutoCommit(false);
        long memberBase = ID_BASE;
        try (var insert = connection.prepareStatement(
                "insert into members (id, subject, username, display_name, email,"
                        + " organisation_code, organisation_name, roles, first_seen, last_seen, version) values (?,?,?,?,?,?,?,?,?,?,0)")) {
            for (int m = 0; m < members; m++) {
                insert.setLong(1, memberBase + m);
                insert.setString(2, "bench:" + m);
                insert.setString(3, "bench" + m);
                insert.setString(4, "Member " + m);
                insert.setString(5, "bench" + m + "@example.org");
                insert.setString(6, "R" + (m % 90 + 10));
                insert.setString(7, "Bench NHS Trust " + (m % 90));
                insert.setString(8, "member");
                insert.setObject(9, at(now.minus(Duration.ofDays(400))));
                insert.setObject(10, at(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        int categories = 10;
        long categoryBase = ID_BASE;
        try (var insert = connection.prepareStatement(
                "insert into forum_categories (id, slug, name, description, colour,"
                        + " position, visibility, parent_id, topic_count, post_count, last_activity, version) values (?,?,?,?,?,?,?,null,?,?,?,0)")) {
            for (int c = 0; c < categories; c++) {
                insert.setLong(1, categoryBase + c);
                insert.setString(2, "bench-" + c);
                insert.setString(3, "Benchmark category " + c);
                insert.setString(4, "Seeded for the benchmark");
                insert.setString(5, "#005eb8");
                insert.setInt(6, 100 + c);
                insert.setString(7, "PUBLIC");
                int topicsHere = topics / categories;
                insert.setInt(8, topicsHere);
                insert.setInt(9, topicsHere * (repliesPerTopic + 1));
                insert.setObject(10, at(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();

        long topicBase = ID_BASE;
        long postId = ID_BASE * 10;
        long posts = 0;
        long benchmarkTopic = topicBase;
        try (var topicInsert = connection.prepareStatement(
                        "insert into forum_topics (id, category_id, title, slug, kind,"
                                + " author_id, created, last_activity, last_poster_id, post_count, reply_count, view_count, pinned, locked,"
                                + " deleted, accepted_post_number, tags, version) values (?,?,?,?,?,?,?,?,?,?,?,0,false,false,false,null,?,0)");
                var postInsert =
                        connection.prepareStatement("insert into forum_posts (id, topic_id, post_number, author_id,"
                                + " body_source, body_html, reply_to, created, edited, deleted, hidden, hidden_by_id, hidden_reason,"
                                + " like_count, version) values (?,?,?,?,?,?,null,?,null,false,false,null,null,0,0)")) {
            for (int t = 0; t < topics; t++) {
                long topicId = topicBase + t;
                int replies = t == 0 ? 50 : repliesPerTopic;
                Instant created = now.minus(Duration.ofMinutes((long) (topics - t) * 7));
                Instant last = created.plus(Duration.ofMinutes(replies * 3L));
                long author = memberBase + random.nextInt(members);
                String title = sentence(5 + random.nextInt(6));
                topicInsert.setLong(1, topicId);
                topicInsert.setLong(2, categoryBase + (t % categories));
                topicInsert.setString(3, title);
                topicInsert.setString(4, title.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
                topicInsert.setString(5, t % 5 == 0 ? "QUESTION" : "DISCUSSION");
                topicInsert.setLong(6, author);
                topicInsert.setObject(7, at(created));
                topicInsert.setObject(8, at(last));
                topicInsert.setLong(9, memberBase + random.nextInt(members));
                topicInsert.setInt(10, replies + 1);
                topicInsert.setInt(11, replies);
                topicInsert.setString(12, WORDS[random.nextInt(WORDS.length)]);
                topicInsert.addBatch();
                for (int p = 1; p <= replies + 1; p++) {
                    // A rare word, in one post of ten thousand: the search's rare-word row.
                    String source = paragraph() + (postId % 10_000 == 7 ? " " + RARE_WORD + "." : "");
                    postInsert.setLong(1, postId++);
                    postInsert.setLong(2, topicId);
                    postInsert.setInt(3, p);
                    postInsert.setLong(4, p == 1 ? author : memberBase + random.nextInt(members));
                    postInsert.setString(5, source);
                    postInsert.setString(6, "<p>" + source.replace("\n\n", "</p>\n<p>") + "</p>\n");
                    postInsert.setObject(7, at(created.plus(Duration.ofMinutes(p * 3L))));
                    postInsert.addBatch();
                    posts++;
                }
                if (t % 200 == 199) {
                    topicInsert.executeBatch();
                    postInsert.executeBatch();
                    connection.commit();
                }
            }
            topicInsert.executeBatch();
            postInsert.executeBatch();
            connection.commit();
        }
        // Likes on the benchmark topic, as a lively topic has them: 0 to 3 on each post, from different members.
        try (var likeInsert =
                connection.prepareStatement("insert into forum_likes (post_id, member_id, created) values (?,?,?)")) {
            for (int p = 0; p <= 50; p++) {
                for (int k = 0; k < p % 4; k++) {
                    likeInsert.setLong(1, ID_BASE * 10 + p);
                    likeInsert.setLong(2, memberBase + (p * 7L + k * 13L) % members);
                    likeInsert.setObject(3, at(now));
                    likeInsert.addBatch();
                }
            }
            likeInsert.executeBatch();
        }
        try (var statement = connection.createStatement()) {
            statement.execute(
                    "update forum_posts set like_count = (select count(*) from forum_likes l where l.post_id = forum_posts.id)"
                            + " where topic_id = " + benchmarkTopic);
            statement.execute("alter sequence forum_seq restart with " + (postId + 1000));
            statement.execute("alter sequence member_seq restart with " + (memberBase + members + 1000));
        }
        connection.commit();
        index(connection);
        return new Seeded(topics, posts, benchmarkTopic, "bench-0", Duration.between(started, Instant.now()));
    }

    /**
     * The search's documents of the seeded posts, as the portal's forum source writes them (search/,
     * forum/ForumDocuments), so that the portal does not index a million posts in the background
     * while it is measured. On PostgreSQL the database builds them (its weighted vector, the GIN index
     * built after the rows); the benchmark's H2 forum is not indexed (the search rows are PostgreSQL's).
     */
    private static void index(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            if (connection.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
                statement.execute("drop index search_documents_vector");
                statement.execute(
                        "insert into search_documents (kind, ref_id, group_id, visibility, heading, title, summary,"
                                + " body, link, happened, boost, vector)"
                                + " select 'discussions', p.id, t.id, c.visibility, t.title,"
                                + " case when p.post_number = 1 then t.title else '' end,"
                                + " case when p.post_number = 1 then t.tags else '' end, p.body_source,"
                                + " '/forum/topic.xhtml?id=' || t.id"
                                + " || case when p.post_number > 20 then '&page=' || ((p.post_number - 1) / 20 + 1) else '' end"
                                + " || '#post-' || p.post_number, p.created, least(p.like_count, 10),"
                                + " setweight(to_tsvector('english', case when p.post_number = 1 then t.title else '' end), 'A')"
                                + " || setweight(to_tsvector('english', case when p.post_number = 1 then t.tags else '' end), 'B')"
                                + " || setweight(to_tsvector('english', p.body_source), 'C')"
                                + " from forum_posts p join forum_topics t on t.id = p.topic_id"
                                + " join forum_categories c on c.id = t.category_id order by p.id");
                statement.execute("create index search_documents_vector on search_documents using gin (vector)");
                statement.execute("analyze search_documents");
            }
            statement.execute("update search_backfill set done = true where kind = 'discussions'");
        }
        connection.commit();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private String sentence(int words) {
        var text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        return text.toString();
    }

    /** Two or three paragraphs, about 400 to 900 characters: a typical forum post. */
    private String paragraph() {
        var text = new StringBuilder();
        int paragraphs = 2 + random.nextInt(2);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                text.append(s == 0 ? "" : " ")
                        .append(sentence(8 + random.nextInt(10)))
                        .append('.');
            }
        }
        return text.toString();
    }
}
