-- What a member is writing (a reply or a new topic), saved every few seconds, until it is posted.
CREATE TABLE forum_drafts (
    member_id  BIGINT         NOT NULL REFERENCES members (id),
    draft_key  VARCHAR(100)   NOT NULL,
    body       VARCHAR(50000) NOT NULL,
    updated    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_id, draft_key)
);
