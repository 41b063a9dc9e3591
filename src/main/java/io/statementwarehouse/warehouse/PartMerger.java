package io.statementwarehouse.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges the part files of a distributed load (each a DuckDB database with the warehouse's schema, written by one
 * worker with the same chunk writer as one process uses) into the warehouse, set-based and in one transaction:
 * <ul>
 * <li>A release key found in several parts, or in a part and the warehouse, is settled by the rule a single
 * process follows: the copy with the smallest (published date, file, record number) is kept, and the others are
 * listed in {@code etl_duplicate} naming it. The same record in two parts (a chunk a dead worker had written before
 * its position was saved, written again by the worker that took its partition over) is one record, not a copy: its
 * rows are taken from the first part by name.</li>
 * <li>The kept releases' rows (dimension, facts, bridges) come from their part; rows the warehouse held for those
 * keys are replaced. Copies and rejects the parts listed are added by their record, replacing what the warehouse
 * had for the same record.</li>
 * <li>The parts merged are recorded in {@code etl_merged_part} in the same transaction: a merge repeated after a
 * crash skips them, so it adds nothing.</li>
 * </ul>
 * Text copies (the same text under other keys) are then settled over the whole warehouse by the step after this
 * one, as in one process.
 */
public final class PartMerger {

    private static final Logger log = LoggerFactory.getLogger(PartMerger.class);

    private static final List<String> RELEASE_TABLES = CopyResolver.RELEASE_TABLES;

    /** What a merge did: the parts it merged now, those merged before, and the releases it kept from the parts. */
    public record Outcome(int partsMerged, int partsMergedBefore, long releasesKept, long copies) {
    }

    private final Connection warehouse;
    private final java.time.Duration lockWait;

    /**
     * @param lockWait how long to wait for a part that a worker still holds: Spring Batch records a partition as
     *                 completed before it closes the partition's writer, so the manager can come to a part while its
     *                 worker is still closing it (a dead worker's lock is gone with its process)
     */
    public PartMerger(Connection warehouse, java.time.Duration lockWait) {
        this.warehouse = warehouse;
        this.lockWait = lockWait;
    }

    public Outcome merge(List<Path> parts, long runId) throws SQLException {
        Set<String> before = mergedBefore(runId);
        List<Path> toMerge = parts.stream().filter(p -> !before.contains(p.getFileName().toString())).toList();
        if (toMerge.isEmpty()) {
            return new Outcome(0, parts.size(), 0, 0);
        }
        List<String> attached = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        List<Path> complete = new ArrayList<>();
        List<Path> empty = new ArrayList<>();
        try {
            for (int i = 0; i < toMerge.size(); i++) {
                String alias = "part_" + i;
                attach(toMerge.get(i), alias);
                attached.add(alias);
                if (hasTables(alias)) {
                    aliases.add(alias);
                    complete.add(toMerge.get(i));
                } else {
                    // Its worker died while creating it: no chunk was written before the schema was complete.
                    log.warn("The part {} has no tables (its worker died while creating it): nothing to merge", toMerge.get(i));
                    empty.add(toMerge.get(i));
                }
            }
            long[] counts = new long[2];
            Transactions.inTransaction(warehouse, () -> {
                if (!aliases.isEmpty()) {
                    counts[0] = mergeReleases(aliases, runId);
                    counts[1] = mergeCopiesAndRejects(aliases, runId);
                }
                record(complete, aliases, empty, runId);
            });
            return new Outcome(toMerge.size(), parts.size() - toMerge.size(), counts[0], counts[1]);
        } finally {
            try (Statement st = warehouse.createStatement()) {
                for (String alias : attached) {
                    st.execute("DETACH " + alias);
                }
            }
        }
    }

    /** Whether a part has every table the merge reads. */
    private boolean hasTables(String alias) throws SQLException {
        List<String> tables = new ArrayList<>(RELEASE_TABLES);
        tables.addAll(List.of("dim_source", "etl_duplicate", "etl_reject"));
        try (PreparedStatement ps = warehouse.prepareStatement(
                "SELECT count(DISTINCT table_name) FROM duckdb_tables() WHERE database_name = ? AND table_name IN ("
                        + tables.stream().map(t -> "'" + t + "'").collect(Collectors.joining(",")) + ")")) {
            ps.setString(1, alias);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == tables.size();
            }
        }
    }

    private void attach(Path part, String alias) throws SQLException {
        long deadline = System.nanoTime() + lockWait.toNanos();
        while (true) {
            try (Statement st = warehouse.createStatement()) {
                st.execute("ATTACH '" + part.toString().replace("'", "''") + "' AS " + alias);
                return;
            } catch (SQLException e) {
                if (!String.valueOf(e.getMessage()).contains("Could not set lock") || System.nanoTime() > deadline) {
                    throw new SQLException("cannot open the part " + part + ": " + e.getMessage(), e);
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("interrupted while waiting for the part " + part, ie);
                }
            }
        }
    }

    private Set<String> mergedBefore(long runId) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement ps = warehouse.prepareStatement("SELECT part FROM etl_merged_part WHERE run_id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** Chooses one row per release key among the parts and the warehouse, and brings the chosen rows in. */
    private long mergeReleases(List<String> aliases, long runId) throws SQLException {
        String partReleases = unionOf(aliases, i -> "SELECT " + i + " AS part_no, release_key, source, source_id, published_date, "
                + "file_path, record_no FROM " + aliases.get(i) + ".dim_release");
        try (Statement st = warehouse.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE merge_candidate AS " + partReleases);
            // The warehouse's own rows for the same keys compete too (part_no -1), after any part's row for the same record.
            st.execute("""
                    INSERT INTO merge_candidate SELECT -1, r.release_key, r.source, r.source_id, r.published_date, r.file_path, r.record_no
                    FROM dim_release r WHERE r.release_key IN (SELECT release_key FROM merge_candidate)""");
            st.execute("""
                    CREATE OR REPLACE TEMP TABLE merge_winner AS SELECT * FROM merge_candidate
                    QUALIFY row_number() OVER (PARTITION BY release_key
                                               ORDER BY published_date, file_path, record_no, part_no < 0, part_no) = 1""");
            for (String table : RELEASE_TABLES) {
                st.execute("DELETE FROM " + table + " WHERE release_key IN (SELECT release_key FROM merge_winner WHERE part_no >= 0)");
            }
            for (int i = 0; i < aliases.size(); i++) {
                for (String table : RELEASE_TABLES) {
                    st.execute("INSERT INTO " + table + " BY NAME SELECT * FROM " + aliases.get(i) + "." + table
                            + " WHERE release_key IN (SELECT release_key FROM merge_winner WHERE part_no = " + i + ")");
                }
                st.execute("INSERT INTO dim_source BY NAME SELECT * FROM " + aliases.get(i) + ".dim_source ON CONFLICT DO NOTHING");
            }
            // Every other record of a kept key is a copy of it (the same record twice is not).
            st.execute("CREATE OR REPLACE TEMP TABLE merge_copy AS SELECT " + runId + """
                     AS run_id, c.source AS copy_source, c.source_id AS copy_source_id, c.release_key AS copy_release_key,
                           c.file_path AS copy_file, c.record_no AS copy_record_no, c.published_date AS copy_published_date,
                           w.release_key AS kept_release_key
                    FROM merge_candidate c JOIN merge_winner w USING (release_key)
                    WHERE c.file_path <> w.file_path OR c.record_no <> w.record_no""");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM merge_winner WHERE part_no >= 0")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The copies and rejects the parts listed, with those found above: one row per record, replacing the warehouse's. */
    private long mergeCopiesAndRejects(List<String> aliases, long runId) throws SQLException {
        try (Statement st = warehouse.createStatement()) {
            st.execute("INSERT INTO merge_copy BY NAME " + unionOf(aliases, i -> "SELECT * FROM " + aliases.get(i) + ".etl_duplicate"));
            st.execute("""
                    CREATE OR REPLACE TEMP TABLE merge_copy_one AS SELECT * FROM merge_copy
                    WHERE NOT EXISTS (SELECT 1 FROM merge_winner w WHERE w.file_path = copy_file AND w.record_no = copy_record_no)
                    QUALIFY row_number() OVER (PARTITION BY copy_file, copy_record_no ORDER BY kept_release_key, copy_release_key) = 1""");
            st.execute("DELETE FROM etl_duplicate WHERE (copy_file, copy_record_no) IN (SELECT copy_file, copy_record_no FROM merge_copy_one)");
            st.execute("INSERT INTO etl_duplicate BY NAME SELECT * FROM merge_copy_one");

            st.execute("CREATE OR REPLACE TEMP TABLE merge_reject AS SELECT * FROM ("
                    + unionOf(aliases, i -> "SELECT *, " + i + " AS part_no FROM " + aliases.get(i) + ".etl_reject")
                    + ") QUALIFY row_number() OVER (PARTITION BY file_path, record_no ORDER BY part_no) = 1");
            st.execute("DELETE FROM etl_reject WHERE (file_path, record_no) IN (SELECT file_path, record_no FROM merge_reject)");
            st.execute("INSERT INTO etl_reject BY NAME SELECT * EXCLUDE (part_no) FROM merge_reject");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM merge_copy_one")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void record(List<Path> parts, List<String> aliases, List<Path> empty, long runId) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now();
        try (PreparedStatement ps = warehouse.prepareStatement(
                "INSERT INTO etl_merged_part (run_id, part, releases, merged_at) VALUES (?, ?, ?, ?)");
             PreparedStatement kept = aliases.isEmpty() ? null
                     : warehouse.prepareStatement("SELECT count(*) FROM merge_winner WHERE part_no = ?")) {
            for (int i = 0; i < parts.size() + empty.size(); i++) {
                long releases = 0;
                if (i < parts.size()) {
                    kept.setInt(1, i);
                    try (ResultSet rs = kept.executeQuery()) {
                        rs.next();
                        releases = rs.getLong(1);
                    }
                }
                ps.setLong(1, runId);
                ps.setString(2, (i < parts.size() ? parts.get(i) : empty.get(i - parts.size())).getFileName().toString());
                ps.setLong(3, releases);
                ps.setObject(4, now);
                ps.executeUpdate();
            }
        }
        log.info("Merged {} parts ({}) into the warehouse; {} empty", parts.size(), String.join(", ", aliases), empty.size());
    }

    private static String unionOf(List<String> aliases, java.util.function.IntFunction<String> select) {
        return java.util.stream.IntStream.range(0, aliases.size()).mapToObj(select).collect(Collectors.joining(" UNION ALL BY NAME "));
    }
}
