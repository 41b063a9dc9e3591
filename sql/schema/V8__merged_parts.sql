-- Version 8: the parts a distributed load merged (run --workers). Each worker writes its partitions into DuckDB
-- part files of its own in a shared directory; the manager merges them into the warehouse in one transaction that
-- also records them here, so a merge repeated after a crash (before the part files were removed) adds nothing.
CREATE TABLE IF NOT EXISTS etl_merged_part (
    run_id     BIGINT NOT NULL,
    part       VARCHAR NOT NULL,               -- the part file's name within the run's directory
    releases   BIGINT,
    merged_at  TIMESTAMPTZ,
    PRIMARY KEY (run_id, part)
);
