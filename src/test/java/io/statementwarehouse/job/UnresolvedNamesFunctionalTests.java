package io.statementwarehouse.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.TestWarehouses;
import io.statementwarehouse.cli.StatementWarehouseCommand;
import io.statementwarehouse.warehouse.Warehouse;

/**
 * {@code etl_unresolved_name} after each run equals a count over the whole warehouse, whether the run only
 * added releases (its names are added to the counts) or stored some again (everything is counted again).
 */
class UnresolvedNamesFunctionalTests {

    private static final String RECOUNT = PublishRunTasklet.COUNT_NAMES.formatted("") + " ORDER BY kind, surface";
    private static final String TABLE = "SELECT kind, surface, mentions, releases, example_release_key, last_run_id "
            + "FROM etl_unresolved_name ORDER BY kind, surface";

    @TempDir
    Path dir;

    @Test
    void theCountsFollowAddedAndReplacedReleases() throws Exception {
        Path all = TestWarehouses.copyFixtures("fixtures/input", dir.resolve("all"));
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.move(all.resolve("whitehouse_sample.jsonl"), first.resolve("whitehouse_sample.jsonl"));
        Files.move(all.resolve("state_department_sample.csv"), second.resolve("state_department_sample.csv"));
        Files.move(all.resolve("whitehouse_sample_2.jsonl.gz"), second.resolve("whitehouse_sample_2.jsonl.gz"));
        Path w = dir.resolve("w.duckdb");

        run(w, first, "2026-11-26");
        List<List<Object>> afterFirst = TestWarehouses.query(w, TABLE);
        assertThat(afterFirst).isNotEmpty().isEqualTo(TestWarehouses.query(w, RECOUNT));

        run(w, second, "2026-11-27"); // new releases only: added to the counts
        assertThat(TestWarehouses.query(w, TABLE)).isEqualTo(TestWarehouses.query(w, RECOUNT)).isNotEqualTo(afterFirst);

        // A changed file is loaded again: its releases replace their earlier rows, and the names are counted again.
        List<String> lines = Files.readAllLines(first.resolve("whitehouse_sample.jsonl"));
        Files.write(first.resolve("whitehouse_sample.jsonl"), lines.subList(0, lines.size() - 1));
        Files.writeString(first.resolve("whitehouse_sample.jsonl"), lines.get(lines.size() - 1).replace("President", "Ambassador Zorblat Quennik")
                + "\n", StandardOpenOption.APPEND);
        run(w, first, "2026-11-28");
        assertThat(TestWarehouses.query(w, TABLE)).isEqualTo(TestWarehouses.query(w, RECOUNT));
    }

    @Test
    void aRunAfterOneThatFailedAndWasLeftCountsItsNamesToo() throws Exception {
        Path all = TestWarehouses.copyFixtures("fixtures/input", dir.resolve("all"));
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.move(all.resolve("whitehouse_sample.jsonl"), first.resolve("whitehouse_sample.jsonl"));
        Path w = dir.resolve("w.duckdb");
        assertThat(TestWarehouses.executeFailingAfter(2, "run", "--warehouse", w.toString(), "--input", all.toString(),
                "--run-date", "2026-11-26", "--chunk-size", "2")).isEqualTo(1);
        assertThat(TestWarehouses.count(w, "SELECT count(*) FROM dim_release")).isPositive();
        run(w, first, "2026-11-27"); // a new run; the failed one is left as it is
        assertThat(TestWarehouses.query(w, TABLE)).isEqualTo(TestWarehouses.query(w, RECOUNT));
    }

    @Test
    void namesAddedByARunAddUpToTheRecount() throws Exception {
        Path input = TestWarehouses.copyFixtures("fixtures/input", dir.resolve("input"));
        Path w = dir.resolve("w.duckdb");
        run(w, input, "2026-11-28");
        List<List<Object>> recount = TestWarehouses.query(w, RECOUNT);
        try (Connection c = new Warehouse(w).openReadWrite(); Statement st = c.createStatement()) {
            // The table as it stood before run 1 (empty), then run 1's names added.
            st.execute("DELETE FROM etl_unresolved_name");
            PublishRunTasklet.addUnresolvedNames(c, 1);
            // Added twice over half of them: the second addition must update the rows the first one inserted.
            st.execute("DELETE FROM etl_unresolved_name WHERE surface < 'M'");
        }
        try (Connection c = new Warehouse(w).openReadWrite(); Statement st = c.createStatement()) {
            st.execute("UPDATE etl_unresolved_name SET mentions = 0, releases = 0, example_release_key = 9223372036854775807");
            PublishRunTasklet.addUnresolvedNames(c, 1);
        }
        assertThat(TestWarehouses.query(w, TABLE)).isEqualTo(recount);
    }

    private static void run(Path warehouse, Path input, String runDate) {
        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", warehouse.toString(), "--input", input.toString(),
                "--run-date", runDate)).isZero();
    }
}
