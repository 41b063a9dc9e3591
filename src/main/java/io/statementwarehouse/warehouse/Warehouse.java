package io.statementwarehouse.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DuckDB warehouse file. One process may hold it read-write; a second process cannot open it at
 * all meanwhile, so the error is translated into one sentence that says who holds it.
 * <p>
 * It is written in a storage version other DuckDB clients read ({@link StorageVersion}): a new file is created in
 * it, and a file in a newer version (one the DuckDB 2.0 driver wrote with its default) is converted when it is
 * opened read-write.
 */
public final class Warehouse {

    private static final Logger log = LoggerFactory.getLogger(Warehouse.class);

    private final Path file;
    private final StorageVersion storageVersion;

    public Warehouse(Path file) {
        this(file, StorageVersion.DEFAULT);
    }

    public Warehouse(Path file, StorageVersion storageVersion) {
        this.file = file.toAbsolutePath().normalize();
        this.storageVersion = storageVersion;
    }

    public Path file() {
        return file;
    }

    public StorageVersion storageVersion() {
        return storageVersion;
    }

    /** The same file, written in another storage version. */
    public Warehouse withStorageVersion(StorageVersion version) {
        return new Warehouse(file, version);
    }

    /** The H2 job repository beside the warehouse, named after it: each warehouse has its own run history. */
    public Path jobRepositoryBase() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(base + "-jobs");
    }

    /** DuckDB's write-ahead log beside the warehouse: what committed transactions wrote since the last checkpoint. */
    public Path walFile() {
        return file.resolveSibling(file.getFileName() + ".wal");
    }

    /**
     * Read-write, in the warehouse's storage version: a new file is created in it, a file in a newer version is
     * converted first (see {@link #convert}); a file in an older version stays as it is (it is readable by more clients).
     */
    public Connection openReadWrite() throws SQLException {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new SQLException("cannot create the warehouse directory " + file.getParent() + ": " + e.getMessage(), e);
        }
        Connection c = open(false);
        Optional<StorageVersion> stored = StorageVersion.ofDatabase(c);
        if (stored.isPresent() && stored.get().isNewerThan(storageVersion)) {
            c = convert(c, stored.get());
        }
        return c;
    }

    /** Where a conversion writes the new file, beside the warehouse (the same file system, so the swap is a rename). */
    Path conversionFile() {
        return file.resolveSibling(file.getFileName() + ".converting");
    }

    /**
     * Rewrites the warehouse in the storage version other clients read: every table, view and row is copied
     * ({@code COPY FROM DATABASE}) into a new file created in that version beside it, and the new file then replaces the
     * old one (a rename on the same file system). It relies on being the only connection to the file, as the job's first
     * opening is (its session opens the warehouse before anything else, and the run lock keeps other runs out; another
     * process cannot open the file while this one holds it): closing then closes the database and checkpoints its WAL into
     * it. If a WAL is left all the same, nothing is swapped and the warehouse stays as it was, to be converted next time.
     * Takes the open connection, and returns one to the converted file.
     */
    private Connection convert(Connection c, StorageVersion stored) throws SQLException {
        Path target = conversionFile();
        log.info("The warehouse {} is in DuckDB storage version {}, which older DuckDB clients cannot open: converting it to {} "
                + "(sw.duckdb-storage-version)", file, stored, storageVersion);
        long started = System.nanoTime();
        try {
            deleteWithWal(target);
            copyInto(c, target);
            c.close();
        } catch (SQLException | IOException e) {
            closeQuietly(c);
            deleteQuietly(target);
            throw new SQLException("converting the warehouse " + file + " to storage version " + storageVersion + " failed: "
                    + e.getMessage(), e);
        }
        try {
            if (Files.exists(walFile())) {
                log.warn("The warehouse {} kept its WAL after closing (another connection holds it): not converted this time", file);
            } else {
                Files.move(target, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                log.info("Converted the warehouse {} to storage version {} in {} s", file, storageVersion,
                        String.format("%.1f", (System.nanoTime() - started) / 1e9));
            }
        } catch (IOException e) {
            throw new SQLException("replacing the warehouse " + file + " by its conversion " + target + " failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(target);
        }
        return open(false);
    }

    /** Every schema, table, view and row of the connection's database into a new file in the warehouse's storage version. */
    private void copyInto(Connection c, Path target) throws SQLException {
        try (Statement st = c.createStatement()) {
            String source;
            try (var rs = st.executeQuery("SELECT current_database()")) {
                rs.next();
                source = rs.getString(1);
            }
            st.execute("ATTACH " + literal(target.toString()) + " AS sw_converted (STORAGE_VERSION " + literal(storageVersion.setting()) + ")");
            try {
                st.execute("COPY FROM DATABASE " + identifier(source) + " TO sw_converted");
            } finally {
                st.execute("DETACH sw_converted");
            }
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the failure that matters is the conversion's
        }
    }

    private static void deleteQuietly(Path database) {
        try {
            deleteWithWal(database);
        } catch (IOException e) {
            log.warn("Could not remove {}: {}", database, e.getMessage());
        }
    }

    private static void deleteWithWal(Path database) throws IOException {
        Files.deleteIfExists(database);
        Files.deleteIfExists(database.resolveSibling(database.getFileName() + ".wal"));
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String identifier(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** Read-only: several readers may share the file, none can change it. */
    public Connection openReadOnly() throws SQLException {
        if (!Files.exists(file)) {
            throw new WarehouseUnavailableException("no warehouse at " + file + ": run the job first (run --warehouse " + file + ")");
        }
        return open(true);
    }

    private Connection open(boolean readOnly) throws SQLException {
        Properties props = new Properties();
        if (readOnly) {
            // An option in the URL would silently open another file; a connection property does not.
            props.setProperty("duckdb.read_only", "true");
        } else {
            // The version a NEW file is created in; an existing file keeps the one it was created in (DuckDB's rule).
            props.setProperty("storage_compatibility_version", storageVersion.setting());
        }
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + file, props);
        } catch (SQLException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Could not set lock") || msg.contains("Conflicting lock")) {
                throw new WarehouseUnavailableException("the warehouse " + file + " is in use by another process ("
                        + holder(msg) + "); wait for it to finish, or stop it, and try again", e);
            }
            throw e;
        }
    }

    private static String holder(String message) {
        int pid = message.indexOf("PID");
        if (pid >= 0) {
            int end = message.indexOf(')', pid);
            return message.substring(pid, end > pid ? end : Math.min(message.length(), pid + 20)).strip();
        }
        return "a running job or query";
    }
}
