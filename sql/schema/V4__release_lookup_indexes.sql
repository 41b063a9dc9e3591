-- Version 4: indexes for the writer's per-chunk look-ups. Every chunk asks which of its releases are
-- stored already (by key) and which of its texts are (by text hash); without an index each question
-- scans the whole column, so the cost of a chunk grew with the warehouse.
CREATE INDEX IF NOT EXISTS dim_release_key_idx ON dim_release (release_key);
CREATE INDEX IF NOT EXISTS dim_release_text_hash_idx ON dim_release (text_hash);
