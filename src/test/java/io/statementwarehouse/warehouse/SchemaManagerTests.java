package io.statementwarehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema scripts on a real DuckDB file, as a warehouse of an earlier version meets them. */
class SchemaManagerTests {

    @TempDir
    Path dir;

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aVersion4WarehouseLosesTheLookupIndexesItNeverUsed() throws SQLException {
        try (Connection c = new Warehouse(dir.resolve("w.duckdb")).openReadWrite()) {
            new SchemaManager().apply(c);
            try (Statement st = c.createStatement()) {
                // what version 4 left behind
                st.execute("CREATE INDEX dim_release_key_idx ON dim_release (release_key)");
                st.execute("CREATE INDEX dim_release_text_hash_idx ON dim_release (text_hash)");
            }
            assertThat(count(c, "SELECT count(*) FROM duckdb_indexes() WHERE table_name = 'dim_release'")).isEqualTo(2);

            new SchemaManager().apply(c);

            assertThat(count(c, "SELECT count(*) FROM duckdb_indexes() WHERE table_name = 'dim_release'")).isZero();
            assertThat(count(c, "SELECT max(version) FROM etl_schema_version")).isEqualTo(SchemaManager.currentVersion()).isEqualTo(5);
        }
    }
}
