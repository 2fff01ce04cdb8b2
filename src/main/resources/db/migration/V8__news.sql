-- News: articles curated by moderators, their revisions, tags and lead images.
CREATE SEQUENCE news_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE news_articles (
    id             BIGINT         NOT NULL PRIMARY KEY,
    slug           VARCHAR(160)   NOT NULL,
    title          VARCHAR(150)   NOT NULL,
    summary        VARCHAR(300)   NOT NULL,
    body_source    VARCHAR(50000) NOT NULL,
    body_html      VARCHAR(200000) NOT NULL,
    tags           VARCHAR(300)   NOT NULL,
    author_id      BIGINT         NOT NULL REFERENCES members (id),
    source_name    VARCHAR(150),
    source_url     VARCHAR(1000),
    visibility     VARCHAR(10)    NOT NULL,
    status         VARCHAR(12)    NOT NULL,
    publish_at     TIMESTAMP WITH TIME ZONE,
    published_at   TIMESTAMP WITH TIME ZONE,
    featured_rank  INTEGER,
    image_alt      VARCHAR(300),
    image_version  INTEGER        NOT NULL,
    topic_id       BIGINT         REFERENCES forum_topics (id),
    created        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated        TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT news_articles_slug_unique UNIQUE (slug)
);
-- Readers' lists: published articles newest first, by keyset (published_at, id).
CREATE INDEX news_articles_status_published ON news_articles (status, published_at, id);
-- The scheduler looks for scheduled articles that are due.
CREATE INDEX news_articles_status_publish_at ON news_articles (status, publish_at);

CREATE TABLE news_article_tags (
    article_id BIGINT      NOT NULL REFERENCES news_articles (id),
    tag        VARCHAR(40) NOT NULL,
    PRIMARY KEY (article_id, tag)
);
CREATE INDEX news_article_tags_tag ON news_article_tags (tag, article_id);

CREATE TABLE news_revisions (
    id          BIGINT         NOT NULL PRIMARY KEY,
    article_id  BIGINT         NOT NULL REFERENCES news_articles (id),
    editor_id   BIGINT         NOT NULL REFERENCES members (id),
    saved       TIMESTAMP WITH TIME ZONE NOT NULL,
    title       VARCHAR(150)   NOT NULL,
    summary     VARCHAR(300)   NOT NULL,
    body_source VARCHAR(50000) NOT NULL
);
CREATE INDEX news_revisions_article ON news_revisions (article_id, id);

-- Lead images, resized when uploaded: one row per size.
CREATE TABLE news_images (
    article_id   BIGINT       NOT NULL REFERENCES news_articles (id),
    variant      VARCHAR(10)  NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    width        INTEGER      NOT NULL,
    height       INTEGER      NOT NULL,
    data         BYTEA        NOT NULL,
    PRIMARY KEY (article_id, variant)
);

-- The home page shows the latest forum activity across the categories a reader may see.
CREATE INDEX forum_topics_activity ON forum_topics (last_activity, id);
