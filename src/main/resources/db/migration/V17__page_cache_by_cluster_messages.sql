-- The page cache's shared generation is gone: the nodes tell each other of changes through the
-- cluster's messages, per topic and category (web/PageCache, cluster/Cluster).
DROP TABLE page_cache_generation;
