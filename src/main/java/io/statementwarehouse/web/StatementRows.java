package io.statementwarehouse.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A few statements read whole by their fact_sentence row ids, with their release and their lists of committers,
 * counterparts and topics: three short queries whose filters are literal numbers (row ids, release keys), instead of one
 * that joins the rows with the bridges and dim_release. Each query keeps the rows of a table whose key is in a literal
 * list, written {@code key IN (SELECT unnest([n, ...]::BIGINT[]))}: DuckDB then joins the table with the list and pushes
 * the list's keys into the table's scan as a filter that skips the row groups and vectors without one, and decompresses
 * the other columns (the zstd text) of the matching rows only. A literal {@code key IN (n, ...)} is planned the same way
 * but its filter is only used to skip row groups, so every column of every row group named was read; one
 * {@code WHERE rowid = n} per row, put together with UNION ALL, cost about 2 ms a row. On a million releases a page of 50
 * costs 130 ms of CPU this way, against 620 (docs/BENCHMARKS.md, "Explorer").
 */
final class StatementRows {

    private StatementRows() {
    }

    /** The statements with these row ids, in the order of the ids. Row ids and keys are numbers the database gave: safe in SQL. */
    static List<StatementRow> read(Connection c, List<Long> rowIds) throws SQLException {
        return new ArrayList<>(byRowId(c, rowIds).values());
    }

    /** The statements with these row ids, by row id, in the order of the ids. */
    static Map<Long, StatementRow> byRowId(Connection c, List<Long> rowIds) throws SQLException {
        Map<Long, StatementRow> rows = new java.util.LinkedHashMap<>();
        if (rowIds.isEmpty()) {
            return rows;
        }
        Map<Long, Fact> facts = new HashMap<>();
        Rows.list(c, byRowIds(rowIds, "rowid AS rid, release_key, sentence_no, sentence_text, class_code, polarity, scope, speaker, confidence, cue, rule"),
                List.of(), rs -> facts.put(rs.getLong("rid"), new Fact(rs.getLong("release_key"), rs.getInt("sentence_no"), rs.getString("sentence_text"),
                        rs.getString("class_code"), rs.getString("polarity"), rs.getString("scope"), rs.getString("speaker"),
                        Rows.nullableDouble(rs, "confidence"), rs.getString("cue"), rs.getString("rule"))));
        String keys = in(facts.values().stream().map(Fact::releaseKey).distinct().toList());
        Map<Long, Release> releases = new HashMap<>();
        Rows.list(c, "SELECT release_key, source_id, source, title, published_date FROM dim_release WHERE release_key IN " + keys, List.of(),
                rs -> releases.put(rs.getLong(1), new Release(rs.getString(2), rs.getString(3), rs.getString(4), Rows.date(rs, "published_date"))));
        Map<String, List<String>> lists = new HashMap<>();
        Rows.list(c, "SELECT 'c' AS list, release_key, sentence_no, party_code AS code FROM bridge_statement_committer WHERE release_key IN " + keys
                + " UNION ALL SELECT 'k', release_key, sentence_no, party_code FROM bridge_statement_counterpart WHERE release_key IN " + keys
                + " UNION ALL SELECT 't', release_key, sentence_no, topic_code FROM bridge_statement_topic WHERE release_key IN " + keys
                + " ORDER BY code", List.of(), rs -> lists.computeIfAbsent(rs.getString(1) + rs.getLong(2) + "/" + rs.getInt(3), k -> new ArrayList<>())
                        .add(rs.getString(4)));
        for (long id : rowIds) {
            Fact f = facts.get(id);
            if (f == null) {
                continue;
            }
            Release r = releases.getOrDefault(f.releaseKey(), new Release(null, null, null, null));
            String at = f.releaseKey() + "/" + f.sentenceNo();
            rows.put(id, new StatementRow(f.releaseKey(), f.sentenceNo(), f.text(), f.cls(), f.polarity(), f.scope(), f.speaker(), f.confidence(),
                    f.cue(), f.rule(), r.published(), r.sourceId(), r.source(), r.title(), lists.getOrDefault("c" + at, List.of()),
                    lists.getOrDefault("k" + at, List.of()), lists.getOrDefault("t" + at, List.of())));
        }
        return rows;
    }

    /** A query of some columns of the fact_sentence rows with these row ids (see the class comment for the form). */
    static String byRowIds(List<Long> rowIds, String columns) {
        return "SELECT " + columns + " FROM fact_sentence WHERE rowid IN " + in(rowIds);
    }

    /** The subquery of a literal list of numbers, for {@code column IN} (see the class comment). */
    static String in(List<Long> numbers) {
        return "(SELECT unnest([" + join(numbers) + "]::BIGINT[]))";
    }

    static String join(List<Long> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private record Fact(long releaseKey, int sentenceNo, String text, String cls, String polarity, String scope, String speaker, Double confidence,
                        String cue, String rule) {
    }

    private record Release(String sourceId, String source, String title, java.time.LocalDate published) {
    }
}
