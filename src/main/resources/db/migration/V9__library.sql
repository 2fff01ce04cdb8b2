-- The library: collections (admin-managed), items (files or links), file versions, the stored
-- bytes (in chunks, so that nothing is ever read whole into memory), previews, downloads.
CREATE SEQUENCE library_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE library_collections (
    id          BIGINT       NOT NULL PRIMARY KEY,
    slug        VARCHAR(80)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(500) NOT NULL,
    position    INTEGER      NOT NULL,
    reviewed    BOOLEAN      NOT NULL,
    CONSTRAINT library_collections_slug_unique UNIQUE (slug)
);

CREATE TABLE library_items (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    kind               VARCHAR(10)    NOT NULL,
    title              VARCHAR(150)   NOT NULL,
    description_source VARCHAR(20000) NOT NULL,
    description_html   VARCHAR(80000) NOT NULL,
    collection_id      BIGINT         NOT NULL REFERENCES library_collections (id),
    tags               VARCHAR(300)   NOT NULL,
    sharer_id          BIGINT         NOT NULL REFERENCES members (id),
    visibility         VARCHAR(10)    NOT NULL,
    owner_id           BIGINT         REFERENCES members (id),
    review_by          DATE,
    link_url           VARCHAR(2000),
    current_version    INTEGER        NOT NULL,
    download_count     BIGINT         NOT NULL,
    hidden             BOOLEAN        NOT NULL,
    deleted            BOOLEAN        NOT NULL,
    created            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated            TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT         NOT NULL
);
-- Lists: newest first or most downloaded first, by keyset.
CREATE INDEX library_items_created ON library_items (created, id);
CREATE INDEX library_items_downloads ON library_items (download_count, id);
CREATE INDEX library_items_collection_created ON library_items (collection_id, created, id);

CREATE TABLE library_item_tags (
    item_id BIGINT      NOT NULL REFERENCES library_items (id),
    tag     VARCHAR(40) NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX library_item_tags_tag ON library_item_tags (tag, item_id);

-- The bytes of uploaded files, in chunks of at most 1 MiB, written and read one chunk at a time.
CREATE TABLE library_blob_chunks (
    blob_key VARCHAR(40) NOT NULL,
    seq      INTEGER     NOT NULL,
    data     BYTEA       NOT NULL,
    PRIMARY KEY (blob_key, seq)
);

-- A file received from a member and checked, not yet part of an item (the form may still be open).
CREATE TABLE library_uploads (
    token        VARCHAR(40)  NOT NULL PRIMARY KEY,
    member_id    BIGINT       NOT NULL REFERENCES members (id),
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(120) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    blob_key     VARCHAR(40)  NOT NULL,
    preview_type VARCHAR(40),
    preview      BYTEA,
    created      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE library_versions (
    id           BIGINT        NOT NULL PRIMARY KEY,
    item_id      BIGINT        NOT NULL REFERENCES library_items (id),
    number       INTEGER       NOT NULL,
    file_name    VARCHAR(200)  NOT NULL,
    content_type VARCHAR(120)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    blob_key     VARCHAR(40)   NOT NULL,
    change_note  VARCHAR(500)  NOT NULL,
    uploader_id  BIGINT        NOT NULL REFERENCES members (id),
    preview_type VARCHAR(40),
    preview      BYTEA,
    created      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT library_versions_number_unique UNIQUE (item_id, number)
);

-- A download counts once per member per day.
CREATE TABLE library_downloads (
    item_id   BIGINT NOT NULL REFERENCES library_items (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    download_day DATE NOT NULL,
    PRIMARY KEY (item_id, member_id, download_day)
);

-- Forum topics whose posts link an item.
CREATE TABLE library_item_topics (
    item_id  BIGINT NOT NULL REFERENCES library_items (id),
    topic_id BIGINT NOT NULL REFERENCES forum_topics (id),
    PRIMARY KEY (item_id, topic_id)
);
