-- Mentoring (mentoring/): members who offer to mentor, members looking for a mentor, and the
-- mentorships between them, from the mentee's ask to the mentor's answer and the end.
CREATE SEQUENCE mentoring_seq START WITH 50 INCREMENT BY 50;

-- One offer per member; "accepting" is false once withdrawn (the row stays for the mentorships' history).
CREATE TABLE mentor_offers (
    member_id   BIGINT        NOT NULL PRIMARY KEY REFERENCES members (id),
    areas       VARCHAR(500)  NOT NULL,
    about       VARCHAR(2000) NOT NULL,
    places      INT           NOT NULL,
    accepting   BOOLEAN       NOT NULL,
    consented   TIMESTAMP WITH TIME ZONE NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX mentor_offers_accepting ON mentor_offers (accepting, member_id);

CREATE TABLE mentoring_requests (
    id          BIGINT        NOT NULL PRIMARY KEY,
    member_id   BIGINT        NOT NULL REFERENCES members (id),
    wants       VARCHAR(2000) NOT NULL,
    areas       VARCHAR(500)  NOT NULL,
    state       VARCHAR(16)   NOT NULL,
    consented   TIMESTAMP WITH TIME ZONE NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX mentoring_requests_member ON mentoring_requests (member_id, state);

CREATE TABLE mentorships (
    id          BIGINT        NOT NULL PRIMARY KEY,
    request_id  BIGINT        NOT NULL REFERENCES mentoring_requests (id),
    mentor_id   BIGINT        NOT NULL REFERENCES members (id),
    mentee_id   BIGINT        NOT NULL REFERENCES members (id),
    state       VARCHAR(16)   NOT NULL,
    asked       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided     TIMESTAMP WITH TIME ZONE,
    ended       TIMESTAMP WITH TIME ZONE,
    version     BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX mentorships_mentor ON mentorships (mentor_id, state);
CREATE INDEX mentorships_mentee ON mentorships (mentee_id, state);
CREATE INDEX mentorships_request ON mentorships (request_id, state);
