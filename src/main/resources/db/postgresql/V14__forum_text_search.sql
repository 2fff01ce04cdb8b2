-- On PostgreSQL the forum is searched with the database's own full-text search (DESIGN.md):
-- each post's words (and its topic's title, for an opening post), stemmed as English, in a
-- tsvector with a GIN index. The portal writes the vector with the post. The term table of
-- V12 stays for H2 and is emptied here.
ALTER TABLE forum_posts ADD COLUMN search_vector tsvector;

UPDATE forum_posts p
SET search_vector = to_tsvector('english',
        CASE WHEN p.post_number = 1 THEN t.title || E'\n' ELSE '' END || p.body_source)
FROM forum_topics t
WHERE t.id = p.topic_id;

CREATE INDEX forum_posts_search ON forum_posts USING GIN (search_vector);

DELETE FROM forum_search_terms;
