-- Check-in on the day, and the CPD record it makes: one entry per member and event, kept after the
-- event (the registration's needs are not).
ALTER TABLE event_registrations ADD COLUMN checked_in TIMESTAMP WITH TIME ZONE;

CREATE TABLE cpd_entries (
    member_id  BIGINT        NOT NULL REFERENCES members (id),
    event_id   BIGINT        NOT NULL REFERENCES events (id),
    title      VARCHAR(150)  NOT NULL,
    held_on    DATE          NOT NULL,
    hours      NUMERIC(4, 1) NOT NULL,
    recorded   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_id, event_id)
);
