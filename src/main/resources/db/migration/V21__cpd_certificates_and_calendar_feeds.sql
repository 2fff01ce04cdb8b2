-- A CPD entry's certificate carries a code that anyone can check on the verification page; it is
-- given when the certificate is first asked for (128 random bits, hex).
ALTER TABLE cpd_entries ADD COLUMN certificate_code VARCHAR(32);
CREATE UNIQUE INDEX cpd_entries_certificate ON cpd_entries (certificate_code);

-- A member's personal calendar feed of their registrations, behind a secret link. Only the link's
-- hash (SHA-256, hex) is kept: a new link replaces the old one, and turning the feed off deletes it.
CREATE TABLE event_feed_tokens (
    member_id  BIGINT      NOT NULL PRIMARY KEY REFERENCES members (id),
    token_hash VARCHAR(64) NOT NULL,
    created    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT event_feed_tokens_hash UNIQUE (token_hash)
);
