-- Events (events/): summer school, regional events, the conference, webinars; registrations with a
-- capacity and a waiting list. places_taken is changed only by atomic conditional UPDATEs, so a rush
-- for the last places never takes more than there are.
CREATE SEQUENCE events_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE events (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    slug                VARCHAR(160)   NOT NULL,
    title               VARCHAR(150)   NOT NULL,
    kind                VARCHAR(20)    NOT NULL,
    starts              TIMESTAMP WITH TIME ZONE NOT NULL,
    ends                TIMESTAMP WITH TIME ZONE NOT NULL,
    venue               VARCHAR(300),
    online_url          VARCHAR(1000),
    region              VARCHAR(60),
    description_source  VARCHAR(20000) NOT NULL,
    description_html    VARCHAR(80000) NOT NULL,
    capacity            INTEGER        NOT NULL,
    places_taken        INTEGER        NOT NULL,
    registration_opens  TIMESTAMP WITH TIME ZONE NOT NULL,
    registration_closes TIMESTAMP WITH TIME ZONE NOT NULL,
    visibility          VARCHAR(10)    NOT NULL,
    status              VARCHAR(12)    NOT NULL,
    cpd_hours           NUMERIC(4, 1)  NOT NULL,
    sequence_number     INTEGER        NOT NULL,
    created             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated             TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT         NOT NULL,
    CONSTRAINT events_slug_unique UNIQUE (slug)
);
-- The events page: published events by start.
CREATE INDEX events_status_starts ON events (status, starts, id);

CREATE TABLE event_registrations (
    event_id   BIGINT      NOT NULL REFERENCES events (id),
    member_id  BIGINT      NOT NULL REFERENCES members (id),
    status     VARCHAR(12) NOT NULL,
    needs      VARCHAR(500),
    created    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_id, member_id)
);
-- The waiting list in order; a member's registrations.
CREATE INDEX event_registrations_waiting ON event_registrations (event_id, status, created, member_id);
CREATE INDEX event_registrations_member ON event_registrations (member_id, event_id);
