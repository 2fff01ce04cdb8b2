-- Places by application (the summer school's bursaries): members apply with a statement; the
-- organisers award a place, keep them in reserve or decline. The statement, like the needs, is
-- deleted once the event is over.
ALTER TABLE events ADD COLUMN by_application BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE event_registrations ADD COLUMN statement VARCHAR(1500);
