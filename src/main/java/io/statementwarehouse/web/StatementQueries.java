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
 * here the filters run on the fact table first (date keys, class, a semi-join with the bridges), and the lists are built only
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
        return where(f, false);
    }

    /**
     * The filter's conditions but its words, on fact_sentence {@code f}; with {@code fewReleases}, the statements the bridges
     * name are also looked for by their releases alone ({@code f.release_key IN (...)}): DuckDB turns a semi-join on one
     * column into a filter inside the scan of the facts, which skips the rows of other releases before the join. That pays
     * when the bridges name a small part of the releases (CHN and KAZ since 2023: 0.12-0.18 s of CPU for the count against
     * 0.19-0.48; class PLEDGE and topic ENERGY: 0.16-0.22 against 0.28-0.32) and costs when they name many (committer CHN,
     * a third of the statements: 0.5-0.84 against 0.39-0.61).
     */
    static Where where(StatementFilter f, boolean fewReleases) {
        return where(f, fewReleases, null);
    }

    /**
     * {@link #where(StatementFilter, boolean)}, with the bridges read for the releases that {@code releases} (a query of
     * release keys, or null) selects only: the few releases of a word search's statements, which DuckDB then looks for
     * inside the scan of each bridge instead of joining the facts with all of a committer's rows (CHN, "critical minerals",
     * 2024: 90-110 ms of CPU against 190-370 on a million releases).
     */
    static Where where(StatementFilter f, boolean fewReleases, String releases) {
        String within = releases == null ? "" : " AND release_key IN (" + releases + ")";
        StringBuilder w = new StringBuilder("f.class_code <> 'NONE'");
        List<Object> p = new ArrayList<>();
        if (f.classOrNull() != null) {
            w.append(" AND f.class_code = ?");
            p.add(f.classOrNull());
        }
        List<String> bridges = new ArrayList<>();
        bridge(bridges, p, "bridge_statement_committer", "party_code", f.committerOrNull(), within);
        bridge(bridges, p, "bridge_statement_counterpart", "party_code", f.counterpartOrNull(), within);
        bridge(bridges, p, "bridge_statement_topic", "topic_code", f.topicOrNull(), within);
        if (!bridges.isEmpty()) {
            // One semi-join with the statements every bridge names (their intersection, whose smaller side is the rarer code):
            // an EXISTS per bridge joined the fact table with each bridge in turn (CHN, KAZ: 0.7 s of CPU against 0.3).
            String named = String.join(" INTERSECT ", bridges);
            w.append(" AND (f.release_key, f.sentence_no) IN (").append(named).append(")");
            if (fewReleases) {
                w.append(" AND f.release_key IN (SELECT release_key FROM (").append(named).append("))");
                p.addAll(new ArrayList<>(p.subList(p.size() - bridges.size(), p.size())));
            }
        }
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

    private static void bridge(List<String> bridges, List<Object> p, String table, String column, String code, String within) {
        if (code != null) {
            bridges.add("SELECT release_key, sentence_no FROM " + table + " WHERE " + column + " = ?" + within);
            p.add(code);
        }
    }

    /** Whether the conditions join a bridge. */
    static boolean joins(Where w) {
        return w.sql().contains(" IN (SELECT release_key, sentence_no FROM bridge_");
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
            return Rows.count(c, countSql(), where.params());
        }

        private String countSql() {
            return "SELECT count(*) FROM " + from + " WHERE " + where.sql();
        }

        /** {@link #read(Connection, StatementCounts)} with nothing remembered. */
        Counted read(Connection c) throws SQLException {
            return read(c, StatementCounts.none());
        }

        /**
         * The count and one page, sorted. The page's row ids come first (a sort of the filtered rows' keys only), then those
         * rows whole ({@link StatementRows}): a sort whose rows carried their text decompressed every sentence of the
         * warehouse.
         * <ul>
         * <li>Newest (or oldest) first, the default, the count comes first, then the page is looked for among the statements
         * of the last days only ({@link #lastDays}).</li>
         * <li>A filter on a bridge that leaves few statements (by the filters' choices), or sorted otherwise, is counted with its page
         * (count(*) OVER ()), so that the bridge is joined with the fact table once, not twice.</li>
         * <li>By confidence, a deep page or one of a filter counted before is looked for among the statements of the lowest
         * (highest) confidences only ({@link #firstConfidences}).</li>
         * <li>For another deep page the selected rows' sort columns go into a temporary table first, which DuckDB sorts faster
         * than the join's output (1.3 s of CPU against 3.4 on a million releases).</li>
         * </ul>
         * Counts of the fact table are remembered in {@code counts} (paging through a filter counts once).
         */
        Counted read(Connection c, StatementCounts counts) throws SQLException {
            long offset = (long) (filter.pageNo() - 1) * filter.pageSize();
            if (onFacts() && "confidence".equals(filter.sortKey()) && (offset >= DEEP || counts.remembered(countSql(), where.params()).isPresent())) {
                long total = counts.count(c, countSql(), where.params());
                List<Long> ids = firstConfidences(c, counts, total, offset);
                if (ids != null) {
                    return new Counted(total, StatementRows.read(c, ids));
                }
            }
            if (onFacts() && offset >= DEEP) {
                try (var ps = Rows.prepare(c, "CREATE OR REPLACE TEMP TABLE " + SELECTED + " AS SELECT f.rowid AS rid, f.release_key, f.sentence_no,"
                        + " f.published_date_key, f.class_code, f.confidence, f.speaker FROM " + from + " WHERE " + where.sql(), where.params())) {
                    ps.execute();
                }
                return new Selection(filter, SELECTED + " f", new Where("true", List.of())).read(c);
            }
            if (!onFacts()) {
                return new Counted(count(c), StatementRows.read(c, page(c, where, offset)));
            }
            java.util.OptionalLong known = counts.remembered(countSql(), where.params());
            long estimate = counts.bridgeEstimate(filter);
            if (known.isEmpty() && joins(where) && (estimate < counts.paging().few() || !"date".equals(filter.sortKey()))) {
                long[] total = {0};
                List<Object> params = new ArrayList<>(where.params());
                params.add(filter.pageSize());
                params.add(offset);
                List<Long> ids = Rows.list(c, "SELECT f.rowid, count(*) OVER () FROM " + from + " WHERE " + where.sql() + " ORDER BY "
                        + orderBy(filter, "f") + " LIMIT ? OFFSET ?", params, rs -> {
                            total[0] = rs.getLong(2);
                            return rs.getLong(1);
                        });
                if (ids.isEmpty() && offset > 0) {
                    // Past the last page the window saw no row: count apart.
                    total[0] = count(c);
                }
                counts.remember(countSql(), where.params(), total[0]);
                return new Counted(total[0], StatementRows.read(c, ids));
            }
            long total = known.isPresent() ? known.getAsLong() : counts.count(c, countSql(), where.params());
            List<Long> ids = lastDays(c, counts, total, offset);
            return new Counted(total, StatementRows.read(c, ids != null ? ids : page(c, where, offset)));
        }

        /** The row ids of one page of the rows that pass {@code w}. */
        private List<Long> page(Connection c, Where w, long offset) throws SQLException {
            List<Object> params = new ArrayList<>(w.params());
            params.add(filter.pageSize());
            params.add(offset);
            return Rows.list(c, "SELECT " + (onFacts() ? "f.rowid" : "f.rid") + " FROM " + from + " WHERE " + w.sql() + " ORDER BY " + orderBy(filter, "f")
                    + " LIMIT ? OFFSET ?", params, rs -> rs.getLong(1));
        }

        /**
         * The page, newest (or oldest) first, found among the statements of the last (first) days only, or null when it is not
         * sure to be there. On a million releases the filter's columns are then read for the statements of a few days: a
         * committer's newest page costs 40 ms of CPU instead of 650 (see {@link #withinBound}).
         */
        List<Long> lastDays(Connection c, StatementCounts counts, long total, long offset) throws SQLException {
            if (!"date".equals(filter.sortKey())) {
                return null;
            }
            Double from = filter.fromDate() == null ? null : (double) dateKey(filter.fromDate());
            Double to = filter.toDate() == null ? null : (double) dateKey(filter.toDate());
            return withinBound(c, counts.days(c), "f.published_date_key", from, to, counts.paging(), total, offset);
        }

        /**
         * The page by confidence, lowest (or highest) first, found among the statements of the lowest (highest) confidences
         * only, or null when it is not sure to be there: USA by confidence, page 200, on a million releases sorts the
         * 40,000 or so of the lowest confidences that USA committed to instead of all 1.6 million (see {@link #withinBound}).
         */
        List<Long> firstConfidences(Connection c, StatementCounts counts, long total, long offset) throws SQLException {
            if (!"confidence".equals(filter.sortKey())) {
                return null;
            }
            return withinBound(c, counts.confidences(c), "f.confidence", null, null, counts.paging(), total, offset);
        }

        /**
         * The page, sorted by {@code column}, found among the statements whose value of it is at most (or, descending, at
         * least) a bound, or null when it is not sure to be there. Every such statement comes before every other one in the
         * page's order (nulls come last), so when those that pass the filter fill the page, it is the page of all of them.
         * The bound is chosen from the statements per value ({@code histogram}, by class, within [from, to]) so that the
         * filter, as selective as its count says ({@code total}), should leave {@code lookBack} times the rows needed; if it
         * leaves too few, a bound four times as far is tried, then the whole table.
         */
        private List<Long> withinBound(Connection c, StatementCounts.Histogram histogram, String column, Double from, Double to,
                StatementCounts.Paging paging, long total, long offset) throws SQLException {
            long wanted = offset + filter.pageSize();
            if (total < wanted) {
                return null;
            }
            long all = histogram.total(filter.classOrNull(), from, to);
            boolean dateKeys = column.endsWith("_key");
            for (double rows = paging.lookBack() * wanted * all / total; rows < all * paging.maxShare(); rows *= 4) {
                Double bound = histogram.bound(filter.ascending(), filter.classOrNull(), from, to, (long) Math.ceil(rows));
                if (bound == null) {
                    return null;
                }
                List<Object> params = new ArrayList<>(where.params());
                // a date key as the integer it is: compared as a double, the column would be cast and its min-max no use
                params.add(dateKeys ? (Object) bound.intValue() : bound);
                List<Long> ids = page(c, new Where(where.sql() + " AND " + column + (filter.ascending() ? " <= ?" : " >= ?"), params), offset);
                if (ids.size() == filter.pageSize()) {
                    return ids;
                }
            }
            return null;
        }

        /** A query of the row ids selected (fact_sentence row ids), for {@link #byRowId}. */
        String rowIds() {
            return (onFacts() ? "SELECT f.rowid" : "SELECT f.rid") + " FROM " + from + " WHERE " + where.sql();
        }
    }

    static Selection select(Connection c, StatementFilter f) throws SQLException {
        return select(c, f, StatementCounts.none());
    }

    /** What the filter selects; {@code counts} tell whether its bridges name few releases (see {@link #where(StatementFilter, boolean)}). */
    static Selection select(Connection c, StatementFilter f, StatementCounts counts) throws SQLException {
        Where w = where(f, counts.fewReleases(f));
        if (f.words().isEmpty()) {
            return new Selection(f, "fact_sentence f", w);
        }
        if (WordSearch.fill(c, f, counts.fewReleases(f), f.words())) {
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
