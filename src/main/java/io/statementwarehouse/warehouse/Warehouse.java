package io.statementwarehouse.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The DuckDB warehouse file. One process may hold it read-write; a second process cannot open it at
 * all meanwhile, so the error is translated into one sentence that says who holds it.
 */
public final class Warehouse {

    private final Path file;

    public Warehouse(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
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

    public Connection openReadWrite() throws SQLException {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new SQLException("cannot create the warehouse directory " + file.getParent() + ": " + e.getMessage(), e);
        }
        return open(false);
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
