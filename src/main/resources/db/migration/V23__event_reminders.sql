-- Reminders a week and a day before an event: each claimed once, by whichever node's round comes
-- first (a conditional UPDATE of these columns), then sent to everyone with a place.
ALTER TABLE events ADD COLUMN week_reminder_sent TIMESTAMP WITH TIME ZONE;
ALTER TABLE events ADD COLUMN day_reminder_sent TIMESTAMP WITH TIME ZONE;
-- The reminders' round: published events about to start.
CREATE INDEX events_reminders ON events (status, starts);
