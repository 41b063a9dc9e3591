package io.statementwarehouse.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.statementwarehouse.warehouse.StatementSearch;

/**
 * The Statements page's words, answered from {@code fact_statement_search} (see {@link StatementSearch}) rather than by
 * reading the text of every sentence. The statements that match go into a temporary table of the request's connection,
 * {@value #HITS}, with the columns the page sorts by: the count and the page then read that table. The result is what
 * {@code sentence_text ILIKE '%term%'} for every term gives, on every statement: the terms' trigrams choose the
 * candidates (a scan of the signatures), and the {@code ILIKE} of every term is then tested on the candidates' texts.
 */
final class WordSearch {

    static final String HITS = "statement_hits";

    private WordSearch() {
    }

    /**
     * Fills {@value #HITS} with the statements that pass the filter's other conditions and contain every term ({@code
     * fewReleases}: see {@link StatementQueries#where(StatementFilter, boolean)}). Returns false, having done nothing, on a
     * warehouse without {@code fact_statement_search} (one before version 10, which the explorer opens read-only as it is):
     * then only the sentences' text can answer.
     */
    static boolean fill(Connection c, StatementFilter filter, boolean fewReleases, List<String> terms) throws SQLException {
        if (!indexed(c)) {
            return false;
        }
        StatementQueries.Where text = StatementQueries.textContains("sentence_text", terms);
        Signature signature = Signature.of(terms);
        try (Statement st = c.createStatement()) {
            if (signature.any()) {
                // The candidates' row ids first, from the signatures alone; then their texts by row id (a semi-join, which
                // DuckDB pushes into the scan) and the ILIKE on those only. In one query DuckDB pushed the ILIKE into the
                // scan and left the signatures' test above it: every text was read (0.6-1.1 s against 0.15 on a million
                // releases for "critical minerals").
                try (var ps = Rows.prepare(c, "CREATE OR REPLACE TEMP TABLE statement_candidates AS SELECT rowid AS rid FROM "
                        + StatementSearch.TABLE + " WHERE " + signature.sql(), signature.params())) {
                    ps.execute();
                }
            }
            try (var ps = Rows.prepare(c, "CREATE OR REPLACE TEMP TABLE statement_word_hits AS SELECT release_key, sentence_no FROM "
                    + StatementSearch.TABLE + " WHERE " + (signature.any() ? "rowid IN (SELECT rid FROM statement_candidates) AND " : "")
                    + text.sql(), text.params())) {
                ps.execute();
            }
            st.execute("DROP TABLE IF EXISTS statement_candidates");
            // Few statements (a tenth or less): looked for by their releases first too, which DuckDB does inside the scan of
            // the facts (see StatementQueries.where): "critical minerals", 9,974 statements, 0.12-0.18 s of CPU against 0.36-0.56.
            // The filter's bridges are then read for those releases only.
            long hits = Rows.count(c, "SELECT count(*) FROM statement_word_hits", List.of());
            boolean few = hits * 10 <= Rows.count(c, "SELECT count(*) FROM " + StatementSearch.TABLE, List.of());
            String releases = "SELECT release_key FROM statement_word_hits";
            StatementQueries.Where where = StatementQueries.where(filter, fewReleases, few ? releases : null);
            try (var ps = Rows.prepare(c, "CREATE OR REPLACE TEMP TABLE " + HITS + " AS SELECT f.rowid AS rid, f.release_key, f.sentence_no,"
                    + " f.published_date_key, f.class_code, f.confidence, f.speaker FROM fact_sentence f SEMI JOIN statement_word_hits w"
                    + " USING (release_key, sentence_no) WHERE " + where.sql()
                    + (few ? " AND f.release_key IN (" + releases + ")" : ""), where.params())) {
                ps.execute();
            }
            st.execute("DROP TABLE statement_word_hits");
        }
        return true;
    }

    /** The test that a statement's signature has every bit of the terms' trigrams, on the words that have any. */
    private record Signature(String sql, List<Object> params) {

        static Signature of(List<String> terms) {
            long[] mask = StatementSearch.mask(terms);
            List<String> tests = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < mask.length; i++) {
                if (mask[i] != 0) {
                    tests.add("(trigrams_" + i + " & ?) = ?");
                    params.add(mask[i]);
                    params.add(mask[i]);
                }
            }
            return new Signature(String.join(" AND ", tests), params);
        }

        /** False when no term has three characters: every statement is a candidate. */
        boolean any() {
            return !params.isEmpty();
        }
    }

    /** Whether the warehouse has the statements' search table (schema version 10). */
    private static boolean indexed(Connection c) throws SQLException {
        return Rows.count(c, "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = ?", List.of(StatementSearch.TABLE)) > 0;
    }
}
