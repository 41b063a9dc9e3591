package io.statementwarehouse.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.statementwarehouse.nlp.ReferenceData;
import io.statementwarehouse.warehouse.KnownReleases;
import io.statementwarehouse.warehouse.ReleaseKeyLocks;
import io.statementwarehouse.warehouse.SourceRegistry;
import io.statementwarehouse.warehouse.SchemaManager;
import io.statementwarehouse.warehouse.StorageVersion;
import io.statementwarehouse.warehouse.Warehouse;

/**
 * The warehouse connection of one job execution: opened (and the schema applied) when the job
 * starts, closed when it ends, so the DuckDB file is locked only while a job runs.
 */
public class WarehouseSession {

    private static final Logger log = LoggerFactory.getLogger(WarehouseSession.class);

    private final Warehouse warehouse;
    private final ReferenceData reference;
    private Connection connection;
    private KnownReleases knownReleases = KnownReleases.unknown();
    private SourceRegistry sources = new SourceRegistry();
    private final ReleaseKeyLocks keyLocks = new ReleaseKeyLocks();

    private final WarehouseProperties settings;

    public WarehouseSession(Warehouse warehouse, ReferenceData reference, WarehouseProperties settings) {
        // written in the configured storage version (sw.duckdb-storage-version), whatever the caller's Warehouse says
        this.warehouse = warehouse.withStorageVersion(StorageVersion.of(settings.duckdbStorageVersion()));
        this.reference = reference;
        this.settings = settings;
    }

    /** A size setting ("2GB") as a SQL literal: digits, letters and dots only. */
    private static String size(String setting) {
        return "'" + setting.replaceAll("[^0-9A-Za-z.]", "") + "'";
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    public synchronized Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = warehouse.openReadWrite();
            try (var st = connection.createStatement()) {
                // DuckDB would take up to 80% of the machine's memory for its caches; a nightly job shares the machine.
                st.execute("SET memory_limit = " + size(settings.duckdbMemoryLimit()));
                // DuckDB checkpoints (rewrites the WAL into the database file, compressing as it goes) whenever the
                // WAL passes 16 MB by default: every couple of thousand releases, each time re-reading the last row
                // groups. A load checkpoints far less often and once at its end (publishRunStep), with every core.
                // A checkpoint in the middle of a load runs inside one partition's commit, on DuckDB's one thread,
                // while the other partitions wait at theirs. Measured with `bench`: 30,000 releases, 1,278 releases/s
                // at the default, 1,678 at 4GB; 400,000 releases, 2,365 at 256MB, 2,772 at 1GB, 2,984 at 4GB (the
                // writers' share of the load threads' time 50%, 41%, 34%). The WAL grows up to this size on disk.
                // One DuckDB thread per database: the load runs a connection per core already, and DuckDB's own
                // threads only add scheduling to its small per-chunk statements (bench, 100,000 releases: 2,704
                // releases/s with DuckDB's default of one thread per core, 2,846 with one).
                st.execute("SET threads = " + settings.duckdbThreads());
                st.execute("SET checkpoint_threshold = " + size(settings.duckdbCheckpointThreshold()));
            }
            SchemaManager schema = new SchemaManager();
            schema.apply(connection);
            schema.refreshReferenceDimensions(connection, reference);
            knownReleases = KnownReleases.at(connection);
            log.info("Warehouse {} open, schema version {}", warehouse.file(), SchemaManager.currentVersion());
        }
        return connection;
    }

    /** What this job execution knows is stored, shared by its partitions' writers (see {@link KnownReleases}). */
    public synchronized KnownReleases knownReleases() {
        return knownReleases;
    }

    /** The sources stored during this job execution, shared by its partitions' writers. */
    public synchronized SourceRegistry sources() {
        return sources;
    }

    /** The release keys that this process's writers are writing (see {@link ReleaseKeyLocks}). */
    public ReleaseKeyLocks keyLocks() {
        return keyLocks;
    }

    /**
     * A further connection to the same database for one partition's thread (DuckDB connections are not
     * shared between threads); the caller closes it.
     */
    public Connection newConnection() throws SQLException {
        return connection().unwrap(org.duckdb.DuckDBConnection.class).duplicate();
    }

    /**
     * Writes the WAL into the database file by closing the database: when its last connection closes, DuckDB
     * checkpoints on the closing thread, with its worker thread helping. Why not a {@code CHECKPOINT} statement:
     * DuckDB runs a statement as a task, which its worker thread may take before the calling thread does; the
     * checkpoint then runs on that one thread while the caller only polls for tasks it cannot get. Profiled (perf, 200,000
     * releases): that happened in about half the loads, and the final checkpoint took 5.3 to 9.1 s instead of 3.0 to
     * 4.0 s; by closing, 2.9 to 3.4 s in 32 loads of 32 (docs/BENCHMARKS.md). If the WAL is still there (another
     * connection of this process kept the database open, or the checkpoint on closing failed, which DuckDB does not
     * report), the statement follows, and its error, if any, fails the step. The connection is closed afterwards either
     * way; {@link #connection()} opens it again.
     */
    public synchronized void checkpointByClosing() throws SQLException {
        close();
        long left = walSize(warehouse.walFile());
        if (left != 0) {
            log.info("The WAL ({} bytes) outlived closing the warehouse: checkpointing with a statement", left);
            try (Statement st = connection().createStatement()) {
                st.execute("CHECKPOINT");
            } finally {
                close();
            }
        }
    }

    private static long walSize(Path wal) {
        try {
            return Files.exists(wal) ? Files.size(wal) : 0;
        } catch (IOException e) {
            return -1; // unknown: checkpoint with the statement to be sure
        }
    }

    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.warn("closing the warehouse failed: {}", e.getMessage());
            }
            connection = null;
        }
        knownReleases = KnownReleases.unknown();
        sources = new SourceRegistry();
    }
}
