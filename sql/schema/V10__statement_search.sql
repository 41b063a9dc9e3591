-- Version 10: what the explorer's word search reads (StatementSearch), in place of version 9's words. One row per sentence
-- whose class is not NONE: a signature of its text's character trigrams (256 bits in four BIGINT, a Bloom filter: the
-- statements that may hold a term or phrase are found by a scan of these) and the text itself, uncompressed, on which
-- ILIKE checks those candidates: candidates spread over the whole table decompress nearly all of a compressed column
-- (a quoted phrase on a million releases: 2-3 s of CPU on zstd text, 0.1 s on this; docs/BENCHMARKS.md, "Explorer").
-- The load writes the rows with the sentences; the chunk writer, the copy resolver, the merge of distributed parts and
-- the removal of a changed file's rows treat the table as one of a release's tables. This script runs once
-- (SchemaManager), and the rows of the statements stored before it are written in the same transaction.
DROP TABLE IF EXISTS fact_statement_words;

CREATE TABLE IF NOT EXISTS fact_statement_search (
    release_key    BIGINT NOT NULL,
    sentence_no    INTEGER NOT NULL,
    trigrams_0     BIGINT NOT NULL,
    trigrams_1     BIGINT NOT NULL,
    trigrams_2     BIGINT NOT NULL,
    trigrams_3     BIGINT NOT NULL,
    sentence_text  VARCHAR NOT NULL USING COMPRESSION uncompressed
);
