package io.statementwarehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.TestWarehouses;
import io.statementwarehouse.cli.StatementWarehouseCommand;

/**
 * The warehouse opens in a DuckDB 1.x client: the 1.4 JDBC driver (Maven copies its jar beside the tests; it has the
 * same classes as the 2.0 driver the project runs, so it is loaded in a class loader of its own) queries the public
 * views of a warehouse the job wrote, and of one the job converted from DuckDB 2.0's own format.
 */
class StorageCompatibilityFunctionalTests {

    /** What an analyst with DuckDB 1.x runs first: each public view, and a filter on a list column. */
    private static final List<String> QUERIES = List.of("SELECT count(*) FROM v_release", "SELECT count(*) FROM v_statement",
            "SELECT count(*) FROM v_commitment", "SELECT count(*) FROM v_mention", "SELECT count(*) FROM v_release_text",
            "SELECT count(*) FROM v_statement WHERE list_contains(committers, 'USA')",
            "SELECT count(*) FROM v_release_text t JOIN v_statement s USING (release_key) "
                    + "WHERE substr(t.body, s.char_start + 1, s.char_end - s.char_start) = s.sentence_text");

    private static URLClassLoader client1x;
    private static Driver driver1x;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadTheOldClient() throws Exception {
        Path jar = Path.of(System.getProperty("duckdb.client-1x.jar", "target/duckdb-client-1x/missing.jar"));
        assertThat(jar).as("the DuckDB 1.x JDBC jar that Maven copies before the tests (maven-dependency-plugin)").isRegularFile();
        client1x = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        driver1x = (Driver) Class.forName("org.duckdb.DuckDBDriver", true, client1x).getDeclaredConstructor().newInstance();
    }

    @AfterAll
    static void closeTheOldClient() throws Exception {
        client1x.close();
    }

    @Test
    void aWarehouseTheJobWroteOpensInDuckDb14() throws Exception {
        Path w = load(dir.resolve("w.duckdb"), "2026-11-28");
        assertThat(storageVersion(w)).isEqualTo("v1.4.0");
        assertTheOldClientSeesWhatTheJobWrote(w);
    }

    @Test
    void aWarehouseInDuckDb2FormatIsConvertedWhenTheJobOpensIt() throws Exception {
        Path w = dir.resolve("w.duckdb");
        System.setProperty("sw.duckdb-storage-version", "latest");
        try {
            load(w, "2026-11-28");
        } finally {
            System.clearProperty("sw.duckdb-storage-version");
        }
        assertThat(storageVersion(w)).isEqualTo("v2.0.0");
        // what users of DuckDB 1.x got before: the file does not open at all
        assertThatThrownBy(() -> query1x(w, "SELECT 1")).hasMessageContaining("version number");
        List<List<Object>> before = TestWarehouses.fingerprint(w);
        List<List<Object>> runsBefore = TestWarehouses.query(w, "SELECT run_id, run_date, status, releases FROM etl_run ORDER BY run_id");

        // the next night (nothing new to load) opens the warehouse read-write, and converts it first
        load(w, "2026-11-29");
        assertThat(storageVersion(w)).isEqualTo("v1.4.0");
        assertThat(TestWarehouses.fingerprint(w)).isEqualTo(before);
        assertThat(TestWarehouses.query(w, "SELECT run_id, run_date, status, releases FROM etl_run ORDER BY run_id"))
                .startsWith(runsBefore.toArray(List[]::new)).hasSize(2);
        assertThat(TestWarehouses.count(w, "SELECT count(*) FROM etl_schema_version")).isEqualTo(
                SchemaManager.SCRIPTS.size());
        assertTheOldClientSeesWhatTheJobWrote(w);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("converting") || n.endsWith(".wal"));
        }
    }

    private Path load(Path w, String runDate) throws Exception {
        Path input = TestWarehouses.copyFixtures("fixtures/input", dir.resolve("input"));
        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", w.toString(), "--input", input.toString(), "--run-date", runDate))
                .isZero();
        return w;
    }

    private static String storageVersion(Path w) throws SQLException {
        try (Connection c = new Warehouse(w).openReadOnly()) {
            return StorageVersion.ofDatabase(c).orElseThrow().setting();
        }
    }

    private static void assertTheOldClientSeesWhatTheJobWrote(Path w) throws Exception {
        assertThat(query1x(w, "SELECT version()").get(0).get(0).toString()).startsWith("v1.4");
        for (String sql : QUERIES) {
            long now = TestWarehouses.count(w, sql);
            assertThat(now).as(sql).isPositive();
            assertThat(((Number) query1x(w, sql).get(0).get(0)).longValue()).as(sql).isEqualTo(now);
        }
    }

    private static List<List<Object>> query1x(Path w, String sql) throws SQLException {
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        try (Connection c = driver1x.connect("jdbc:duckdb:" + w, props); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return TestWarehouses.rows(rs);
        }
    }
}
