-- Each event's discussion: a forum topic in the members' "Events discussion" category, started by
-- the first member who asks (as a news article's).
ALTER TABLE events ADD COLUMN topic_id BIGINT;
