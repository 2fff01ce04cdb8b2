-- The forum's search index: each post's distinct words (titles count for opening posts).
CREATE TABLE forum_search_terms (
    term    VARCHAR(40) NOT NULL,
    post_id BIGINT      NOT NULL REFERENCES forum_posts (id),
    PRIMARY KEY (term, post_id)
);
CREATE INDEX forum_search_terms_post ON forum_search_terms (post_id);
