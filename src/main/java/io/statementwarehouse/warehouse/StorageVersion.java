package io.statementwarehouse.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DuckDB storage format a warehouse file is written in. DuckDB 2.0 writes its own format by default, which no
 * DuckDB 1.x client (CLI, Python, Node, JDBC) can open; a file created with an older storage compatibility version
 * ({@code v1.4.0}: DuckDB 1.4 and later read it) keeps that version for as long as it exists, whoever writes to it.
 * DuckDB reports a database's version as the tag {@code storage_version} of {@code duckdb_databases()} ("v1.4.0+").
 * {@code latest} means DuckDB's newest format.
 */
public record StorageVersion(String name) {

    // before the constants below, which the constructor checks with it
    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)\\+?");

    /** What the warehouse is written in unless {@code sw.duckdb-storage-version} says otherwise: DuckDB 1.4 and later read it. */
    public static final StorageVersion DEFAULT = new StorageVersion("v1.4.0");
    public static final StorageVersion LATEST = new StorageVersion("latest");

    public StorageVersion {
        name = name == null || name.isBlank() ? "v1.4.0" : name.strip();
        if (!name.equalsIgnoreCase("latest") && !VERSION.matcher(name).matches()) {
            throw new IllegalArgumentException("not a DuckDB storage version: " + name + " (expected vX.Y.Z, e.g. v1.4.0, or latest)");
        }
    }

    public static StorageVersion of(String name) {
        return new StorageVersion(name);
    }

    /** The version of the connection's current database, from its storage_version tag; empty when DuckDB does not say. */
    public static Optional<StorageVersion> ofDatabase(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT tags['storage_version'] FROM duckdb_databases() WHERE database_name = current_database()")) {
            if (!rs.next() || rs.getString(1) == null) {
                return Optional.empty();
            }
            String tag = rs.getString(1).strip();
            return VERSION.matcher(tag).matches() ? Optional.of(new StorageVersion(tag.replace("+", ""))) : Optional.empty();
        }
    }

    /** Whether a file in this version cannot be read by a client that reads {@code target}: it is newer. */
    public boolean isNewerThan(StorageVersion target) {
        if (target.isLatest()) {
            return false;
        }
        if (isLatest()) {
            return true;
        }
        int[] a = numbers();
        int[] b = target.numbers();
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return a[i] > b[i];
            }
        }
        return false;
    }

    public boolean isLatest() {
        return name.equalsIgnoreCase("latest");
    }

    /** As DuckDB takes it in {@code storage_compatibility_version} and ATTACH's STORAGE_VERSION: "v1.4.0" or "latest". */
    public String setting() {
        if (isLatest()) {
            return "latest";
        }
        int[] n = numbers();
        return "v" + n[0] + "." + n[1] + "." + n[2];
    }

    private int[] numbers() {
        Matcher m = VERSION.matcher(name);
        if (!m.matches()) {
            throw new IllegalStateException(name);
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    @Override
    public String toString() {
        return setting();
    }
}
