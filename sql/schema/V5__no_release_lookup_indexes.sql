-- Version 5: no indexes on dim_release. Version 4 added two (release_key, text_hash) for the writer's
-- per-chunk look-ups, but DuckDB answers those IN-list look-ups with a scan of the column and a hash
-- join, index or not (EXPLAIN shows a sequential scan), while every load paid for keeping the indexes
-- up to date and every nightly run on a large warehouse for reading them back. A load into an empty
-- warehouse now looks nothing up (KnownReleases); see docs/BENCHMARKS.md.
DROP INDEX IF EXISTS dim_release_key_idx;
DROP INDEX IF EXISTS dim_release_text_hash_idx;
