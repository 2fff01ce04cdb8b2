-- Members are mentioned by their user name (Keycloak's preferred_username).
ALTER TABLE members ADD COLUMN username VARCHAR(255);
CREATE INDEX members_username_idx ON members (username);

-- Topics a member watches: started or replied to (automatically), or chosen.
CREATE TABLE forum_watches (
    topic_id  BIGINT NOT NULL REFERENCES forum_topics (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    created   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (topic_id, member_id)
);
CREATE INDEX forum_watches_member ON forum_watches (member_id);

-- In-app notifications, kept so that email delivery can follow them later.
CREATE TABLE notifications (
    id           BIGINT      NOT NULL PRIMARY KEY,
    recipient_id BIGINT      NOT NULL REFERENCES members (id),
    kind         VARCHAR(20) NOT NULL,
    actor_id     BIGINT      NOT NULL REFERENCES members (id),
    topic_id     BIGINT      NOT NULL REFERENCES forum_topics (id),
    post_number  INTEGER     NOT NULL,
    created      TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE,
    emailed_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notifications_recipient ON notifications (recipient_id, read_at, id);
