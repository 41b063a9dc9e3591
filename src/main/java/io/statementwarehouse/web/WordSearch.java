package io.statementwarehouse.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.statementwarehouse.warehouse.StatementWords;

/**
 * The Statements page's words, answered from the statements' words ({@code fact_statement_words}, see
 * {@link StatementWords}) rather than by reading the text of every statement. The statements that match go into a
 * temporary table of the request's connection, {@value #HITS}, with the columns the page sorts by: the count and the
 * page then read that table. The result is what {@code sentence_text ILIKE '%term%'} for every term gives:
 * <ul>
 * <li>a term that is one word ({@link StatementWords#decides}) is decided by the stored words alone;</li>
 * <li>any other term (a quoted phrase, a term with punctuation) keeps the statements whose words contain the term's
 * words, then is tested with ILIKE on their text, the candidates' texts copied first (see {@link #keepThoseContaining}).</li>
 * </ul>
 */
final class WordSearch {

    static final String HITS = "statement_hits";

    private WordSearch() {
    }

    /**
     * Fills {@value #HITS} with the statements that pass {@code where} (conditions on fact_sentence {@code f}) and contain
     * every term. Returns false, having done nothing, when the terms have no word to look up (every word shorter than
     * {@value StatementWords#MIN_LENGTH} characters): then only the text can answer.
     */
    static boolean fill(Connection c, StatementQueries.Where where, List<String> terms) throws SQLException {
        Set<String> words = new LinkedHashSet<>();
        terms.forEach(t -> words.addAll(StatementWords.wordsOf(t)));
        if (words.isEmpty() || !indexed(c)) {
            return false;
        }
        // The statements whose words contain the terms' words first, on their own: a table of known size, which DuckDB then
        // joins with the facts before any bridge of the filter. In one query it joined a committer's bridge first (1.1 million
        // rows for CHN) and the words after: 1.2-1.6 s of CPU for CHN, "critical minerals", 2024 on a million releases,
        // against 0.9-1.1 in two.
        String contains = String.join(" AND ", java.util.Collections.nCopies(words.size(), "contains(words, ?)"));
        try (var ps = Rows.prepare(c, "CREATE OR REPLACE TEMP TABLE statement_word_hits AS SELECT release_key, sentence_no FROM " + StatementWords.TABLE
                + " WHERE " + contains, new ArrayList<>(words))) {
            ps.execute();
        }
        // Few statements (a tenth or less): looked for by their releases first too, which DuckDB does inside the scan of the
        // facts (see StatementQueries.where): "critical minerals", 9,974 statements, 0.12-0.18 s of CPU against 0.36-0.56.
        long hits = Rows.count(c, "SELECT count(*) FROM statement_word_hits", List.of());
        boolean few = hits * 10 <= Rows.count(c, "SELECT count(*) FROM " + StatementWords.TABLE, List.of());
        try (var ps = Rows.prepare(c, "CREATE OR REPLACE TEMP TABLE " + HITS + " AS SELECT f.rowid AS rid, f.release_key, f.sentence_no,"
                + " f.published_date_key, f.class_code, f.confidence, f.speaker FROM fact_sentence f SEMI JOIN statement_word_hits w"
                + " USING (release_key, sentence_no) WHERE " + where.sql() + (few ? " AND f.release_key IN (SELECT release_key FROM statement_word_hits)" : ""),
                where.params())) {
            ps.execute();
        }
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE statement_word_hits");
        }
        List<String> toTest = terms.stream().filter(t -> !StatementWords.decides(t)).toList();
        if (!toTest.isEmpty()) {
            keepThoseContaining(c, toTest);
        }
        return true;
    }

    /** Whether the warehouse has the statements' words (schema version 9; the explorer opens older ones read-only as they are). */
    private static boolean indexed(Connection c) throws SQLException {
        return Rows.count(c, "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = ?", List.of(StatementWords.TABLE)) > 0;
    }

    /**
     * Removes from the hits the statements whose text does not contain every one of the terms. The candidates' texts are
     * copied first, by their row ids ({@code rowid IN (SELECT rid FROM hits)}: DuckDB pushes the row ids into the scan and
     * decompresses the text of those rows only), and tested after: a test in the same query would be pushed into the scan,
     * which would then decompress the text of every statement. On a million releases, 9,974 candidates of
     * "critical minerals": 2.1-3.3 s of CPU against 4.5-5.4 for a test on every text; 300 texts: 40-90 ms against about 600 read one by one.
     */
    private static void keepThoseContaining(Connection c, List<String> terms) throws SQLException {
        StatementQueries.Where test = StatementQueries.textContains("t", terms);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE statement_texts AS SELECT rowid AS rid, sentence_text AS t FROM fact_sentence"
                    + " WHERE rowid IN (SELECT rid FROM " + HITS + ")");
            try (var ps = Rows.prepare(c, "DELETE FROM " + HITS + " WHERE rid IN (SELECT rid FROM statement_texts WHERE NOT (" + test.sql() + "))",
                    test.params())) {
                ps.execute();
            }
            st.execute("DROP TABLE IF EXISTS statement_texts");
        }
    }
}
