-- An event's programme: sessions with their times, titles and speakers, each within the event's times.
CREATE SEQUENCE event_sessions_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE event_sessions (
    id        BIGINT       NOT NULL PRIMARY KEY,
    event_id  BIGINT       NOT NULL REFERENCES events (id),
    starts    TIMESTAMP WITH TIME ZONE NOT NULL,
    ends      TIMESTAMP WITH TIME ZONE NOT NULL,
    title     VARCHAR(200) NOT NULL,
    speakers  VARCHAR(300)
);
CREATE INDEX event_sessions_event ON event_sessions (event_id, starts, id);
