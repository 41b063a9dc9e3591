package io.statementwarehouse.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Two actors (countries or organizations, by their party codes) and their commitments (PLEDGE, INTENT, APPEAL) to each
 * other: A committing with B as counterpart, B with A as counterpart, or both committing together.
 */
final class PairQueries {

    static final List<String> DIRECTIONS = List.of("ab", "ba", "joint");
    static final List<String> COLOURS = List.of("#1565c0", "#ef6c00", "#6a1b9a");
    static final int SENTENCES_SHOWN = 300;

    private PairQueries() {
    }

    static String link(String a, String b) {
        return UriComponentsBuilder.fromPath("/pair").queryParam("a", a).queryParam("b", b).encode().build().toUriString();
    }

    /** A statement of the pair and which way it goes. */
    public record PairStatement(String direction, StatementRow row) {
    }

    /** A topic and the pair's commitments on it, each way. */
    public record TopicCount(String topic, long ab, long ba, long joint) {

        public long total() {
            return ab + ba + joint;
        }
    }

    /** Everything the pair page shows. */
    public record Result(long ab, long ba, long joint, BarChartSvg chart, String granularity, List<TopicCount> topics,
                  List<PairStatement> statements, boolean truncated) {

        public long total() {
            return ab + ba + joint;
        }
    }

    /**
     * The pair's statements, computed once per page into a temporary table of the request's connection (rid: fact_sentence row
     * id). A statement goes one way only: together when both commit, else A → B, else B → A. The ways are intersections of
     * the four sets of statements (A or B as committer or counterpart), each from one bridge and one code: hash joins whose
     * smaller side is the pair's rarer actor. Grouping every statement of either actor first to mark which sides it has
     * (the former query) cost 0.8-1.2 s of CPU for CHN/KAZ on a million releases, this 0.4-0.7 s. The classes are a
     * semi-join with a literal list, like the row ids of {@link StatementRows}: {@code class_code IN ('PLEDGE', ...)} was
     * evaluated as an OR on every sentence of the warehouse.
     */
    static final String HITS = "pair_hits";

    private static String pairHits(String where) {
        return "CREATE OR REPLACE TEMP TABLE " + HITS + " AS " + """
                WITH ca AS (SELECT release_key, sentence_no FROM bridge_statement_committer WHERE party_code = ?),
                     cb AS (SELECT release_key, sentence_no FROM bridge_statement_committer WHERE party_code = ?),
                     ka AS (SELECT release_key, sentence_no FROM bridge_statement_counterpart WHERE party_code = ?),
                     kb AS (SELECT release_key, sentence_no FROM bridge_statement_counterpart WHERE party_code = ?),
                     pair AS ((SELECT *, 'joint' AS direction FROM (SELECT * FROM ca INTERSECT SELECT * FROM cb))
                              UNION ALL (SELECT *, 'ab' FROM (SELECT * FROM ca INTERSECT SELECT * FROM kb EXCEPT SELECT * FROM cb))
                              UNION ALL (SELECT *, 'ba' FROM (SELECT * FROM cb INTERSECT SELECT * FROM ka EXCEPT SELECT * FROM ca)))
                SELECT f.rowid AS rid, f.release_key, f.sentence_no, f.published_date_key, pair.direction
                FROM pair JOIN fact_sentence f USING (release_key, sentence_no)
                WHERE f.class_code IN (SELECT unnest(['PLEDGE', 'INTENT', 'APPEAL']))""" + where;
    }

    static Result load(Connection c, String a, String b, LocalDate from, LocalDate to) throws SQLException {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>(List.of(a, b, a, b));
        if (from != null) {
            where.append(" AND f.published_date_key >= ?");
            params.add(StatementQueries.dateKey(from));
        }
        if (to != null) {
            where.append(" AND f.published_date_key <= ?");
            params.add(StatementQueries.dateKey(to));
        }
        // Once: the months and topics, then the sentences shown, read it (they joined the bridges with the fact table twice).
        try (var ps = Rows.prepare(c, pairHits(where.toString()), params)) {
            ps.execute();
        }

        // Months and topics in one pass over the pair's statements (a statement counts once per month, once per topic).
        Map<Integer, long[]> byMonth = new LinkedHashMap<>();
        Map<String, long[]> byTopic = new LinkedHashMap<>();
        Rows.list(c, """
                SELECT h.published_date_key // 100 AS ym, t.topic_code, h.direction, count(DISTINCT h.rid) AS n,
                       grouping(ym, t.topic_code) AS g
                FROM pair_hits h LEFT JOIN bridge_statement_topic t USING (release_key, sentence_no)
                GROUP BY GROUPING SETS ((ym, h.direction), (t.topic_code, h.direction)) ORDER BY ym, t.topic_code""", List.of(), rs -> {
            int d = DIRECTIONS.indexOf(rs.getString("direction"));
            if (rs.getInt("g") == 1) { // grouped by month, the topics rolled up: statements counted once each
                byMonth.computeIfAbsent(rs.getInt("ym"), k -> new long[3])[d] += rs.getLong("n");
            } else if (rs.getString("topic_code") != null) {
                byTopic.computeIfAbsent(rs.getString("topic_code"), k -> new long[3])[d] += rs.getLong("n");
            }
            return null;
        });
        long[] totals = new long[3];
        byMonth.values().forEach(v -> {
            for (int i = 0; i < 3; i++) {
                totals[i] += v[i];
            }
        });
        List<TopicCount> topics = new ArrayList<>();
        byTopic.forEach((t, v) -> topics.add(new TopicCount(t, v[0], v[1], v[2])));
        topics.sort(java.util.Comparator.comparingLong(TopicCount::total).reversed().thenComparing(TopicCount::topic));

        Map<Long, String> directions = new LinkedHashMap<>();
        Rows.list(c, "SELECT rid, direction FROM " + HITS + " ORDER BY published_date_key DESC, release_key, sentence_no LIMIT ?",
                List.of(SENTENCES_SHOWN + 1), rs -> directions.put(rs.getLong(1), rs.getString(2)));
        Map<Long, StatementRow> rows = StatementRows.byRowId(c, new ArrayList<>(directions.keySet()));
        List<PairStatement> statements = new ArrayList<>();
        for (Map.Entry<Long, StatementRow> row : rows.entrySet()) {
            statements.add(new PairStatement(directions.get(row.getKey()), row.getValue()));
        }
        boolean truncated = statements.size() > SENTENCES_SHOWN;
        if (truncated) {
            statements = statements.subList(0, SENTENCES_SHOWN);
        }
        Chart chart = chart(byMonth, a, b);
        return new Result(totals[0], totals[1], totals[2], chart.svg(), chart.granularity(), topics, statements, truncated);
    }

    private record Chart(BarChartSvg svg, String granularity) {
    }

    /** Months when the commitments span two years or less, years otherwise; periods without any count as zero. */
    private static Chart chart(Map<Integer, long[]> byMonth, String a, String b) {
        if (byMonth.isEmpty()) {
            return new Chart(null, null);
        }
        int first = byMonth.keySet().stream().min(Integer::compare).orElseThrow();
        int last = byMonth.keySet().stream().max(Integer::compare).orElseThrow();
        YearMonth start = YearMonth.of(first / 100, first % 100);
        YearMonth end = YearMonth.of(last / 100, last % 100);
        boolean monthly = start.plusMonths(24).isAfter(end);
        Map<String, long[]> periods = new LinkedHashMap<>();
        if (monthly) {
            for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
                periods.put(m.toString(), new long[3]);
            }
        } else {
            for (int y = start.getYear(); y <= end.getYear(); y++) {
                periods.put(Integer.toString(y), new long[3]);
            }
        }
        byMonth.forEach((ym, v) -> {
            String key = monthly ? YearMonth.of(ym / 100, ym % 100).toString() : Integer.toString(ym / 100);
            long[] target = periods.get(key);
            for (int i = 0; i < 3; i++) {
                target[i] += v[i];
            }
        });
        List<String> labels = new ArrayList<>(periods.keySet());
        long[][] values = new long[3][labels.size()];
        for (int p = 0; p < labels.size(); p++) {
            long[] v = periods.get(labels.get(p));
            for (int s = 0; s < 3; s++) {
                values[s][p] = v[s];
            }
        }
        BarChartSvg svg = BarChartSvg.of(960, 280, labels, List.of(a + " → " + b, b + " → " + a, a + " and " + b + " together"), COLOURS,
                values);
        return new Chart(svg, monthly ? "month" : "year");
    }
}
