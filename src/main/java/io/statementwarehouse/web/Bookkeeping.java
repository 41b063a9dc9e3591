package io.statementwarehouse.web;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The pages about the loads rather than the statements: unresolved names and runs. */
final class Bookkeeping {

    private Bookkeeping() {
    }

    /** A name the reference data does not know, with the sentence of its example release that mentions it. */
    public record UnresolvedName(String kind, String surface, long mentions, long releases, Long exampleReleaseKey, String exampleTitle,
                          Integer exampleSentenceNo, String exampleSentence, Long lastRunId) {

        public String exampleLink() {
            if (exampleReleaseKey == null) {
                return null;
            }
            return exampleSentenceNo == null || exampleSentenceNo < 0 ? ReleaseLinks.release(exampleReleaseKey)
                    : ReleaseLinks.sentence(exampleReleaseKey, exampleSentenceNo);
        }
    }

    static long unresolvedCount(Connection c, String kind) throws SQLException {
        return kind == null ? Rows.count(c, "SELECT count(*) FROM etl_unresolved_name", List.of())
                : Rows.count(c, "SELECT count(*) FROM etl_unresolved_name WHERE kind = ?", List.of(kind));
    }

    /** Most frequent first. */
    static List<UnresolvedName> unresolved(Connection c, String kind, int limit, long offset) throws SQLException {
        return Rows.list(c, """
                WITH u AS (SELECT * FROM etl_unresolved_name WHERE kind = coalesce(CAST(? AS VARCHAR), kind)
                           ORDER BY mentions DESC, releases DESC, surface LIMIT ? OFFSET ?),
                     -- Mentions and sentences are read by row id: a join on their text columns would decompress them all.
                     m AS (SELECT * FROM fact_mention WHERE rowid IN (
                             SELECT rowid FROM fact_mention WHERE release_key IN (SELECT example_release_key FROM u))),
                     ex AS (SELECT u.kind, u.surface, u.example_release_key, min(m.sentence_no) AS sentence_no
                            FROM u JOIN m ON m.release_key = u.example_release_key AND m.surface = u.surface
                                         AND m.kind = u.kind AND NOT m.resolved
                            GROUP BY ALL),
                     s AS (SELECT release_key, sentence_no, sentence_text FROM fact_sentence WHERE rowid IN (
                             SELECT f.rowid FROM fact_sentence f JOIN ex ON f.release_key = ex.example_release_key
                                                                     AND f.sentence_no = ex.sentence_no))
                SELECT u.kind, u.surface, u.mentions, u.releases, u.example_release_key, u.last_run_id, r.title, ex.sentence_no,
                       CASE WHEN ex.sentence_no < 0 THEN r.title ELSE s.sentence_text END AS sentence
                FROM u LEFT JOIN ex USING (kind, surface)
                LEFT JOIN dim_release r ON r.release_key = u.example_release_key
                LEFT JOIN s ON s.release_key = u.example_release_key AND s.sentence_no = ex.sentence_no
                ORDER BY u.mentions DESC, u.releases DESC, u.surface""", java.util.Arrays.asList(kind, limit, offset),
                rs -> new UnresolvedName(rs.getString("kind"), rs.getString("surface"), rs.getLong("mentions"), rs.getLong("releases"),
                        (Long) rs.getObject("example_release_key"), rs.getString("title"), (Integer) rs.getObject("sentence_no"),
                        rs.getString("sentence"), (Long) rs.getObject("last_run_id")));
    }

    /** A row of etl_run. */
    public record Run(long runId, LocalDate runDate, String status, OffsetDateTime startedAt, OffsetDateTime endedAt, String input, Integer files,
               Integer filesSkipped, Long releases, Long sentences, Long pledges, Long intents, Long appeals, Long demands, Long rejects,
               Long duplicates, Double seconds) {

        public String secondsText() {
            return seconds == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", seconds);
        }
    }

    static List<Run> runs(Connection c, Long runId) throws SQLException {
        return runId == null ? Rows.list(c, "SELECT * FROM etl_run ORDER BY run_id DESC LIMIT 500", List.of(), Bookkeeping::run)
                : Rows.list(c, "SELECT * FROM etl_run WHERE run_id = ?", List.of(runId), Bookkeeping::run);
    }

    private static Run run(ResultSet rs) throws SQLException {
        return new Run(rs.getLong("run_id"), Rows.date(rs, "run_date"), rs.getString("status"),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("ended_at", OffsetDateTime.class), rs.getString("input"),
                (Integer) rs.getObject("files"), (Integer) rs.getObject("files_skipped"), (Long) rs.getObject("releases"),
                (Long) rs.getObject("sentences"), (Long) rs.getObject("pledges"), (Long) rs.getObject("intents"),
                (Long) rs.getObject("appeals"), (Long) rs.getObject("demands"), (Long) rs.getObject("rejects"),
                (Long) rs.getObject("duplicates"), Rows.nullableDouble(rs, "seconds"));
    }

    public record Reject(String filePath, long recordNo, String reason, String excerpt) {
    }

    static List<Reject> rejects(Connection c, long runId) throws SQLException {
        return Rows.list(c, "SELECT file_path, record_no, reason, excerpt FROM etl_reject WHERE run_id = ? ORDER BY file_path, record_no LIMIT 1000",
                List.of(runId), rs -> new Reject(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
    }

    /** A republished copy and the release kept in its place. */
    public record Duplicate(String source, String sourceId, String file, Long recordNo, Long keptReleaseKey, String keptTitle) {

        public String keptLink() {
            return keptReleaseKey == null ? null : ReleaseLinks.release(keptReleaseKey);
        }
    }

    static List<Duplicate> duplicates(Connection c, long runId) throws SQLException {
        return Rows.list(c, """
                SELECT d.copy_source, d.copy_source_id, d.copy_file, d.copy_record_no, d.kept_release_key, r.title
                FROM etl_duplicate d LEFT JOIN dim_release r ON r.release_key = d.kept_release_key
                WHERE d.run_id = ? ORDER BY d.copy_file, d.copy_record_no LIMIT 1000""", List.of(runId),
                rs -> new Duplicate(rs.getString(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4), (Long) rs.getObject(5),
                        rs.getString(6)));
    }
}
