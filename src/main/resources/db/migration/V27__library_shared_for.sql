-- An item shared for something elsewhere in the portal (an event's slides: "event-123"). The library
-- keeps the key and lists items by it; the feature that owns the key says what it links back to.
ALTER TABLE library_items ADD COLUMN shared_for VARCHAR(40);
CREATE INDEX library_items_shared_for ON library_items (shared_for, created);
