-- On PostgreSQL the search is the database's own full-text search (DESIGN.md): each document's
-- words stemmed as English, weighted A (title), B (summary, tags), C (body), with a GIN index.
ALTER TABLE search_documents ADD COLUMN vector tsvector;
CREATE INDEX search_documents_vector ON search_documents USING GIN (vector);
