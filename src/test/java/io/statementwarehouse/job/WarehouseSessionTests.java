package io.statementwarehouse.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.TestWarehouses;
import io.statementwarehouse.nlp.ReferenceData;
import io.statementwarehouse.warehouse.Warehouse;

/** The end of a load on a real DuckDB file: what it wrote leaves the WAL for the database file. */
class WarehouseSessionTests {

    private static final ReferenceData REFERENCE = ReferenceData.load();

    @TempDir
    Path dir;

    private WarehouseSession session() {
        return new WarehouseSession(new Warehouse(dir.resolve("w.duckdb")), REFERENCE,
                new WarehouseProperties(dir.resolve("w.duckdb"), null, null, null, null, null, null, null, null, null, null, null));
    }

    private static void writeRows(Connection c) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t AS SELECT range AS n, 'row ' || range AS s FROM range(50000)");
        }
    }

    @Test
    void closingTheLastConnectionCheckpoints() throws Exception {
        WarehouseSession session = session();
        writeRows(session.connection());
        Path wal = dir.resolve("w.duckdb.wal");
        assertThat(wal).exists(); // the 4GB threshold: nothing was checkpointed yet

        session.checkpointByClosing();

        assertThat(wal).doesNotExist();
        assertThat(TestWarehouses.count(dir.resolve("w.duckdb"), "SELECT count(*) FROM t")).isEqualTo(50000);
    }

    @Test
    void anotherOpenConnectionLeavesItToTheStatement() throws Exception {
        WarehouseSession session = session();
        writeRows(session.connection());
        Path wal = dir.resolve("w.duckdb.wal");
        try (Connection other = session.newConnection()) {
            // This connection keeps the database open: closing the session's does not checkpoint, the statement does.
            session.checkpointByClosing();

            assertThat(wal).doesNotExist();
            try (Statement st = other.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(50000);
            }
        }
        assertThat(Files.exists(wal)).isFalse();
    }
}
