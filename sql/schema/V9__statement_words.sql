-- Version 9: the words of each statement, for the explorer's word search (StatementWords). One row per sentence whose
-- class is not NONE: its distinct words (runs of a-z and 0-9 after lower-casing, 3 characters or more) joined by one
-- space. A search for such a word is answered by scanning this column (default compression, dictionary and FSST)
-- instead of every sentence's text (zstd, 17.8 million sentences at a million releases): 0.85 s of CPU instead of 5.5
-- for two words (docs/BENCHMARKS.md, "Explorer"). The load writes the rows with the sentences; the chunk writer, the
-- copy resolver, the merge of distributed parts and the removal of a changed file's rows treat the table as one of a
-- release's tables. This script runs once (SchemaManager), and the words of the statements stored before it are written
-- in the same transaction.
CREATE TABLE IF NOT EXISTS fact_statement_words (
    release_key  BIGINT NOT NULL,
    sentence_no  INTEGER NOT NULL,
    words        VARCHAR NOT NULL
);
