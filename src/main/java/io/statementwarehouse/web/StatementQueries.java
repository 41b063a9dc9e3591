package io.statementwarehouse.web;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.opencsv.CSVWriter;

/**
 * The Statements page's queries. They read the star schema (fact_sentence and its bridges) rather than v_statement:
 * the view builds every statement's lists of committers, counterparts and topics before any filter applies, while
 * here the filters run on the fact table first (date keys, class, EXISTS on a bridge), and the lists are built only
 * for the rows of the page. On a million releases that is the difference between seconds and a fraction of one
 * (docs/BENCHMARKS.md). The rows are v_statement's rows: sentences whose class is not NONE.
 */
final class StatementQueries {

    private StatementQueries() {
    }

    /** The WHERE clause of a filter on fact_sentence {@code f}, and its parameters. */
    record Where(String sql, List<Object> params) {
    }

    /** The filter's conditions but its words, on fact_sentence {@code f}. */
    static Where where(StatementFilter f) {
        StringBuilder w = new StringBuilder("f.class_code <> 'NONE'");
        List<Object> p = new ArrayList<>();
        if (f.classOrNull() != null) {
            w.append(" AND f.class_code = ?");
            p.add(f.classOrNull());
        }
        bridge(w, p, "bridge_statement_committer", "party_code", f.committerOrNull());
        bridge(w, p, "bridge_statement_counterpart", "party_code", f.counterpartOrNull());
        bridge(w, p, "bridge_statement_topic", "topic_code", f.topicOrNull());
        if (f.speakerOrNull() != null) {
            w.append(" AND f.speaker ILIKE ? ESCAPE '\\'");
            p.add(Rows.contains(f.speakerOrNull().strip()));
        }
        if (f.fromDate() != null) {
            w.append(" AND f.published_date_key >= ?");
            p.add(dateKey(f.fromDate()));
        }
        if (f.toDate() != null) {
            w.append(" AND f.published_date_key <= ?");
            p.add(dateKey(f.toDate()));
        }
        return new Where(w.toString(), p);
    }

    /** The test that a text {@code column} contains each of the terms (any case), and its parameters. */
    static Where textContains(String column, List<String> terms) {
        return new Where(terms.stream().map(t -> column + " ILIKE ? ESCAPE '\\'").collect(java.util.stream.Collectors.joining(" AND ")),
                terms.stream().map(t -> (Object) Rows.contains(t)).toList());
    }

    private static void bridge(StringBuilder w, List<Object> p, String table, String column, String code) {
        if (code != null) {
            w.append(" AND EXISTS (SELECT 1 FROM ").append(table).append(" b WHERE b.release_key = f.release_key")
                    .append(" AND b.sentence_no = f.sentence_no AND b.").append(column).append(" = ?)");
            p.add(code);
        }
    }

    static int dateKey(java.time.LocalDate d) {
        return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    /** ORDER BY for the filter's sort, with ties broken so that pages never overlap. */
    static String orderBy(StatementFilter f, String alias) {
        String dir = f.ascending() ? "ASC" : "DESC";
        return String.format(StatementFilter.SORTS.get(f.sortKey()), alias) + " " + dir + " NULLS LAST, "
                + alias + ".published_date_key DESC, " + alias + ".release_key, " + alias + ".sentence_no";
    }

    /** A page of statements and how many the filter selects in all. */
    record Counted(long total, List<StatementRow> rows) {
    }

    /**
     * What a filter selects: the statements themselves (fact_sentence {@code f} with the filter's conditions), or, when the
     * filter has words, the temporary table {@link WordSearch#HITS} of this connection that {@link WordSearch} filled.
     */
    record Selection(StatementFilter filter, String from, Where where) {

        /** Pages deeper than this many rows are sorted from a temporary table of the rows selected (see {@link #read}). */
        static final int DEEP = 1_000;
        static final String SELECTED = "statement_selected";

        private boolean onFacts() {
            return from.startsWith("fact_sentence");
        }

        long count(Connection c) throws SQLException {
            return Rows.count(c, "SELECT count(*) FROM " + from + " WHERE " + where.sql(), where.params());
        }

        /**
         * The count and one page, sorted. The page's row ids come first (a sort of the filtered rows' keys only), then those
         * rows whole ({@link StatementRows}): a sort whose rows carried their text decompressed every sentence of the
         * warehouse. On the fact table the count comes with the page (count(*) OVER ()), so that a filter on a bridge
         * joins it with the fact table once, not twice; for a deep page (sort by confidence, page 200) the selected rows'
         * sort columns go into a temporary table first, which DuckDB sorts faster than the join's output (1.3 s of CPU
         * against 3.4 on a million releases).
         */
        Counted read(Connection c) throws SQLException {
            long offset = (long) (filter.pageNo() - 1) * filter.pageSize();
            if (onFacts() && offset >= DEEP) {
                try (var ps = Rows.prepare(c, "CREATE OR REPLACE TEMP TABLE " + SELECTED + " AS SELECT f.rowid AS rid, f.release_key, f.sentence_no,"
                        + " f.published_date_key, f.class_code, f.confidence, f.speaker FROM " + from + " WHERE " + where.sql(), where.params())) {
                    ps.execute();
                }
                return new Selection(filter, SELECTED + " f", new Where("true", List.of())).read(c);
            }
            List<Object> params = new ArrayList<>(where.params());
            params.add(filter.pageSize());
            params.add(offset);
            // Without a join, counting apart is cheaper than a window over every row selected.
            boolean joins = where.sql().contains("EXISTS");
            long[] total = {-1};
            List<Long> ids = Rows.list(c, "SELECT " + (onFacts() ? "f.rowid" : "f.rid") + (joins ? ", count(*) OVER ()" : ", -1") + " FROM " + from
                    + " WHERE " + where.sql() + " ORDER BY " + orderBy(filter, "f") + " LIMIT ? OFFSET ?", params, rs -> {
                        total[0] = rs.getLong(2);
                        return rs.getLong(1);
                    });
            return new Counted(total[0] >= 0 ? total[0] : count(c), StatementRows.read(c, ids));
        }

        /** A query of the row ids selected (fact_sentence row ids), for {@link #byRowId}. */
        String rowIds() {
            return (onFacts() ? "SELECT f.rowid" : "SELECT f.rid") + " FROM " + from + " WHERE " + where.sql();
        }
    }

    static Selection select(Connection c, StatementFilter f) throws SQLException {
        Where w = where(f);
        if (f.words().isEmpty()) {
            return new Selection(f, "fact_sentence f", w);
        }
        if (WordSearch.fill(c, w, f.words())) {
            return new Selection(f, WordSearch.HITS + " f", new Where("true", List.of()));
        }
        // Nothing in the words to look up (short words, punctuation): every statement's text is read.
        Where text = textContains("f.sentence_text", f.words());
        List<Object> params = new ArrayList<>(w.params());
        params.addAll(text.params());
        return new Selection(f, "fact_sentence f", new Where(w.sql() + " AND " + text.sql(), params));
    }

    /** The fact_sentence rows whose row ids {@code rowIds} (a query) selects, read whole, with their row id as rid. */
    static String byRowId(String rowIds) {
        return "SELECT *, rowid AS rid FROM fact_sentence WHERE rowid IN (" + rowIds + ")";
    }

    /**
     * Continues a WITH clause whose CTE {@code name} holds fact_sentence rows (a page, a pair's shown rows): the SELECT
     * of those rows with their release and their lists. The lists are built by joining the bridges with those few rows
     * and grouping what matched. Written as correlated subqueries instead, DuckDB grouped each whole bridge table first:
     * 8 to 15 s of CPU for a page of 50 rows on a million releases, against under one for this (docs/BENCHMARKS.md).
     */
    static String withLists(String name) {
        return ", committers AS (" + list("bridge_statement_committer", "party_code", name) + "),"
                + " counterparts AS (" + list("bridge_statement_counterpart", "party_code", name) + "),"
                + " topics AS (" + list("bridge_statement_topic", "topic_code", name) + ")\n"
                + "SELECT h.*, r.source_id, r.source, r.title, r.url, r.published_date,"
                + " coalesce(c.items, []::VARCHAR[]) AS committers, coalesce(k.items, []::VARCHAR[]) AS counterparts,"
                + " coalesce(t.items, []::VARCHAR[]) AS topics"
                + " FROM " + name + " h JOIN dim_release r USING (release_key)"
                + " LEFT JOIN committers c USING (release_key, sentence_no) LEFT JOIN counterparts k USING (release_key, sentence_no)"
                + " LEFT JOIN topics t USING (release_key, sentence_no)";
    }

    private static String list(String bridge, String column, String rows) {
        return "SELECT b.release_key, b.sentence_no, list(b." + column + " ORDER BY b." + column + ") AS items FROM " + bridge + " b"
                + " SEMI JOIN " + rows + " USING (release_key, sentence_no) GROUP BY ALL";
    }

    static final String[] CSV_HEADER = {"source_id", "release_key", "sentence_no", "char_start", "char_end", "published_date", "class",
            "polarity", "scope", "committers", "counterparts", "topics", "speaker", "confidence", "cue", "rule", "source", "title", "url",
            "sentence_text"};

    /** Every row of the filter, in its order, as CSV (v_statement's columns; lists joined with ';'). Returns the row count. */
    static long exportCsv(Connection c, StatementFilter f, Writer out) throws SQLException, IOException {
        Selection s = select(c, f);
        Where w = s.where();
        String sql = "WITH hits AS (" + byRowId(s.rowIds()) + ")" + withLists("hits") + " ORDER BY " + orderBy(f, "h");
        long n = 0;
        CSVWriter csv = new CSVWriter(out);
        csv.writeNext(CSV_HEADER, false);
        try (PreparedStatement ps = Rows.prepare(c, sql, w.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                csv.writeNext(new String[] {cell(rs.getString("source_id")), rs.getString("release_key"), rs.getString("sentence_no"),
                        rs.getString("char_start"), rs.getString("char_end"), rs.getString("published_date"), rs.getString("class_code"),
                        cell(rs.getString("polarity")), cell(rs.getString("scope")), cell(String.join(";", Rows.strings(rs, "committers"))),
                        cell(String.join(";", Rows.strings(rs, "counterparts"))), cell(String.join(";", Rows.strings(rs, "topics"))),
                        cell(rs.getString("speaker")), rs.getString("confidence"), cell(rs.getString("cue")), cell(rs.getString("rule")),
                        cell(rs.getString("source")), cell(rs.getString("title")), cell(rs.getString("url")), cell(rs.getString("sentence_text"))},
                        true);
                n++;
            }
        }
        csv.flush();
        return n;
    }

    /**
     * Text from releases for a spreadsheet: a cell that starts with = + - @ (or a tab or carriage return) would be run as
     * a formula by Excel or LibreOffice, so it gets a leading apostrophe, which they show as text (OWASP's advice).
     */
    static String cell(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + s : s;
    }
}
