-- Version 9: the words of each statement, for the explorer's word search (StatementWords). One row per sentence whose
-- class is not NONE: its distinct words (runs of a-z and 0-9 after lower-casing, 3 characters or more) joined by one
-- space. A search for such a word is answered by scanning this column instead of every sentence's text (17.8 million
-- sentences at a million releases): 0.85 s of CPU instead of 5.5 for two words (docs/BENCHMARKS.md, "Explorer"). The
-- words are compressed with zstd, as sentence_text is: against DuckDB's default (dictionary and FSST) appending them
-- cost 15% less, they take 22% less room, and a scan costs the same. The load writes the rows with the sentences; the chunk writer, the
-- copy resolver, the merge of distributed parts and the removal of a changed file's rows treat the table as one of a
-- release's tables. This script runs once (SchemaManager), and the words of the statements stored before it are written
-- in the same transaction.
CREATE TABLE IF NOT EXISTS fact_statement_words (
    release_key  BIGINT NOT NULL,
    sentence_no  INTEGER NOT NULL,
    words        VARCHAR NOT NULL USING COMPRESSION zstd
);
