-- How far each member has read each topic they opened: the basis of unread markers and counts.
CREATE TABLE forum_reads (
    member_id BIGINT  NOT NULL REFERENCES members (id),
    topic_id  BIGINT  NOT NULL REFERENCES forum_topics (id),
    last_read INTEGER NOT NULL,
    PRIMARY KEY (member_id, topic_id)
);
