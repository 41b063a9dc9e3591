package io.statementwarehouse.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.StatementWarehouseApplication;
import io.statementwarehouse.TestWarehouses;
import io.statementwarehouse.cli.StatementWarehouseCommand;
import picocli.CommandLine;

/**
 * A load spread over processes, with real parts on loopback: a PostgreSQL server as the shared job repository, an
 * ActiveMQ Artemis broker, a manager ({@code run --workers}) and worker processes ({@code worker}), each its own JVM.
 * The public views and {@code etl_duplicate} must come out exactly as from one process loading the same input with
 * two threads, also when a worker is killed with {@code kill -9} in the middle of a partition.
 */
class DistributedLoadFunctionalTests {

    private static final String RUN_DATE = "2026-11-28";
    private static final int FILES = 4;
    private static final int PER_FILE = 80;

    /** What must not differ between a run of workers and a run of one process (etl_duplicate without its run id). */
    private static final List<String> CONTRACT = List.of("SELECT * FROM v_release", "SELECT * FROM v_statement",
            "SELECT * FROM v_mention", "SELECT * EXCLUDE (run_id) FROM etl_duplicate");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path dir;
    static RealServers servers;
    static Path input;
    static Path single;

    private final List<Process> children = new ArrayList<>();

    @BeforeAll
    static void serversAndTheRunOfOneProcess() throws Exception {
        servers = new RealServers(dir.resolve("servers"));
        input = writeInput(dir.resolve("input"));
        single = dir.resolve("single/w.duckdb");
        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", single.toString(), "--input", input.toString(),
                "--run-date", RUN_DATE, "--threads", "2", "--chunk-size", "10")).isZero();
        assertThat(TestWarehouses.count(single, "SELECT count(*) FROM v_release")).isBetween(300L, (long) FILES * PER_FILE);
        assertThat(TestWarehouses.count(single, "SELECT count(*) FROM etl_duplicate")).isPositive();
    }

    @AfterAll
    static void stopServers() throws Exception {
        if (servers != null) {
            servers.close();
        }
    }

    @AfterEach
    void stopChildren() {
        children.forEach(Process::destroyForcibly);
    }

    /**
     * Four JSON Lines files of real releases made distinct by a closing line and spread over two years, with
     * republished copies across files: the same text under other ids (file 2 repeats five texts of file 1) and the
     * same release again (file 3 repeats three ids of file 1, one of them dated earlier, so it is the copy kept).
     */
    static Path writeInput(Path target) throws IOException {
        List<String> base = Files.readAllLines(TestWarehouses.copyFixtures("fixtures/input", dir.resolve("fixtures"))
                .resolve("whitehouse_sample.jsonl"));
        Files.createDirectories(target);
        LocalDate start = LocalDate.of(2023, 1, 1);
        for (int f = 1; f <= FILES; f++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < PER_FILE; i++) {
                String id = "f" + f + "-n" + i;
                String text = f + "-" + i;
                LocalDate date = start.plusDays((i * 7L + f * 3L) % 700);
                if (f == 2 && i < 5) {
                    text = "1-" + (10 + i); // the text of file 1's record 10 + i, under this file's id
                    date = start.plusDays(i % 2 == 0 ? 1000 : 0);
                } else if (f == 3 && i < 3) {
                    id = "f1-n" + (20 + i); // file 1's release again
                    text = "1-" + (20 + i);
                    date = i == 0 ? start.minusDays(30) : start.plusDays(((20 + i) * 7L + 3) % 700);
                }
                lines.add(release(base.get(Math.abs(text.hashCode()) % base.size()), id, date, text));
            }
            Files.write(target.resolve("releases-" + f + ".jsonl"), lines, StandardCharsets.UTF_8);
        }
        return target;
    }

    private static String release(String line, String id, LocalDate date, String text) {
        return line.replaceFirst("\"id\": \"[^\"]*\"", "\"id\": \"" + id + "\"")
                .replaceFirst("\"date\": \"[^\"]*\"", "\"date\": \"" + date + "\"")
                .replaceFirst("\"}$", "\\\\n\\\\nThis is statement " + text + " of the series.\"}");
    }

    /** One distributed load's own repository database, queue, shared directory and warehouse. */
    private record Scenario(String jobRepository, String queue, Path shared, Path warehouse) {

        List<String> remoteOptions() {
            return List.of("--job-repository", jobRepository, "--broker", servers.brokerUrl(), "--shared-dir", shared.toString());
        }
    }

    private static Scenario scenario(String name) throws Exception {
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("shared"));
        return new Scenario(servers.newJobRepository(name), "partitions-" + name, root.resolve("shared"), root.resolve("w.duckdb"));
    }

    private Process start(Scenario s, String name, int chunkDelayMillis, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), "-Dsw.remote.queue=" + s.queue(),
                "-Dsw.chunk-delay-millis=" + chunkDelayMillis, StatementWarehouseApplication.class.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(s.warehouse().resolveSibling(name + ".out").toFile()).start();
        children.add(p);
        return p;
    }

    private Process worker(Scenario s, String name, int chunkDelayMillis) throws IOException {
        List<String> args = new ArrayList<>(List.of("worker", "--chunk-size", "10"));
        args.addAll(s.remoteOptions());
        return start(s, name, chunkDelayMillis, args);
    }

    private Process manager(Scenario s, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("run", "--workers", "4", "--warehouse", s.warehouse().toString(),
                "--input", input.toString(), "--run-date", RUN_DATE, "--chunk-size", "10"));
        args.addAll(s.remoteOptions());
        args.addAll(List.of(more));
        return start(s, "manager", 0, args);
    }

    private static String output(Scenario s, String name) throws IOException {
        return Files.readString(s.warehouse().resolveSibling(name + ".out"));
    }

    private static Path workerLog(Scenario s, Process worker) {
        // the worker's log file is named after its process id, which is the child's own
        return s.shared().resolve("logs").resolve("worker-" + worker.pid() + ".log");
    }

    /**
     * Waits until a partition has committed a few chunks (the shared job repository records its position after each)
     * while its worker is still loading it.
     */
    private static void awaitInsidePartition(Scenario s, Process worker) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        try (Connection c = DriverManager.getConnection(s.jobRepository())) {
            while (System.nanoTime() < deadline) {
                assertThat(worker.isAlive()).as("the worker ended before it could be killed").isTrue();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT count(*) FROM batch_step_execution WHERE step_name LIKE 'loadPartitionStep%' AND status = 'STARTED' "
                                + "AND commit_count >= 3")) {
                    if (rs.next() && rs.getLong(1) > 0) {
                        return;
                    }
                } catch (SQLException e) {
                    // the manager has not created Spring Batch's tables yet
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the worker did not get inside a partition in time");
    }

    private static int awaitExit(Process p, Scenario s, String name) throws Exception {
        assertThat(p.waitFor(150, TimeUnit.SECONDS)).as("%s did not finish: %s", name, output(s, name)).isTrue();
        return p.exitValue();
    }

    private static List<String> rows(Path warehouse, String sql) throws Exception {
        return TestWarehouses.query(warehouse, "SELECT CAST(t AS VARCHAR) FROM (" + sql + ") t ORDER BY 1").stream()
                .map(r -> String.valueOf(r.get(0))).toList();
    }

    private static void assertSameAsOneProcess(Path warehouse) throws Exception {
        for (String view : CONTRACT) {
            assertThat(rows(warehouse, view)).as(view).isNotEmpty().isEqualTo(rows(single, view));
        }
    }

    private static long partsLeft(Scenario s) throws IOException {
        try (Stream<Path> files = Files.walk(s.shared())) {
            return files.filter(f -> f.toString().endsWith(".duckdb")).count();
        }
    }

    /** Starts a worker and waits until it listens to the broker. */
    private Process readyWorker(Scenario s, String name, int chunkDelayMillis) throws Exception {
        Process worker = worker(s, name, chunkDelayMillis);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!output(s, name).contains("waiting for partitions")) {
            assertThat(worker.isAlive()).as("%s ended: %s", name, output(s, name)).isTrue();
            assertThat(System.nanoTime()).as("%s did not start in time", name).isLessThan(deadline);
            Thread.sleep(100);
        }
        return worker;
    }

    @Test
    void twoWorkersLoadWhatOneProcessLoadsAlsoWhenOneIsKilledInThePartitionItWasLoading() throws Exception {
        Scenario s = scenario("workers");
        Process doomed = readyWorker(s, "worker-a", 150);
        Process survivor = readyWorker(s, "worker-b", 30);
        Process manager = manager(s);
        awaitInsidePartition(s, doomed);
        doomed.destroyForcibly(); // SIGKILL
        assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(awaitExit(manager, s, "manager")).as(output(s, "manager")).isZero();
        // The broker handed the dead worker's request to the other one, which went on from the last saved chunk.
        assertThat(Files.readString(workerLog(s, survivor))).contains("Taking over loadPartitionStep");
        assertSameAsOneProcess(s.warehouse());
        assertThat(partsLeft(s)).as("merged parts are removed").isZero();
        assertThat(TestWarehouses.count(s.warehouse(), "SELECT count(DISTINCT split_part(part, '.', 3)) FROM etl_merged_part"))
                .as("both workers wrote parts").isEqualTo(2);

        // Nothing is left to restart, and asking changes nothing.
        CommandLine cli = StatementWarehouseCommand.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        List<String> restart = new ArrayList<>(List.of("restart", "--warehouse", s.warehouse().toString()));
        restart.addAll(s.remoteOptions());
        assertThat(cli.execute(restart.toArray(String[]::new))).isZero();
        assertThat(out.toString()).contains("Nothing to restart");
        assertSameAsOneProcess(s.warehouse());
    }

    @Test
    void theOnlyWorkerKilledFailsTheRunCleanlyAndRestartFinishesIt() throws Exception {
        Scenario s = scenario("restart");
        Process doomed = readyWorker(s, "worker-a", 150);
        Process manager = manager(s, "--partition-timeout", "15s");
        awaitInsidePartition(s, doomed);
        doomed.destroyForcibly(); // SIGKILL: no worker is left to take its partition
        assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(awaitExit(manager, s, "manager")).isEqualTo(1);
        assertThat(output(s, "manager")).contains("ended FAILED");
        assertThat(TestWarehouses.count(s.warehouse(), "SELECT count(*) FROM dim_release")).as("nothing merged yet").isZero();
        assertThat(partsLeft(s)).as("the dead worker's part waits for the restart").isPositive();

        worker(s, "worker-b", 0);
        System.setProperty("sw.remote.queue", s.queue());
        try {
            List<String> restart = new ArrayList<>(List.of("restart", "--warehouse", s.warehouse().toString()));
            restart.addAll(s.remoteOptions());
            assertThat(StatementWarehouseCommand.execute(restart.toArray(String[]::new))).isZero();
        } finally {
            System.clearProperty("sw.remote.queue");
        }
        assertSameAsOneProcess(s.warehouse());
        assertThat(partsLeft(s)).isZero();
    }

    @Test
    void anUnreachableBrokerOrRepositoryEndsTheRunWithOneSentenceAndAnUntouchedWarehouse() throws Exception {
        Scenario s = scenario("unreachable");
        String closedPort = String.valueOf(RealServers.freePort());

        CommandLine cli = StatementWarehouseCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("run", "--workers", "2", "--warehouse", s.warehouse().toString(), "--input", input.toString(),
                "--job-repository", s.jobRepository(), "--broker", "tcp://127.0.0.1:" + closedPort, "--shared-dir", s.shared().toString());
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("cannot reach the message broker at tcp://127.0.0.1:" + closedPort);

        cli = StatementWarehouseCommand.commandLine();
        err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        exit = cli.execute("run", "--workers", "2", "--warehouse", s.warehouse().toString(), "--input", input.toString(),
                "--job-repository", "jdbc:postgresql://127.0.0.1:" + closedPort + "/batch?user=batch", "--broker", servers.brokerUrl(),
                "--shared-dir", s.shared().toString());
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("cannot use the job repository at jdbc:postgresql://127.0.0.1:" + closedPort + "/batch")
                .doesNotContain("user=batch");

        assertThat(Files.exists(s.warehouse())).as("no warehouse was written").isFalse();
    }
}
