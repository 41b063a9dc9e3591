package io.statementwarehouse.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import io.statementwarehouse.ingest.Release;

/**
 * What one job execution knows about the releases already in the warehouse, so that a chunk asks the
 * database only about releases that may be there. When the warehouse held no release (and no copy) as
 * the execution started, as in a backfill into a new warehouse, everything stored since was stored by
 * this execution's own chunks, which record the release keys they commit here: a key not recorded is
 * certainly not stored, and one recorded is looked up as before. Otherwise
 * nothing is known and every chunk looks its releases up.
 *
 * <p>Why: the look-ups are {@code IN} lists over {@code dim_release}, which DuckDB answers with a scan of
 * the column, not with its index; in a 200,000-release load they took a quarter of the writers' time,
 * growing with the table, for releases that were all new.
 */
public final class KnownReleases {

    private final boolean complete;
    private final LongSet keys = new LongSet();
    private volatile boolean copiesRecorded;

    private KnownReleases(boolean complete) {
        this.complete = complete;
    }

    /** Knows nothing: every release is looked up in the warehouse. */
    public static KnownReleases unknown() {
        return new KnownReleases(false);
    }

    /** Complete when the warehouse holds no release and no copy yet; read as the execution starts. */
    public static KnownReleases at(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM dim_release) OR EXISTS (SELECT 1 FROM etl_duplicate)")) {
            rs.next();
            return new KnownReleases(!rs.getBoolean(1));
        }
    }

    /** Whether a release with this key may be stored (false only when that is certain). */
    boolean mayHoldKey(long releaseKey) {
        return !complete || keys.contains(releaseKey);
    }

    /** Whether the warehouse may hold copies recorded for these records, which a replayed chunk replaces. */
    boolean mayHoldCopies() {
        return !complete || copiesRecorded;
    }

    /** Records what a chunk stored, once its transaction committed: its releases and whether it listed copies. */
    void committed(List<Release> stored, boolean copies) {
        if (!complete) {
            return;
        }
        copiesRecorded |= copies;
        keys.addAll(stored.stream().mapToLong(Release::releaseKey).toArray());
    }

    /**
     * A set of longs, open addressing, shared by the partitions' writers: a million releases take 16 MB,
     * where boxed longs in a hash set would take five times that.
     */
    static final class LongSet {
        private static final long EMPTY = 0L;
        private long[] slots = new long[1 << 10];
        private int size;
        private boolean hasZero;

        synchronized boolean contains(long v) {
            if (v == EMPTY) {
                return hasZero;
            }
            long[] s = slots;
            for (int i = slot(v, s.length); ; i = (i + 1) & (s.length - 1)) {
                if (s[i] == v) {
                    return true;
                }
                if (s[i] == EMPTY) {
                    return false;
                }
            }
        }

        synchronized void addAll(long[] values) {
            for (long v : values) {
                add(v);
            }
        }

        private void add(long v) {
            if (v == EMPTY) {
                hasZero = true;
                return;
            }
            if (2 * (size + 1) > slots.length) {
                long[] old = slots;
                slots = new long[old.length * 2];
                size = 0;
                Arrays.stream(old).filter(x -> x != EMPTY).forEach(this::insert);
            }
            insert(v);
        }

        private void insert(long v) {
            long[] s = slots;
            for (int i = slot(v, s.length); ; i = (i + 1) & (s.length - 1)) {
                if (s[i] == v) {
                    return;
                }
                if (s[i] == EMPTY) {
                    s[i] = v;
                    size++;
                    return;
                }
            }
        }

        private static int slot(long v, int length) {
            return (int) ((v * 0x9E3779B97F4A7C15L) >>> 40) & (length - 1);
        }
    }
}
