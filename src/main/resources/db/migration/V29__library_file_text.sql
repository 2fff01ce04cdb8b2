-- The words inside each shared file, read when it is stored (files/FileText), for the search.
ALTER TABLE library_uploads ADD COLUMN text_content VARCHAR(100000);
ALTER TABLE library_versions ADD COLUMN text_content VARCHAR(100000);
