-- Members who watch a category hear of every new topic in it.
CREATE TABLE forum_category_watches (
    category_id BIGINT NOT NULL REFERENCES forum_categories (id),
    member_id   BIGINT NOT NULL REFERENCES members (id),
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (category_id, member_id)
);
CREATE INDEX forum_category_watches_member ON forum_category_watches (member_id);
