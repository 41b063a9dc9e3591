package io.statementwarehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.TestWarehouses;

/**
 * A run that fails after some chunks (injected by the test-only switch sw.fail-after-chunks, after
 * the chunk's rows reached DuckDB but before Spring Batch recorded its position) and is then restarted
 * ends with exactly the warehouse of an uninterrupted run. Driven through the command line, as a user
 * would, with a real DuckDB file and a real H2 file job repository.
 */
class RestartFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void failedRunRestartedGivesTheWarehouseOfAnUninterruptedRun() throws Exception {
        Path input = TestWarehouses.copyFixtures("fixtures/input", dir.resolve("input"));
        Path clean = dir.resolve("clean/w.duckdb");
        Path crashed = dir.resolve("crashed/w.duckdb");

        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", clean.toString(), "--input", input.toString(),
                "--run-date", "2026-11-28", "--chunk-size", "2")).isZero();

        // One partition: with two, the failure (the third chunk, in either partition) can come at a partition's last
        // chunk while the other one completes, and then every release is in before the run fails.
        assertThat(TestWarehouses.executeFailingAfter(2, "run", "--warehouse", crashed.toString(), "--input", input.toString(),
                "--run-date", "2026-11-28", "--chunk-size", "2", "--threads", "1")).isEqualTo(1);
        long partial = TestWarehouses.count(crashed, "SELECT count(*) FROM dim_release");
        assertThat(partial).isBetween(1L, 12L);

        assertThat(StatementWarehouseCommand.execute("restart", "--warehouse", crashed.toString())).isZero();

        assertThat(TestWarehouses.fingerprint(crashed)).isEqualTo(TestWarehouses.fingerprint(clean));
        // What the explorer searches: one row per statement, its text and signature (replayed chunks replaced theirs).
        assertThat(TestWarehouses.statementSearch(crashed)).isNotEmpty().isEqualTo(TestWarehouses.searchOfTheStatements(crashed));
        assertThat(TestWarehouses.count(crashed, "SELECT count(*) FROM v_release")).isEqualTo(13);
        assertThat(TestWarehouses.count(crashed, "SELECT count(*) FROM etl_run")).isEqualTo(1);
        // Nothing left to restart; the run is complete.
        assertThat(StatementWarehouseCommand.execute("restart", "--warehouse", crashed.toString())).isZero();
    }

    @Test
    void runWithTheSameRunDateAfterAFailureRestartsIt() throws Exception {
        Path input = TestWarehouses.copyFixtures("fixtures/input", dir.resolve("input"));
        Path w = dir.resolve("w.duckdb");
        assertThat(TestWarehouses.executeFailingAfter(1, "run", "--warehouse", w.toString(), "--input", input.toString(),
                "--run-date", "2026-11-27", "--chunk-size", "3")).isEqualTo(1);
        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", w.toString(), "--input", input.toString(),
                "--run-date", "2026-11-27", "--chunk-size", "3")).isZero();
        assertThat(TestWarehouses.count(w, "SELECT count(*) FROM v_release")).isEqualTo(13);
        assertThat(TestWarehouses.count(w, "SELECT count(DISTINCT run_id) FROM dim_release")).isEqualTo(1);
    }
}
