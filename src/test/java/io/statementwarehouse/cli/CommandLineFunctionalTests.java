package io.statementwarehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.TestWarehouses;
import io.statementwarehouse.job.RunLock;

/** The commands as a user types them: output, exit status, and what they do to a real warehouse. */
class CommandLineFunctionalTests {

    @TempDir
    Path dir;

    private static CliRunner.Result execute(String... args) {
        return CliRunner.execute(args);
    }

    @Test
    void queryPrintsAReadableTableCsvAndJson() throws Exception {
        Path input = TestWarehouses.copyFixtures("fixtures/input", dir.resolve("input"));
        Path w = dir.resolve("w.duckdb");
        assertThat(execute("run", "--warehouse", w.toString(), "--input", input.toString(), "--run-date", "2026-11-28").exit()).isZero();

        CliRunner.Result table = execute("query", "select class, count(*) as n from v_statement group by 1 order by 1", "--warehouse", w.toString());
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("| class  | n ", "| PLEDGE |").containsPattern("\\d+ rows");
        CliRunner.Result csv = execute("query", "--format", "csv", "select source_id, published_date from v_release where source_id like '000%'",
                "--warehouse", w.toString());
        assertThat(csv.out()).isEqualTo("source_id,published_date\n000_30a1220df6893c8b,2024-11-14\n");
        CliRunner.Result json = execute("query", "--format", "json", "select 'a\"b' as x", "--warehouse", w.toString());
        assertThat(json.out()).contains("{\"x\": \"a\\\"b\"}");
        CliRunner.Result bad = execute("query", "select * from no_such_table", "--warehouse", w.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("no_such_table");
        // read-only unless --write
        assertThat(execute("query", "delete from dim_release", "--warehouse", w.toString()).exit()).isEqualTo(1);
        assertThat(TestWarehouses.count(w, "select count(*) from v_release")).isEqualTo(13);

        CliRunner.Result status = execute("status", "--warehouse", w.toString());
        assertThat(status.out()).contains("COMPLETED", "2026-11-28");
    }

    @Test
    void aSecondRunOnAHeldWarehouseGetsOneClearSentence() throws Exception {
        Path w = dir.resolve("w.duckdb");
        try (RunLock held = RunLock.acquire(w)) {
            CliRunner.Result second = execute("run", "--warehouse", w.toString(), "--input", dir.toString());
            assertThat(second.exit()).isEqualTo(2);
            assertThat(second.err().strip()).startsWith("error: another run holds the warehouse").contains("pid " + ProcessHandle.current().pid())
                    .doesNotContain("Exception").hasLineCount(1);
        }
    }

    @Test
    void aMissingInputPathIsAUsageErrorAndRunsNothing() throws Exception {
        Path input = TestWarehouses.copyFixtures("fixtures/input", dir.resolve("input"));
        Path missing = dir.resolve("no/such/dir");
        Path w = dir.resolve("nightly/w.duckdb");
        // one good path beside the mistyped one: still nothing runs
        for (String[] args : new String[][] {{"run", "--input", missing.toString()}, {"run", "--input", input.toString(), missing.toString()},
                {"schedule", "--cron", "* * * * * *", "--max-runs", "1", "--input", missing.toString()}}) {
            String[] withWarehouse = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--warehouse", w.toString()))
                    .toArray(String[]::new);
            CliRunner.Result result = execute(withWarehouse);
            assertThat(result.exit()).as(args[0]).isEqualTo(2);
            assertThat(result.err().strip()).as(args[0]).hasLineCount(1).startsWith("error: the input path " + missing + " does not exist");
            assertThat(result.out()).as(args[0]).doesNotContain("Next run at");
        }
        // no warehouse, job repository, lock or log was created
        assertThat(w.getParent()).doesNotExist();

        // with a warehouse already there, no job execution is recorded either
        assertThat(execute("run", "--warehouse", w.toString(), "--input", input.toString(), "--run-date", "2026-11-28").exit()).isZero();
        assertThat(execute("run", "--warehouse", w.toString(), "--input", missing.toString(), "--run-date", "2026-11-29").exit()).isEqualTo(2);
        assertThat(TestWarehouses.count(w, "select count(*) from etl_run")).isEqualTo(1);
        assertThat(execute("status", "--warehouse", w.toString()).out()).doesNotContain("2026-11-29");
    }

    @Test
    void commandsAfterTheFirstLeaveNoTraceFileBesideTheWarehouse() throws Exception {
        Path input = TestWarehouses.copyFixtures("fixtures/input", dir.resolve("input"));
        Path w = dir.resolve("wh/w.duckdb");
        assertThat(execute("run", "--warehouse", w.toString(), "--input", input.toString(), "--run-date", "2026-11-28").exit()).isZero();
        assertThat(execute("status", "--warehouse", w.toString()).exit()).isZero();
        assertThat(execute("run", "--warehouse", w.toString(), "--input", input.toString(), "--run-date", "2026-11-29").exit()).isZero();
        Path trace = w.resolveSibling("w-jobs.trace.db");
        String traced = java.nio.file.Files.exists(trace) ? java.nio.file.Files.readString(trace) : "";
        try (var files = java.nio.file.Files.list(w.getParent())) {
            // the warehouse, its run history, its lock and the log: no H2 trace of "table already exists"
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).as(traced)
                    .containsExactly("statement-warehouse.log", "w-jobs.mv.db", "w.duckdb", "w.duckdb.lock");
        }
        assertThat(execute("status", "--warehouse", w.toString()).out()).contains("2026-11-28", "2026-11-29");
    }

    @Test
    void scheduleRunsTheJobAtTheCronTimes() throws Exception {
        Path input = TestWarehouses.copyFixtures("fixtures/input", dir.resolve("input"));
        Path w = dir.resolve("w.duckdb");
        CliRunner.Result result = execute("schedule", "--cron", "*/2 * * * * *", "--max-runs", "2", "--warehouse", w.toString(), "--input",
                input.toString());
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("Next run at");
        assertThat(TestWarehouses.count(w, "select count(*) from v_release")).isEqualTo(13);
        assertThat(TestWarehouses.count(w, "select count(*) from etl_run")).isEqualTo(2);
        assertThat(result.out()).contains("Report written to");
        try (var reports = java.nio.file.Files.list(dir.resolve("reports"))) {
            assertThat(reports.toList()).singleElement().satisfies(r -> assertThat(r.getFileName().toString()).endsWith(".html"));
        }
        assertThat(execute("schedule", "--cron", "not a cron").exit()).isEqualTo(2);
    }

    @Test
    void exportWritesTheStarSchemaAsParquetPartitionedByMonth() throws Exception {
        Path input = TestWarehouses.copyFixtures("fixtures/input", dir.resolve("input"));
        Path w = dir.resolve("w.duckdb");
        assertThat(execute("run", "--warehouse", w.toString(), "--input", input.toString(), "--run-date", "2026-11-28").exit()).isZero();
        Path out = dir.resolve("parquet");
        assertThat(execute("export", "--parquet", out.toString(), "--warehouse", w.toString()).exit()).isZero();
        assertThat(out.resolve("fact_sentence/year=2024/month=11")).isDirectory();
        assertThat(out.resolve("dim_country.parquet")).isRegularFile();
        long exported = TestWarehouses.count(w, "SELECT count(*) FROM read_parquet('" + out.resolve("fact_sentence") + "/*/*/*.parquet')");
        assertThat(exported).isEqualTo(TestWarehouses.count(w, "SELECT count(*) FROM fact_sentence")).isPositive();
    }

    @Test
    void benchLoadsGeneratedReleasesAndTimesTheIncrementAndTheExtraction() throws Exception {
        Path input = TestWarehouses.copyFixtures("fixtures/input", dir.resolve("input"));
        CliRunner.Result load = execute("bench", "--releases", "300", "--repetitions", "1", "--then", "20", "--corpus", input.toString(),
                "--work", dir.resolve("bench").toString());
        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(load.out()).contains("Generated 300 releases", "| releases/s (job start to completion) |", "| peak RSS MB |",
                "| warehouse bytes per release |", "Increment of 20 releases");
        // the writers' time is measured, and is a part of the partitions' time
        java.util.regex.Matcher writer = java.util.regex.Pattern.compile("\\| of which writing to the warehouse[^|]*\\| ([0-9.,]+) \\|")
                .matcher(load.out());
        java.util.regex.Matcher share = java.util.regex.Pattern.compile("\\| writer's share of the partitions' time, % \\| ([0-9]+) \\|")
                .matcher(load.out());
        assertThat(writer.find()).as(load.out()).isTrue();
        assertThat(Double.parseDouble(writer.group(1).replace(",", ""))).isPositive();
        assertThat(share.find()).as(load.out()).isTrue();
        assertThat(Integer.parseInt(share.group(1))).isBetween(1, 100);
        // the load's warehouse holds what was generated
        assertThat(TestWarehouses.count(dir.resolve("bench/run1/bench.duckdb"), "SELECT count(*) FROM dim_release")).isEqualTo(300 + 20);
        CliRunner.Result extraction = execute("bench", "--releases", "100", "--repetitions", "2", "--analysis-only", "--corpus",
                input.toString());
        assertThat(extraction.exit()).as(extraction.err()).isZero();
        assertThat(extraction.out()).contains("pass 2: 100 releases", "us per sentence");
    }

    @Test
    void everyCommandExplainsItself() {
        for (String command : new String[] {"run", "restart", "status", "query", "schedule", "evaluate", "report", "export", "bench"}) {
            CliRunner.Result help = execute(command, "--help");
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage:", command.equals("bench") ? "--releases" : "--warehouse");
        }
    }
}
