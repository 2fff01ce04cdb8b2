-- Members of the network: one row per person who has signed in through Keycloak.
-- Keycloak owns accounts and roles; this row is the portal's own record of the member.
-- EclipseLink pre-allocates 50 ids per call and expects the first value to equal the increment.
CREATE SEQUENCE member_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE members (
    id                BIGINT       NOT NULL PRIMARY KEY,
    subject           VARCHAR(255) NOT NULL,
    display_name      VARCHAR(255) NOT NULL,
    email             VARCHAR(320),
    organisation_code VARCHAR(20),
    organisation_name VARCHAR(255),
    roles             VARCHAR(255) NOT NULL,
    first_seen        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen         TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT members_subject_unique UNIQUE (subject)
);

CREATE INDEX members_last_seen_idx ON members (last_seen);
