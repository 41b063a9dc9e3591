package io.statementwarehouse.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.statementwarehouse.ingest.RejectedRecord;
import io.statementwarehouse.ingest.Release;
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

    private static final java.util.function.Predicate<String> HEX = java.util.regex.Pattern.compile("[0-9a-f]+").asMatchPredicate();

    private final Connection connection;
    private final Set<Long> sourcesStored;
    private final KnownReleases known;

    public ChunkWriter(Connection connection) {
        this(connection, new HashSet<>(), KnownReleases.unknown());
    }

    /**
     * @param sourcesStored the keys of the sources stored by earlier chunks of the same writer; this
     *                      writer skips them and adds the ones it stores
     * @param known         what the job execution knows is stored; told what this chunk stores
     */
    public ChunkWriter(Connection connection, Set<Long> sourcesStored, KnownReleases known) {
        this.connection = connection;
        this.sourcesStored = sourcesStored;
        this.known = known;
    }

    /** Writes the chunk; returns how many of its releases were stored before and had their rows replaced. */
    public int write(List<? extends LoadItem> items, long runId) throws SQLException {
        List<AnalyzedRelease> releases = new ArrayList<>();
        List<RejectedRecord> rejects = new ArrayList<>();
        for (LoadItem item : items) {
            if (item instanceof LoadItem.Loaded l) {
                releases.add(l.release());
            } else if (item instanceof LoadItem.Rejected r) {
                rejects.add(r.reject());
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (!releases.isEmpty()) {
            // Sources first, in a transaction of their own: partitions running at once meet the same new
            // source, and the row is the same whoever adds it.
            Map<Long, AnalyzedRelease> byKey = new LinkedHashMap<>();
            releases.forEach(a -> byKey.putIfAbsent(a.release().releaseKey(), a));
            upsertSources(byKey);
        }
        Stored stored = new Stored();
        Transactions.inTransaction(connection, () -> {
            if (!releases.isEmpty()) {
                writeReleases(releases, runId, now, stored);
            }
            if (!rejects.isEmpty()) {
                writeRejects(rejects, runId, now);
            }
        });
        known.committed(stored.releases, stored.copies);
        return stored.replaced;
    }

    /** What a chunk's transaction stores, told to {@link KnownReleases} once it committed. */
    private static final class Stored {
        final List<Release> releases = new ArrayList<>();
        boolean copies;
        int replaced;
    }

    /**
     * A release is stored once. Its rows are replaced when it comes again from the file it was loaded
     * from (a rerun, a replayed chunk, a changed file); it is a republished copy, listed in
     * {@code etl_duplicate} and not stored, when the same release or the same text is already there
     * from another file or under another id.
     */
    private void writeReleases(List<AnalyzedRelease> releases, long runId, OffsetDateTime now, Stored stored) throws SQLException {
        // Keys are numbers this program computed, never input text: safe to write into the statement.
        String keys = releases.stream().map(a -> a.release().releaseKey()).filter(known::mayHoldKey).distinct().map(String::valueOf)
                .collect(Collectors.joining(","));
        Map<Long, String> storedFile = new HashMap<>();
        // The copies these records gave before (a replayed chunk) are forgotten, by file and record number.
        if (known.mayHoldCopies()) {
            forgetCopies(releases);
        }
        if (!keys.isEmpty()) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT release_key, file_path FROM dim_release WHERE release_key IN (" + keys + ")")) {
                while (rs.next()) {
                    storedFile.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        Map<String, Long> keptByText = storedTexts(releases);
        Map<Long, AnalyzedRelease> toStore = new LinkedHashMap<>();
        List<Map.Entry<AnalyzedRelease, Long>> copies = new ArrayList<>();
        for (AnalyzedRelease a : releases) {
            Release r = a.release();
            long key = r.releaseKey();
            String file = storedFile.get(key);
            if (toStore.containsKey(key) || (file != null && !file.equals(r.file()))) {
                copies.add(Map.entry(a, key)); // the same release again, from another file
                continue;
            }
            Long sameText = keptByText.putIfAbsent(r.textHash(), key);
            if (sameText != null && sameText != key) {
                copies.add(Map.entry(a, sameText)); // the same text under another id
                continue;
            }
            toStore.put(key, a);
        }
        if (!toStore.isEmpty()) {
            // Only releases already stored (a rerun of their file, a replayed chunk) have rows to replace; a new
            // night's releases skip the deletes, which would scan every fact table: loading stays proportional
            // to what is loaded, not to the size of the warehouse.
            List<Long> replacedKeys = toStore.keySet().stream().filter(storedFile::containsKey).toList();
            String replaced = replacedKeys.stream().map(String::valueOf).collect(Collectors.joining(","));
            stored.replaced = replacedKeys.size();
            if (!replaced.isEmpty()) {
                try (Statement st = connection.createStatement()) {
                    for (String table : RELEASE_TABLES) {
                        st.execute("DELETE FROM " + table + " WHERE release_key IN (" + replaced + ")");
                    }
                }
            }
            try (ReleaseRows rows = new ReleaseRows(connection)) {
                for (AnalyzedRelease a : toStore.values()) {
                    rows.append(a, sourceKey(a.release().source()), runId, now);
                }
                rows.finish();
            }
            toStore.values().forEach(a -> stored.releases.add(a.release()));
        }
        writeDuplicates(copies, runId);
        stored.copies = !copies.isEmpty();
    }

    private void forgetCopies(List<AnalyzedRelease> releases) throws SQLException {
        Map<String, long[]> recordRange = new LinkedHashMap<>();
        for (AnalyzedRelease a : releases) {
            long no = a.release().recordNo();
            recordRange.merge(a.release().file(), new long[] {no, no}, (x, y) -> new long[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])});
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "DELETE FROM etl_duplicate WHERE copy_file = ? AND copy_record_no BETWEEN ? AND ?")) {
            for (Map.Entry<String, long[]> e : recordRange.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setLong(2, e.getValue()[0]);
                ps.setLong(3, e.getValue()[1]);
                ps.executeUpdate();
            }
        }
    }

    /** Text hash to release key of the releases already stored with the texts of this chunk. */
    private Map<String, Long> storedTexts(List<AnalyzedRelease> releases) throws SQLException {
        Map<String, Long> kept = new HashMap<>();
        // Text hashes are hexadecimal digests this program computed: safe to write into the statement.
        String hashes = releases.stream().map(a -> a.release().textHash()).filter(known::mayHoldText).filter(HEX)
                .distinct().map(h -> "'" + h + "'").collect(Collectors.joining(","));
        if (!hashes.isEmpty()) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT text_hash, min(release_key) FROM dim_release WHERE text_hash IN ("
                         + hashes + ") GROUP BY text_hash")) {
                while (rs.next()) {
                    kept.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return kept;
    }

    private void writeDuplicates(List<Map.Entry<AnalyzedRelease, Long>> copies, long runId) throws SQLException {
        if (copies.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO etl_duplicate (run_id, copy_source, copy_source_id, "
                + "copy_release_key, copy_file, copy_record_no, kept_release_key) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<AnalyzedRelease, Long> e : copies) {
                Release r = e.getKey().release();
                ps.setLong(1, runId);
                ps.setString(2, r.source());
                ps.setString(3, r.sourceId());
                ps.setLong(4, r.releaseKey());
                ps.setString(5, r.file());
                ps.setLong(6, r.recordNo());
                ps.setLong(7, e.getValue());
                ps.executeUpdate();
            }
        }
    }

    private void upsertSources(Map<Long, AnalyzedRelease> releases) throws SQLException {
        Map<Long, AnalyzedRelease> sources = new LinkedHashMap<>();
        for (AnalyzedRelease a : releases.values()) {
            long key = sourceKey(a.release().source());
            if (!sourcesStored.contains(key)) {
                sources.putIfAbsent(key, a);
            }
        }
        if (sources.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO dim_source (source_key, name, home_country) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (Map.Entry<Long, AnalyzedRelease> e : sources.entrySet()) {
                ps.setLong(1, e.getKey());
                ps.setString(2, e.getValue().release().source());
                ps.setString(3, e.getValue().sourceHome());
                ps.executeUpdate();
                sourcesStored.add(e.getKey());
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
