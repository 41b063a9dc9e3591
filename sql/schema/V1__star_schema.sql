-- statement-warehouse star schema, version 1.
-- Applied by the job at start-up; every statement is idempotent (IF NOT EXISTS / OR REPLACE).
-- Fact and bridge tables carry no primary keys on purpose: the writer replaces a chunk's releases
-- (DELETE then Appender) inside one transaction, and DuckDB checks keys eagerly within a transaction.

CREATE TABLE IF NOT EXISTS etl_schema_version (
    version      INTEGER PRIMARY KEY,
    description  VARCHAR NOT NULL,
    applied_at   TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

-- Dimensions ---------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS dim_date (
    date_key     INTEGER PRIMARY KEY,          -- yyyymmdd
    date         DATE NOT NULL,
    year         SMALLINT NOT NULL,
    quarter      TINYINT NOT NULL,
    month        TINYINT NOT NULL,
    day          TINYINT NOT NULL,
    year_month   VARCHAR NOT NULL,             -- 2024-11
    day_of_week  VARCHAR NOT NULL,
    iso_week     TINYINT NOT NULL
);

CREATE TABLE IF NOT EXISTS dim_source (
    source_key   BIGINT PRIMARY KEY,           -- hash of the lower-cased name
    name         VARCHAR NOT NULL,
    home_country VARCHAR                       -- ISO3 of the side the source speaks for
);

CREATE TABLE IF NOT EXISTS dim_country (
    iso3          VARCHAR PRIMARY KEY,
    iso2          VARCHAR,
    name          VARCHAR NOT NULL,
    official_name VARCHAR,
    capital       VARCHAR
);

CREATE TABLE IF NOT EXISTS dim_organization (
    code         VARCHAR PRIMARY KEY,
    name         VARCHAR NOT NULL,
    kind         VARCHAR,
    parent_code  VARCHAR
);

-- Persons in their roles: a type-2 dimension, one row per person and role period.
CREATE TABLE IF NOT EXISTS dim_actor (
    actor_key    BIGINT PRIMARY KEY,
    person_id    VARCHAR NOT NULL,
    name         VARCHAR NOT NULL,
    country_iso3 VARCHAR,
    role         VARCHAR NOT NULL,
    valid_from   DATE,
    valid_to     DATE
);

CREATE TABLE IF NOT EXISTS dim_topic (
    topic_code   VARCHAR PRIMARY KEY,
    description  VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS dim_statement_class (
    class_code    VARCHAR PRIMARY KEY,
    is_commitment BOOLEAN NOT NULL,
    strength      TINYINT NOT NULL,
    description   VARCHAR NOT NULL
);

-- One row per release; release_key = hash(source, source id).
CREATE TABLE IF NOT EXISTS dim_release (
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
    body               VARCHAR NOT NULL,
    text_hash          VARCHAR NOT NULL,
    sentence_count     INTEGER NOT NULL,
    commitment_count   INTEGER NOT NULL,
    file_path          VARCHAR NOT NULL,
    record_no          BIGINT NOT NULL,
    run_id             BIGINT NOT NULL,
    loaded_at          TIMESTAMPTZ NOT NULL
);

-- Facts --------------------------------------------------------------------------------------

-- Sentence grain: every sentence of every release, with its offsets [char_start, char_end) in the body.
CREATE TABLE IF NOT EXISTS fact_sentence (
    release_key        BIGINT NOT NULL,
    sentence_no        INTEGER NOT NULL,
    char_start         INTEGER NOT NULL,
    char_end           INTEGER NOT NULL,
    sentence_text      VARCHAR NOT NULL,
    class_code         VARCHAR NOT NULL,
    polarity           VARCHAR,
    scope              VARCHAR,
    speaker            VARCHAR,
    confidence         DOUBLE,
    cue                VARCHAR,
    rule               VARCHAR,
    published_date_key INTEGER NOT NULL,
    event_date_key     INTEGER
);

-- Entity and date mentions; sentence_no -1 is the title (offsets then in the title).
CREATE TABLE IF NOT EXISTS fact_mention (
    release_key  BIGINT NOT NULL,
    sentence_no  INTEGER NOT NULL,
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL,
    kind         VARCHAR NOT NULL,
    surface      VARCHAR NOT NULL,
    normalized   VARCHAR,
    resolved     BOOLEAN NOT NULL,
    country_iso3 VARCHAR,
    actor_key    BIGINT
);

-- Bridges of a statement (a sentence whose class is not NONE).
CREATE TABLE IF NOT EXISTS bridge_statement_committer (
    release_key BIGINT NOT NULL,
    sentence_no INTEGER NOT NULL,
    party_code  VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS bridge_statement_counterpart (
    release_key BIGINT NOT NULL,
    sentence_no INTEGER NOT NULL,
    party_code  VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS bridge_statement_topic (
    release_key BIGINT NOT NULL,
    sentence_no INTEGER NOT NULL,
    topic_code  VARCHAR NOT NULL
);

-- ETL bookkeeping ------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS etl_run (
    run_id           BIGINT PRIMARY KEY,       -- the Spring Batch job execution id
    job_instance_id  BIGINT,
    run_date         DATE,
    status           VARCHAR,
    started_at       TIMESTAMPTZ,
    ended_at         TIMESTAMPTZ,
    input            VARCHAR,
    files            INTEGER,
    files_skipped    INTEGER,
    releases         BIGINT,
    sentences        BIGINT,
    pledges          BIGINT,
    intents          BIGINT,
    appeals          BIGINT,
    demands          BIGINT,
    rejects          BIGINT,
    duplicates       BIGINT,
    seconds          DOUBLE
);

CREATE TABLE IF NOT EXISTS etl_file (
    path        VARCHAR PRIMARY KEY,
    size_bytes  BIGINT,
    sha256      VARCHAR,
    format      VARCHAR,
    status      VARCHAR,                       -- LOADED
    run_id      BIGINT,
    loaded_at   TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS etl_reject (
    run_id      BIGINT,
    file_path   VARCHAR NOT NULL,
    record_no   BIGINT NOT NULL,               -- 0: the whole file
    reason      VARCHAR NOT NULL,
    excerpt     VARCHAR,
    rejected_at TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS etl_duplicate (
    run_id            BIGINT,
    copy_source       VARCHAR,
    copy_source_id    VARCHAR,
    copy_release_key  BIGINT,
    copy_file         VARCHAR,
    copy_record_no    BIGINT,
    kept_release_key  BIGINT
);
