package io.statementwarehouse.web;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.statementwarehouse.job.RunLock;
import io.statementwarehouse.warehouse.Warehouse;
import io.statementwarehouse.warehouse.WarehouseUnavailableException;

/**
 * The explorer's way into the warehouse: one DuckDB database opened on first use, a connection of its own for each
 * request (DuckDB connections are not shared between threads), and the database let go after a quiet minute.
 *
 * <p>Standalone ({@link Mode#READ_ONLY}) the file is opened read-only, and letting it go when nobody browses is what
 * lets the nightly run (another process) open it: DuckDB allows one writing process or several reading ones. Inside
 * {@code schedule} ({@link Mode#SHARED_WITH_JOB}) it is opened the way the job opens it, so that both get the same
 * database instance of this process and never fight over the file's lock.
 */
public final class WarehouseAccess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WarehouseAccess.class);

    /** How the explorer opens the file. */
    public enum Mode {
        /** {@code serve}: its own process, read-only. */
        READ_ONLY,
        /** {@code schedule}: the job's process; same settings as the job's connection, so DuckDB shares the instance. */
        SHARED_WITH_JOB
    }

    /** What a page does with a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws Exception;
    }

    private final Warehouse warehouse;
    private final Mode mode;
    private final long idleNanos;
    private final ScheduledExecutorService closer;
    private DuckDBConnection database;
    private long openings;
    private int inUse;
    private long lastUsed;

    public WarehouseAccess(Warehouse warehouse, Mode mode, Duration idle) {
        this.warehouse = warehouse;
        this.mode = mode;
        this.idleNanos = idle.toNanos();
        this.closer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "warehouse-idle-close");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, Math.min(10, idle.toSeconds()));
        closer.scheduleWithFixedDelay(this::closeIfIdle, period, period, TimeUnit.SECONDS);
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    public Mode mode() {
        return mode;
    }

    /** Runs {@code work} on a connection of its own, closed afterwards. */
    public <T> T read(Work<T> work) throws Exception {
        Connection c = borrow();
        try {
            return work.apply(c);
        } finally {
            try {
                c.close();
            } finally {
                giveBack();
            }
        }
    }

    /**
     * Which opening of the database this is (1 for the first): called from a page's {@link Work}, the database it reads.
     * While it stays open read-only ({@link Mode#READ_ONLY}), no other process can write the file, so what a page learnt
     * of it holds until the next opening.
     */
    public synchronized long opening() {
        return openings;
    }

    /** Opens the warehouse now (for the start-up message); throws what a page would show. */
    public void check() throws Exception {
        read(c -> null);
    }

    private synchronized Connection borrow() throws SQLException {
        if (database == null) {
            database = open();
            openings++;
        }
        Connection c = database.duplicate();
        inUse++;
        return c;
    }

    private synchronized void giveBack() {
        inUse--;
        lastUsed = System.nanoTime();
    }

    private DuckDBConnection open() throws SQLException {
        if (!Files.exists(warehouse.file())) {
            throw new WarehouseUnavailableException("there is no warehouse at " + warehouse.file() + " yet: load one first (run --warehouse "
                    + warehouse.file() + ")");
        }
        try {
            Connection c = mode == Mode.READ_ONLY ? warehouse.openReadOnly() : warehouse.openReadWrite();
            log.info("Explorer opened the warehouse {} ({})", warehouse.file(), mode == Mode.READ_ONLY ? "read-only" : "shared with the job");
            return c.unwrap(DuckDBConnection.class);
        } catch (WarehouseUnavailableException e) {
            throw new WarehouseUnavailableException(heldMessage(e.getMessage()), e);
        }
    }

    /** Names the run that holds the file when the run lock says so; DuckDB's own message otherwise. */
    private String heldMessage(String duckdbMessage) {
        try {
            return RunLock.holder(warehouse.file())
                    .map(h -> "a run holds the warehouse " + warehouse.file() + " (" + h + "); these pages come back when it has finished")
                    .orElse(duckdbMessage);
        } catch (Exception e) {
            return duckdbMessage;
        }
    }

    private synchronized void closeIfIdle() {
        if (database != null && inUse == 0 && System.nanoTime() - lastUsed > idleNanos) {
            closeDatabase();
            log.info("Explorer let go of the warehouse {} after {} s without a request", warehouse.file(), idleNanos / 1_000_000_000L);
        }
    }

    private void closeDatabase() {
        try {
            database.close();
        } catch (SQLException e) {
            log.warn("closing the warehouse failed: {}", e.getMessage());
        }
        database = null;
    }

    @Override
    public synchronized void close() {
        closer.shutdownNow();
        if (database != null) {
            closeDatabase();
        }
    }
}
