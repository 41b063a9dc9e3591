package io.statementwarehouse.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.statementwarehouse.ingest.RejectedRecord;
import io.statementwarehouse.ingest.ReleaseKeys;
import io.statementwarehouse.nlp.AnalyzedRelease;

/**
 * Writes one chunk in one DuckDB transaction, idempotently: the rows the chunk's releases (and
 * rejected records) already have are deleted first, then everything is appended. Replaying a chunk
 * after a crash therefore leaves the same warehouse as writing it once.
 */
public final class ChunkWriter {

    private static final List<String> RELEASE_TABLES = List.of("dim_release", "fact_sentence", "fact_mention",
            "bridge_statement_committer", "bridge_statement_counterpart", "bridge_statement_topic");

    private final Connection connection;

    public ChunkWriter(Connection connection) {
        this.connection = connection;
    }

    public void write(List<? extends LoadItem> items, long runId) throws SQLException {
        Map<Long, AnalyzedRelease> releases = new LinkedHashMap<>();
        List<RejectedRecord> rejects = new ArrayList<>();
        for (LoadItem item : items) {
            if (item instanceof LoadItem.Loaded l) {
                releases.put(l.release().release().releaseKey(), l.release()); // the last copy of a key wins
            } else if (item instanceof LoadItem.Rejected r) {
                rejects.add(r.reject());
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        connection.setAutoCommit(false);
        try {
            // The DELETE is the transaction's first statement, so the appenders below join the transaction.
            if (!releases.isEmpty()) {
                String keys = releases.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
                try (Statement st = connection.createStatement()) {
                    for (String table : RELEASE_TABLES) {
                        st.execute("DELETE FROM " + table + " WHERE release_key IN (" + keys + ")");
                    }
                }
                upsertSources(releases);
                try (ReleaseRows rows = new ReleaseRows(connection)) {
                    for (AnalyzedRelease a : releases.values()) {
                        rows.append(a, sourceKey(a.release().source()), runId, now);
                    }
                    rows.finish();
                }
            }
            if (!rejects.isEmpty()) {
                writeRejects(rejects, runId, now);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void upsertSources(Map<Long, AnalyzedRelease> releases) throws SQLException {
        Map<Long, String> sources = new LinkedHashMap<>();
        for (AnalyzedRelease a : releases.values()) {
            sources.putIfAbsent(sourceKey(a.release().source()), a.release().source());
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO dim_source (source_key, name) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (Map.Entry<Long, String> e : sources.entrySet()) {
                ps.setLong(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.executeUpdate();
            }
        }
    }

    /** Rejects are keyed by file and record number: a replayed chunk replaces, never doubles them. */
    private void writeRejects(List<RejectedRecord> rejects, long runId, OffsetDateTime now) throws SQLException {
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM etl_reject WHERE file_path = ? AND record_no = ?");
             PreparedStatement ins = connection.prepareStatement(
                     "INSERT INTO etl_reject (run_id, file_path, record_no, reason, excerpt, rejected_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (RejectedRecord r : rejects) {
                del.setString(1, r.file());
                del.setLong(2, r.recordNo());
                del.executeUpdate();
                ins.setLong(1, runId);
                ins.setString(2, r.file());
                ins.setLong(3, r.recordNo());
                ins.setString(4, r.reason());
                ins.setString(5, r.excerpt());
                ins.setObject(6, now);
                ins.executeUpdate();
            }
        }
    }

    public static long sourceKey(String source) {
        return ReleaseKeys.releaseKey(source, "");
    }
}
