package io.statementwarehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.CopiesInput;
import io.statementwarehouse.StatementWarehouseApplication;
import io.statementwarehouse.TestWarehouses;

/**
 * The job as a real child process, killed in the middle of loading: with {@code kill -9} (no chance to
 * clean up: the run stays STARTED in the job repository) and with SIGTERM (it stops at a chunk
 * boundary). Either way a restart finishes with exactly the warehouse of an uninterrupted run, the same copies of
 * republished texts kept and listed.
 */
class CrashRecoveryFunctionalTests {

    private static final int RELEASES = 1500;

    @TempDir
    static Path dir;
    static Path input;
    static Path clean;
    static CopiesInput copies;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        input = writeInput(dir.resolve("input"));
        copies = CopiesInput.write(input, 120, 3, 3); // three more files, with copies of each other's texts
        clean = dir.resolve("clean/w.duckdb");
        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", clean.toString(), "--input", input.toString(),
                "--run-date", "2026-11-28", "--chunk-size", "20")).isZero();
        assertThat(TestWarehouses.count(clean, "SELECT count(*) FROM v_release") + TestWarehouses.count(clean,
                "SELECT count(*) FROM etl_duplicate")).isEqualTo(RELEASES + copies.records());
    }

    /** Real releases, each made distinct by an added closing line, in one JSON Lines file. */
    static Path writeInput(Path target) throws IOException {
        List<String> lines = Files.readAllLines(TestWarehouses.copyFixtures("fixtures/input", dir.resolve("fixtures"))
                .resolve("whitehouse_sample.jsonl"));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < RELEASES; i++) {
            String line = lines.get(i % lines.size());
            out.add(line.replaceFirst("\"id\": \"", "\"id\": \"n" + i + "-")
                    .replaceFirst("\"}$", "\\\\n\\\\nThis is statement number " + i + " of the series.\"}"));
        }
        Files.createDirectories(target);
        Files.write(target.resolve("releases.jsonl"), out, StandardCharsets.UTF_8);
        return target;
    }

    private static Process startChild(Path warehouse, Path log) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dsw.chunk-delay-millis=40",
                StatementWarehouseApplication.class.getName(), "run", "--warehouse", warehouse.toString(), "--input",
                input.toString(), "--run-date", "2026-11-28", "--chunk-size", "20");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until the child has committed some chunks: its log shows progress lines. */
    private static void awaitMidLoad(Process child, Path warehouse) throws Exception {
        Path log = warehouse.resolveSibling("statement-warehouse.log");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("the child run ended before it could be interrupted").isTrue();
            if (Files.exists(log) && Files.readString(log).contains("input files found")) {
                // Loading: wait until chunks have reached the WAL (on a loaded machine the first ones can take seconds),
                // then kill well inside the load step (about 35 chunks of 20 at 40 ms a chunk take 1.5 s).
                Path wal = Path.of(warehouse + ".wal");
                long atDiscovery = Files.exists(wal) ? Files.size(wal) : 0;
                while (System.nanoTime() < deadline && (!Files.exists(wal) || Files.size(wal) < atDiscovery + 200_000)) {
                    assertThat(child.isAlive()).as("the child run ended before it could be interrupted").isTrue();
                    Thread.sleep(50);
                }
                Thread.sleep(300);
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the child run did not start loading in time");
    }

    @Test
    void killedWithSigkillThenRestartedGivesTheCleanWarehouse() throws Exception {
        Path warehouse = dir.resolve("killed/w.duckdb");
        Files.createDirectories(warehouse.getParent());
        Process child = startChild(warehouse, dir.resolve("killed.out"));
        awaitMidLoad(child, warehouse);
        child.destroyForcibly(); // SIGKILL
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        long partial = TestWarehouses.count(warehouse, "SELECT count(*) FROM dim_release");
        assertThat(partial).isBetween(1L, (long) RELEASES - 1);
        assertThat(StatementWarehouseCommand.execute("restart", "--warehouse", warehouse.toString())).isZero();
        assertThat(TestWarehouses.fingerprint(warehouse)).isEqualTo(TestWarehouses.fingerprint(clean));
        assertThat(TestWarehouses.publicContents(warehouse)).isEqualTo(TestWarehouses.publicContents(clean));
    }

    @Test
    void stoppedWithSigtermThenRunAgainGivesTheCleanWarehouse() throws Exception {
        Path warehouse = dir.resolve("stopped/w.duckdb");
        Files.createDirectories(warehouse.getParent());
        Process child = startChild(warehouse, dir.resolve("stopped.out"));
        awaitMidLoad(child, warehouse);
        child.destroy(); // SIGTERM
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("stopped.out"))).contains("ended STOPPED");

        assertThat(TestWarehouses.count(warehouse, "SELECT count(*) FROM dim_release")).isBetween(1L, (long) RELEASES - 1);
        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", warehouse.toString(), "--input", input.toString(),
                "--run-date", "2026-11-28", "--chunk-size", "20")).isZero();
        assertThat(TestWarehouses.fingerprint(warehouse)).isEqualTo(TestWarehouses.fingerprint(clean));
        assertThat(TestWarehouses.publicContents(warehouse)).isEqualTo(TestWarehouses.publicContents(clean));
    }
}
