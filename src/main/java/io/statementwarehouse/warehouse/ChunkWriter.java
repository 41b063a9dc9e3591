package io.statementwarehouse.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
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
 *
 * <p>A release is keyed by its source and id. The same key from two input files is one release: the record that
 * comes first by {@link CopyResolver#KEEP_ORDER} is stored, the other is a copy in {@code etl_duplicate}, whichever
 * file is written first (chunks with the same key write one after the other, {@link ReleaseKeyLocks}). Equal texts
 * under different keys are all stored here, and settled after the load by {@link CopyResolver}.
 */
public final class ChunkWriter {

    private final Connection connection;
    private final SourceRegistry sources;
    private final KnownReleases known;
    private final ReleaseKeyLocks keyLocks;

    /** A writer of its own (rejects found before the load): nothing is shared with other writers. */
    public ChunkWriter(Connection connection) {
        this(connection, new SourceRegistry(), KnownReleases.unknown(), new ReleaseKeyLocks());
    }

    /**
     * @param sources  the sources stored so far, shared by the writers of one process
     * @param known    what the job execution knows is stored; told what this chunk stores
     * @param keyLocks the release keys being written by the process's other writers
     */
    public ChunkWriter(Connection connection, SourceRegistry sources, KnownReleases known, ReleaseKeyLocks keyLocks) {
        this.connection = connection;
        this.sources = sources;
        this.known = known;
        this.keyLocks = keyLocks;
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
            sources.store(connection, releases);
        }
        long[] keys = releases.stream().mapToLong(a -> a.release().releaseKey()).distinct().sorted().toArray();
        Stored stored = new Stored();
        keyLocks.lockAll(keys);
        try {
            Transactions.inTransaction(connection, () -> {
                if (!releases.isEmpty()) {
                    writeReleases(releases, runId, now, stored);
                }
                if (!rejects.isEmpty()) {
                    writeRejects(rejects, runId, now);
                }
            });
            // Told before the keys are free: the next chunk with one of them must look it up.
            known.committed(stored.releases, stored.copies);
        } finally {
            keyLocks.unlockAll(keys);
        }
        return stored.replaced;
    }

    /** What a chunk's transaction stores, told to {@link KnownReleases} once it committed. */
    private static final class Stored {
        final List<Release> releases = new ArrayList<>();
        boolean copies;
        int replaced;
    }

    /** A release as stored: where it came from, for the keep-one-copy order. */
    private record StoredRelease(long key, String source, String sourceId, String file, long recordNo, LocalDate published) {

        private static final Comparator<StoredRelease> ORDER = Comparator.comparing(StoredRelease::published)
                .thenComparing(StoredRelease::file).thenComparingLong(StoredRelease::recordNo);

        /** Whether this one is kept before a record with the same key (same source and id: date, file, record). */
        boolean comesBefore(Release r) {
            return ORDER.compare(this, of(r)) < 0;
        }

        static StoredRelease of(Release r) {
            return new StoredRelease(r.releaseKey(), r.source(), r.sourceId(), r.file(), r.recordNo(), r.publishedDate());
        }
    }

    /**
     * Stores the chunk's releases. A release's rows are replaced when it comes again from the file it was stored
     * from (a rerun, a replayed chunk, a changed file). From another file, the record that comes first by the
     * keep-one-copy order is stored, and the other one listed as a copy.
     */
    private void writeReleases(List<AnalyzedRelease> releases, long runId, OffsetDateTime now, Stored stored) throws SQLException {
        // The copies these records gave before (a replayed chunk) are forgotten, by file and record number.
        if (known.mayHoldCopies()) {
            forgetCopies(releases);
        }
        Map<Long, StoredRelease> storedBefore = storedReleases(releases);
        Map<Long, AnalyzedRelease> toStore = new LinkedHashMap<>();
        List<StoredRelease> copies = new ArrayList<>();
        Set<Long> displaced = new HashSet<>();
        for (AnalyzedRelease a : releases) {
            Release r = a.release();
            long key = r.releaseKey();
            AnalyzedRelease inChunk = toStore.get(key);
            if (inChunk != null) { // the same key twice in one chunk: two files of one partition
                StoredRelease first = StoredRelease.of(inChunk.release());
                if (first.comesBefore(r)) {
                    copies.add(StoredRelease.of(r));
                    continue;
                }
                copies.add(first);
                toStore.put(key, a);
                continue;
            }
            StoredRelease before = storedBefore.get(key);
            if (before != null && !before.file().equals(r.file())) {
                if (before.comesBefore(r)) {
                    copies.add(StoredRelease.of(r)); // the stored record stays
                    continue;
                }
                copies.add(before); // this record comes first: the stored one becomes its copy
                displaced.add(key);
            }
            toStore.put(key, a);
        }
        if (!toStore.isEmpty()) {
            // Only releases already stored (a rerun of their file, a replayed chunk, a record that displaces another
            // file's) have rows to replace; a new night's releases skip the deletes, which would scan every fact table:
            // loading stays proportional to what is loaded, not to the size of the warehouse.
            List<Long> replacedKeys = toStore.keySet().stream().filter(storedBefore::containsKey).toList();
            stored.replaced = (int) replacedKeys.stream().filter(k -> !displaced.contains(k)).count();
            if (!replacedKeys.isEmpty()) {
                String replaced = replacedKeys.stream().map(String::valueOf).collect(Collectors.joining(","));
                try (Statement st = connection.createStatement()) {
                    for (String table : CopyResolver.RELEASE_TABLES) {
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

    /** The releases already stored under the keys of this chunk. */
    private Map<Long, StoredRelease> storedReleases(List<AnalyzedRelease> releases) throws SQLException {
        // Keys are numbers this program computed, never input text: safe to write into the statement.
        String keys = releases.stream().map(a -> a.release().releaseKey()).filter(known::mayHoldKey).distinct().map(String::valueOf)
                .collect(Collectors.joining(","));
        Map<Long, StoredRelease> stored = new HashMap<>();
        if (!keys.isEmpty()) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT release_key, source, source_id, file_path, record_no, published_date "
                         + "FROM dim_release WHERE release_key IN (" + keys + ")")) {
                while (rs.next()) {
                    stored.put(rs.getLong(1), new StoredRelease(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getObject(6, LocalDate.class)));
                }
            }
        }
        return stored;
    }

    private void writeDuplicates(List<StoredRelease> copies, long runId) throws SQLException {
        if (copies.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO etl_duplicate (run_id, copy_source, copy_source_id, "
                + "copy_release_key, copy_file, copy_record_no, copy_published_date, kept_release_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredRelease copy : copies) {
                ps.setLong(1, runId);
                ps.setString(2, copy.source());
                ps.setString(3, copy.sourceId());
                ps.setLong(4, copy.key());
                ps.setString(5, copy.file());
                ps.setLong(6, copy.recordNo());
                ps.setObject(7, copy.published());
                ps.setLong(8, copy.key()); // the same source and id: the kept release has the copy's key
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
