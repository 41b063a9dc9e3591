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
        for (String word : f.words()) {
            w.append(" AND f.sentence_text ILIKE ? ESCAPE '\\'");
            p.add(Rows.contains(word));
        }
        return new Where(w.toString(), p);
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

    static long count(Connection c, StatementFilter f) throws SQLException {
        Where w = where(f);
        return Rows.count(c, "SELECT count(*) FROM fact_sentence f WHERE " + w.sql(), w.params());
    }

    /** One page of statements, sorted. */
    static List<StatementRow> page(Connection c, StatementFilter f) throws SQLException {
        Where w = where(f);
        List<Object> params = new ArrayList<>(w.params());
        params.add(f.pageSize());
        params.add((long) (f.pageNo() - 1) * f.pageSize());
        // The page's rows are chosen by row id first and only then read whole: a sort over the filtered rows that carried
        // their text along decompressed every sentence of the warehouse (4 to 6 s of CPU on a million releases; by row id,
        // under half a second, as DuckDB's own late materialization does for a query on one table).
        String sql = "WITH hits AS (" + byRowId("SELECT f.rowid FROM fact_sentence f WHERE " + w.sql() + " ORDER BY " + orderBy(f, "f")
                + " LIMIT ? OFFSET ?") + ")" + withLists("hits") + " ORDER BY " + orderBy(f, "h");
        return Rows.list(c, sql, params, StatementQueries::row);
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

    static StatementRow row(ResultSet rs) throws SQLException {
        return new StatementRow(rs.getLong("release_key"), rs.getInt("sentence_no"), rs.getString("sentence_text"), rs.getString("class_code"),
                rs.getString("polarity"), rs.getString("scope"), rs.getString("speaker"), Rows.nullableDouble(rs, "confidence"),
                rs.getString("cue"), rs.getString("rule"), Rows.date(rs, "published_date"), rs.getString("source_id"), rs.getString("source"),
                rs.getString("title"), Rows.strings(rs, "committers"), Rows.strings(rs, "counterparts"), Rows.strings(rs, "topics"));
    }

    static final String[] CSV_HEADER = {"source_id", "release_key", "sentence_no", "char_start", "char_end", "published_date", "class",
            "polarity", "scope", "committers", "counterparts", "topics", "speaker", "confidence", "cue", "rule", "source", "title", "url",
            "sentence_text"};

    /** Every row of the filter, in its order, as CSV (v_statement's columns; lists joined with ';'). Returns the row count. */
    static long exportCsv(Connection c, StatementFilter f, Writer out) throws SQLException, IOException {
        Where w = where(f);
        String sql = "WITH hits AS (" + byRowId("SELECT f.rowid FROM fact_sentence f WHERE " + w.sql()) + ")" + withLists("hits")
                + " ORDER BY " + orderBy(f, "h");
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
