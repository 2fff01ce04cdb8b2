-- Forums: categories, topics, posts (with their revisions), likes; flags and the moderators' audit log.
CREATE SEQUENCE forum_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE forum_categories (
    id            BIGINT       NOT NULL PRIMARY KEY,
    slug          VARCHAR(80)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    description   VARCHAR(500) NOT NULL,
    colour        VARCHAR(7)   NOT NULL,
    position      INTEGER      NOT NULL,
    visibility    VARCHAR(10)  NOT NULL,
    parent_id     BIGINT       REFERENCES forum_categories (id),
    topic_count   INTEGER      NOT NULL,
    post_count    INTEGER      NOT NULL,
    last_activity TIMESTAMP WITH TIME ZONE,
    version       BIGINT       NOT NULL,
    CONSTRAINT forum_categories_slug_unique UNIQUE (slug)
);

CREATE TABLE forum_topics (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    category_id          BIGINT       NOT NULL REFERENCES forum_categories (id),
    title                VARCHAR(150) NOT NULL,
    slug                 VARCHAR(160) NOT NULL,
    kind                 VARCHAR(12)  NOT NULL,
    author_id            BIGINT       NOT NULL REFERENCES members (id),
    created              TIMESTAMP WITH TIME ZONE NOT NULL,
    last_activity        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_poster_id       BIGINT       NOT NULL REFERENCES members (id),
    post_count           INTEGER      NOT NULL,
    reply_count          INTEGER      NOT NULL,
    view_count           BIGINT       NOT NULL,
    pinned               BOOLEAN      NOT NULL,
    locked               BOOLEAN      NOT NULL,
    deleted              BOOLEAN      NOT NULL,
    accepted_post_number INTEGER,
    tags                 VARCHAR(300) NOT NULL,
    version              BIGINT       NOT NULL
);
-- Category pages list topics newest activity first, pinned ones above the rest.
CREATE INDEX forum_topics_category_activity ON forum_topics (category_id, last_activity, id);
CREATE INDEX forum_topics_category_pinned ON forum_topics (category_id, pinned);

CREATE TABLE forum_posts (
    id            BIGINT         NOT NULL PRIMARY KEY,
    topic_id      BIGINT         NOT NULL REFERENCES forum_topics (id),
    post_number   INTEGER        NOT NULL,
    author_id     BIGINT         NOT NULL REFERENCES members (id),
    body_source   VARCHAR(50000) NOT NULL,
    body_html     VARCHAR(200000) NOT NULL,
    reply_to      INTEGER,
    created       TIMESTAMP WITH TIME ZONE NOT NULL,
    edited        TIMESTAMP WITH TIME ZONE,
    deleted       BOOLEAN        NOT NULL,
    hidden        BOOLEAN        NOT NULL,
    hidden_by_id  BIGINT         REFERENCES members (id),
    hidden_reason VARCHAR(500),
    like_count    INTEGER        NOT NULL,
    version       BIGINT         NOT NULL,
    -- Pages of a topic are ranges of post numbers: page n holds posts 20(n-1)+1 to 20n.
    CONSTRAINT forum_posts_number_unique UNIQUE (topic_id, post_number)
);
CREATE INDEX forum_posts_author_created ON forum_posts (author_id, created);

CREATE TABLE forum_post_revisions (
    id          BIGINT         NOT NULL PRIMARY KEY,
    post_id     BIGINT         NOT NULL REFERENCES forum_posts (id),
    body_source VARCHAR(50000) NOT NULL,
    editor_id   BIGINT         NOT NULL REFERENCES members (id),
    edited      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX forum_post_revisions_post ON forum_post_revisions (post_id, edited);

CREATE TABLE forum_likes (
    post_id   BIGINT NOT NULL REFERENCES forum_posts (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    created   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (post_id, member_id)
);

CREATE TABLE moderation_flags (
    id          BIGINT       NOT NULL PRIMARY KEY,
    post_id     BIGINT       NOT NULL REFERENCES forum_posts (id),
    reporter_id BIGINT       NOT NULL REFERENCES members (id),
    reason      VARCHAR(500) NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_by_id BIGINT    REFERENCES members (id),
    resolved    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX moderation_flags_open ON moderation_flags (resolved, created);

CREATE TABLE audit_log (
    id       BIGINT       NOT NULL PRIMARY KEY,
    actor_id BIGINT       NOT NULL REFERENCES members (id),
    action   VARCHAR(60)  NOT NULL,
    target   VARCHAR(200) NOT NULL,
    reason   VARCHAR(500),
    created  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX audit_log_created ON audit_log (created, id);
