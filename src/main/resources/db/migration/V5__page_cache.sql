-- Every change to what visitors see bumps this number; each portal node polls it and drops its
-- cached anonymous pages when it moves, so a change shows on every node of a cluster within a second.
CREATE TABLE page_cache_generation (
    id         INTEGER NOT NULL PRIMARY KEY,
    generation BIGINT  NOT NULL
);
INSERT INTO page_cache_generation (id, generation) VALUES (1, 0);
