-- Version 6: every character of a release is stored once.
--
-- Until version 5, dim_release.body held the whole text of a release and fact_sentence.sentence_text held it
-- again, sentence by sentence. The body was 70% of the warehouse file (3.7 of 5.4 KB a release), a tenth of a
-- load's time (bench, 100,000 releases, 3 runs: median 4,619 releases/s with it, 5,167 without), and nothing
-- read it but the instructions to cut sentences out of it again. Now dim_release.layout keeps what is not in
-- any sentence (the white space between sentences, a dateline, a trailing note), and the view v_release_text
-- puts the body back together exactly: every sentence at its own offsets.
--
-- fact_sentence.sentence_text is compressed with zstd: DuckDB's default for it (dict_fsst) made the checkpoint
-- that ends every load spend most of its time on this one column (50,000 releases: 0.66 to 1.12 s against
-- 0.44 s, and 63 MB against 44 MB on disk). See docs/BENCHMARKS.md.
--
-- The facts carry the run that loaded them (run_id, as dim_release does): the summary of a run counts its own
-- rows, and DuckDB skips every row group of earlier runs by its min/max, where a join with dim_release scanned
-- the whole table (at 1,000,000 releases, a third of the time of a nightly run of 1,000).
--
-- DuckDB cannot drop a column's data or change a column's compression in place: both tables are rebuilt.
-- This script runs once, in one transaction (SchemaManager records it); version 1 still creates them as they were.
CREATE TABLE fact_sentence_v6 (
    release_key        BIGINT NOT NULL,
    sentence_no        INTEGER NOT NULL,
    char_start         INTEGER NOT NULL,
    char_end           INTEGER NOT NULL,
    sentence_text      VARCHAR NOT NULL USING COMPRESSION zstd,
    class_code         VARCHAR NOT NULL,
    polarity           VARCHAR,
    scope              VARCHAR,
    speaker            VARCHAR,
    confidence         DOUBLE,
    cue                VARCHAR,
    rule               VARCHAR,
    published_date_key INTEGER NOT NULL,
    event_date_key     INTEGER,
    speaker_actor_key  BIGINT,
    run_id             BIGINT
);
INSERT INTO fact_sentence_v6 BY NAME
SELECT f.*, r.run_id FROM fact_sentence f LEFT JOIN dim_release r USING (release_key);
DROP TABLE fact_sentence;
ALTER TABLE fact_sentence_v6 RENAME TO fact_sentence;

CREATE TABLE dim_release_v6 (
    release_key        BIGINT NOT NULL,
    source_key         BIGINT NOT NULL,
    source             VARCHAR NOT NULL,
    source_id          VARCHAR NOT NULL,
    title              VARCHAR,
    url                VARCHAR,
    published_date     DATE NOT NULL,
    published_date_key INTEGER NOT NULL,
    event_date         DATE,
    event_date_key     INTEGER,
    dateline_place     VARCHAR,
    layout             VARCHAR NOT NULL,
    text_hash          VARCHAR NOT NULL,
    sentence_count     INTEGER NOT NULL,
    commitment_count   INTEGER NOT NULL,
    file_path          VARCHAR NOT NULL,
    record_no          BIGINT NOT NULL,
    run_id             BIGINT NOT NULL,
    loaded_at          TIMESTAMPTZ NOT NULL
);
-- The layout of the releases already stored: their body without their sentences.
INSERT INTO dim_release_v6 BY NAME
SELECT r.* EXCLUDE (body), coalesce(g.before_last || substr(r.body, g.last_end + 1), r.body) AS layout
FROM dim_release r LEFT JOIN (
    SELECT s.release_key,
           string_agg(substr(r2.body, s.prev_end + 1, s.char_start - s.prev_end), '' ORDER BY s.sentence_no) AS before_last,
           max(s.char_end) AS last_end
    FROM (SELECT release_key, sentence_no, char_start, char_end,
                 coalesce(lag(char_end) OVER (PARTITION BY release_key ORDER BY sentence_no), 0) AS prev_end
          FROM fact_sentence) s
    JOIN dim_release r2 USING (release_key)
    GROUP BY s.release_key
) g USING (release_key);
DROP TABLE dim_release;
ALTER TABLE dim_release_v6 RENAME TO dim_release;

ALTER TABLE fact_mention ADD COLUMN run_id BIGINT;
UPDATE fact_mention SET run_id = r.run_id FROM dim_release r WHERE fact_mention.release_key = r.release_key;
