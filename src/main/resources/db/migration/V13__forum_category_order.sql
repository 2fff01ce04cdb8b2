-- A category's topics, newest activity first (and oldest first for its last page), by keyset: one
-- index for each direction, because H2 uses an index for an ORDER BY only when the index starts with
-- the ORDER BY's columns in the same directions, and never reads an index backwards. The queries
-- (ForumService.topics) order by the columns they fix first, so both databases read only a page's rows.
DROP INDEX forum_topics_category_activity;
DROP INDEX forum_topics_category_pinned;
CREATE INDEX forum_topics_category_newest ON forum_topics (category_id, pinned, deleted, last_activity DESC, id DESC);
CREATE INDEX forum_topics_category_oldest ON forum_topics (category_id, pinned, deleted, last_activity, id);
-- Newest activity first across categories (home page, tag suggestions): the same, in one direction.
DROP INDEX forum_topics_activity;
CREATE INDEX forum_topics_activity ON forum_topics (last_activity DESC, id DESC);
