-- Members an admin names as organisers of an event: they run that event from the events desk
-- (edit, publish, cancel, duplicate, attendees and check-in) without being moderators.
CREATE TABLE event_organisers (
    event_id  BIGINT NOT NULL REFERENCES events (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    PRIMARY KEY (event_id, member_id)
);
CREATE INDEX event_organisers_member ON event_organisers (member_id, event_id);
