-- Members' profiles: what they tell the network, which of it the directory shows, and their
-- standing (disabled by an admin; left the network).
ALTER TABLE members ADD COLUMN job_title VARCHAR(150);
ALTER TABLE members ADD COLUMN professional_role VARCHAR(20);
ALTER TABLE members ADD COLUMN region VARCHAR(80);
ALTER TABLE members ADD COLUMN specialty VARCHAR(100);
ALTER TABLE members ADD COLUMN expertise VARCHAR(500);
ALTER TABLE members ADD COLUMN bio_source VARCHAR(5000);
ALTER TABLE members ADD COLUMN bio_html VARCHAR(20000);
ALTER TABLE members ADD COLUMN hidden_fields VARCHAR(200) NOT NULL DEFAULT '';
-- Lower-case text of the fields the member shows, for the directory's search (hidden fields never match).
ALTER TABLE members ADD COLUMN search_text VARCHAR(2000) NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN disabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE members ADD COLUMN left_network BOOLEAN NOT NULL DEFAULT FALSE;
-- The directory lists members by name, by keyset.
CREATE INDEX members_display_name ON members (display_name, id);
