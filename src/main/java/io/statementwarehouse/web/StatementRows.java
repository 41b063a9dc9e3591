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
 * that joins the rows with the bridges and dim_release. With joins DuckDB scanned every bridge and the release dimension,
 * and read the rows' text through a hash join over the whole fact table (about 1 s of CPU for a page of 50 on a million
 * releases); literal numbers let each scan go to the rows it names (docs/BENCHMARKS.md, "Explorer").
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
        String keys = join(facts.values().stream().map(Fact::releaseKey).distinct().toList());
        Map<Long, Release> releases = new HashMap<>();
        Rows.list(c, "SELECT release_key, source_id, source, title, published_date FROM dim_release WHERE release_key IN (" + keys + ")", List.of(),
                rs -> releases.put(rs.getLong(1), new Release(rs.getString(2), rs.getString(3), rs.getString(4), Rows.date(rs, "published_date"))));
        Map<String, List<String>> lists = new HashMap<>();
        Rows.list(c, "SELECT 'c' AS list, release_key, sentence_no, party_code AS code FROM bridge_statement_committer WHERE release_key IN (" + keys + ")"
                + " UNION ALL SELECT 'k', release_key, sentence_no, party_code FROM bridge_statement_counterpart WHERE release_key IN (" + keys + ")"
                + " UNION ALL SELECT 't', release_key, sentence_no, topic_code FROM bridge_statement_topic WHERE release_key IN (" + keys + ")"
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

    /**
     * A query of some columns of the fact_sentence rows with these row ids: one {@code WHERE rowid = n} per row, put together
     * with UNION ALL. DuckDB reads such a row from the one vector that holds it (about 2 ms for a sentence's text, which
     * is compressed with zstd); {@code rowid IN (list)} or {@code OR} made it scan every row group named, decompressing the
     * text of 122,880 rows for each (16 to 20 ms a row on a page of 50; docs/BENCHMARKS.md).
     */
    static String byRowIds(List<Long> rowIds, String columns) {
        return rowIds.stream().map(id -> "SELECT " + columns + " FROM fact_sentence WHERE rowid = " + id).collect(Collectors.joining(" UNION ALL "));
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
