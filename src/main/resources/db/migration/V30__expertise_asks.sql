-- Who has done this before (forum/WhoCouldAnswer): members who are happy to be asked about their
-- expertise, and who was asked when, so that nobody is asked more than a few times a week.
ALTER TABLE members ADD COLUMN askable BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE expertise_asks (
    member_id BIGINT NOT NULL REFERENCES members (id),
    topic_id  BIGINT NOT NULL REFERENCES forum_topics (id),
    asked     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_id, topic_id)
);
CREATE INDEX expertise_asks_recent ON expertise_asks (member_id, asked);
