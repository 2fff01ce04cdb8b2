-- Members' avatars: an uploaded image, checked from its bytes and re-encoded small.
CREATE TABLE member_avatars (
    member_id    BIGINT      NOT NULL PRIMARY KEY REFERENCES members (id),
    content_type VARCHAR(40) NOT NULL,
    data         BYTEA       NOT NULL,
    version      INTEGER     NOT NULL
);
