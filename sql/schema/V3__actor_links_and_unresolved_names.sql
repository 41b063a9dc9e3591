-- Version 3: statements link to the actor row (person in role) of their speaker, and the names the
-- reference data does not know are counted in a table refreshed at the end of every run.

ALTER TABLE fact_sentence ADD COLUMN IF NOT EXISTS speaker_actor_key BIGINT;

CREATE TABLE IF NOT EXISTS etl_unresolved_name (
    kind                VARCHAR NOT NULL,
    surface             VARCHAR NOT NULL,
    mentions            BIGINT NOT NULL,
    releases            BIGINT NOT NULL,
    example_release_key BIGINT,
    last_run_id         BIGINT
);
