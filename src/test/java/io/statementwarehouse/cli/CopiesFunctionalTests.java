package io.statementwarehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.CopiesInput;
import io.statementwarehouse.TestWarehouses;
import io.statementwarehouse.job.FailureInjector;

/**
 * One stored copy of each text, whatever ran the load: input with republished copies spread over four files gives
 * the same public views and the same {@code etl_duplicate} with 1, 2 or 3 partitions, with chunks of any size, and
 * after a run that failed at any point and was restarted. Through the command line, on real files.
 */
class CopiesFunctionalTests {

    @TempDir
    static Path dir;
    static Path input;
    static CopiesInput copies;
    static String oneThread;

    @BeforeAll
    static void loadOnOnePartition() throws Exception {
        input = dir.resolve("input");
        copies = CopiesInput.write(input, 160, 4, 11);
        Path w = dir.resolve("one/w.duckdb");
        assertThat(run(w, "--threads", "1", "--chunk-size", "7")).isZero();
        oneThread = TestWarehouses.publicContents(w);
    }

    private static int run(Path warehouse, String... more) {
        String[] args = {"run", "--warehouse", warehouse.toString(), "--input", input.toString(), "--run-date", "2026-12-01"};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return StatementWarehouseCommand.execute(all);
    }

    @Test
    void oneReleaseIsStoredPerTextAndEveryOtherRecordIsOneListedCopy() throws Exception {
        Path w = dir.resolve("one/w.duckdb");
        long releases = TestWarehouses.count(w, "SELECT count(*) FROM v_release");
        assertThat(TestWarehouses.count(w, "SELECT count(DISTINCT text_hash) FROM dim_release")).isEqualTo(releases);
        assertThat(releases + TestWarehouses.count(w, "SELECT count(*) FROM etl_duplicate")).isEqualTo(copies.records());
        assertThat(TestWarehouses.count(w, "SELECT count(*) FROM etl_duplicate d WHERE NOT EXISTS "
                + "(SELECT 1 FROM dim_release r WHERE r.release_key = d.kept_release_key)")).isZero();
        assertThat(TestWarehouses.count(w, "SELECT count(*) FROM (SELECT copy_file, copy_record_no FROM etl_duplicate "
                + "GROUP BY ALL HAVING count(*) > 1)")).isZero();
        assertThat(TestWarehouses.count(w, "SELECT count(*) FROM fact_sentence f WHERE NOT EXISTS "
                + "(SELECT 1 FROM dim_release r WHERE r.release_key = f.release_key)")).isZero();
        // the rule: the kept release comes first by published date, then source, then id, then file and record
        assertThat(TestWarehouses.count(w, """
                SELECT count(*) FROM etl_duplicate d JOIN dim_release k ON k.release_key = d.kept_release_key
                WHERE (d.copy_published_date, d.copy_source, d.copy_source_id, d.copy_file, d.copy_record_no)
                    < (k.published_date, k.source, k.source_id, k.file_path, k.record_no)""")).isZero();
        assertThat(TestWarehouses.count(w, "SELECT count(*) FROM etl_duplicate d JOIN dim_release k "
                + "ON k.release_key = d.kept_release_key WHERE d.copy_published_date < k.published_date"))
                .as("no copy was published before the release kept in its place").isZero();
    }

    @ParameterizedTest(name = "{0} partitions, chunks of {1}")
    @CsvSource({"2, 3", "3, 7", "3, 500"})
    void anyNumberOfPartitionsAndChunkSizeGivesTheSameWarehouse(int threads, int chunkSize) throws Exception {
        Path w = dir.resolve("t" + threads + "-c" + chunkSize + "/w.duckdb");
        assertThat(run(w, "--threads", String.valueOf(threads), "--chunk-size", String.valueOf(chunkSize))).isZero();
        assertThat(TestWarehouses.publicContents(w)).isEqualTo(oneThread);
    }

    @ParameterizedTest(name = "failed {0}, then restarted")
    @ValueSource(strings = {FailureInjector.AFTER_CHUNK, FailureInjector.BEFORE_CHUNK, FailureInjector.AFTER_COPIES})
    void aRunThatFailedAndWasRestartedGivesTheSameWarehouse(String point) throws Exception {
        Path w = dir.resolve("failed-" + point + "/w.duckdb");
        System.setProperty("sw.fail-point", point);
        try {
            assertThat(TestWarehouses.executeFailingAfter(5, "run", "--warehouse", w.toString(), "--input", input.toString(),
                    "--run-date", "2026-12-01", "--threads", "2", "--chunk-size", "5")).isEqualTo(1);
        } finally {
            System.clearProperty("sw.fail-point");
        }
        assertThat(StatementWarehouseCommand.execute("restart", "--warehouse", w.toString())).isZero();
        assertThat(TestWarehouses.publicContents(w)).isEqualTo(oneThread);
    }

    @Test
    void aCopyArrivingOnALaterNightIsSettledAsIfBothHadComeTogether() throws Exception {
        Path later = dir.resolve("later");
        Files.createDirectories(later.resolve("night1"));
        Files.createDirectories(later.resolve("night2"));
        // night 1 has feeds 0 to 2, night 2 brings feed 3: its copies of earlier texts keep or displace the stored ones
        Path all = later.resolve("all");
        Files.createDirectories(all);
        for (int f = 0; f < 4; f++) {
            Path feed = input.resolve("feed-" + f + ".jsonl");
            Files.copy(feed, all.resolve(feed.getFileName()));
        }
        Path w = later.resolve("w.duckdb");
        Path feed3 = all.resolve("feed-3.jsonl");
        Path aside = later.resolve("feed-3.jsonl");
        Files.move(feed3, aside);
        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", w.toString(), "--input", all.toString(),
                "--run-date", "2026-12-01")).isZero();
        Files.move(aside, feed3);
        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", w.toString(), "--input", all.toString(),
                "--run-date", "2026-12-02")).isZero();

        Path once = later.resolve("once.duckdb");
        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", once.toString(), "--input", all.toString(),
                "--run-date", "2026-12-01")).isZero();
        assertThat(TestWarehouses.count(w, "SELECT count(*) FROM etl_duplicate WHERE run_id = 2 AND copy_file LIKE '%feed-3%'"))
                .as("night 2 displaced releases of night 1 or listed its own copies").isPositive();
        assertThat(TestWarehouses.publicContents(w)).isEqualTo(TestWarehouses.publicContents(once));
    }
}
