package io.statementwarehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageVersionTests {

    @TempDir
    Path dir;

    @Test
    void newerMeansAClientOfTheTargetCannotReadIt() {
        StorageVersion v14 = StorageVersion.of("v1.4.0");
        assertThat(StorageVersion.of("v2.0.0").isNewerThan(v14)).isTrue();
        assertThat(StorageVersion.of("v1.10.0").isNewerThan(v14)).isTrue();
        assertThat(StorageVersion.LATEST.isNewerThan(v14)).isTrue();
        assertThat(v14.isNewerThan(v14)).isFalse();
        assertThat(StorageVersion.of("v1.2.0").isNewerThan(v14)).isFalse();
        assertThat(StorageVersion.of("v2.0.0").isNewerThan(StorageVersion.LATEST)).isFalse();
        assertThat(StorageVersion.of(null)).isEqualTo(StorageVersion.DEFAULT);
        assertThat(StorageVersion.of("1.5.0").setting()).isEqualTo("v1.5.0");
        assertThatThrownBy(() -> StorageVersion.of("v1.4")).hasMessageContaining("not a DuckDB storage version");
        assertThatThrownBy(() -> StorageVersion.of("v1.4.0'; DROP TABLE x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewFileIsCreatedInTheWarehousesVersionAndANewerOneConvertedOnOpeningReadWrite() throws Exception {
        Path file = dir.resolve("w.duckdb");
        Properties latest = new Properties();
        latest.setProperty("storage_compatibility_version", "latest");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, latest); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t AS SELECT range AS x, 'row ' || range AS y FROM range(100000)");
            st.execute("CREATE VIEW v AS SELECT x FROM t WHERE x % 2 = 0");
            assertThat(StorageVersion.ofDatabase(c)).contains(StorageVersion.of("v2.0.0"));
        }
        try (Connection c = new Warehouse(file).openReadWrite(); Statement st = c.createStatement()) {
            assertThat(StorageVersion.ofDatabase(c)).contains(StorageVersion.DEFAULT);
            try (var rs = st.executeQuery("SELECT count(*), sum(x), max(y) FROM t")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(100000);
                assertThat(rs.getLong(2)).isEqualTo(99999L * 100000 / 2);
                assertThat(rs.getString(3)).isEqualTo("row 99999");
            }
            try (var rs = st.executeQuery("SELECT count(*) FROM v")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(50000);
            }
        }
        assertThat(new Warehouse(file).conversionFile()).doesNotExist();

        Path fresh = dir.resolve("fresh.duckdb");
        try (Connection c = new Warehouse(fresh).openReadWrite()) {
            assertThat(StorageVersion.ofDatabase(c)).contains(StorageVersion.DEFAULT);
        }
        // an older file is left as it is: more clients read it
        Path older = dir.resolve("older.duckdb");
        Properties v12 = new Properties();
        v12.setProperty("storage_compatibility_version", "v1.2.0");
        DriverManager.getConnection("jdbc:duckdb:" + older, v12).close();
        try (Connection c = new Warehouse(older).openReadWrite()) {
            assertThat(StorageVersion.ofDatabase(c)).contains(StorageVersion.of("v1.2.0"));
        }
    }
}
