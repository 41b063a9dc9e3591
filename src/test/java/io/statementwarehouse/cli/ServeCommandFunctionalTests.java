package io.statementwarehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.TestWarehouses;
import io.statementwarehouse.warehouse.Warehouse;
import io.statementwarehouse.web.ExplorerServer;
import io.statementwarehouse.web.WarehouseAccess;

/**
 * `serve` as a user starts it (its own process, the printed address), the pages while another process's run holds the
 * warehouse, and `schedule` serving the pages from the process that runs the job.
 */
class ServeCommandFunctionalTests {

    private static final Pattern ADDRESS = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Path fixtureWarehouse() throws Exception {
        Path input = TestWarehouses.copyFixtures("fixtures/input", dir.resolve("input"));
        Path w = dir.resolve("w.duckdb");
        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", w.toString(), "--input", input.toString())).isZero();
        return w;
    }

    private static Process java(Path log, String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String awaitLine(Path log, String start, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    if (line.startsWith(start)) {
                        return line;
                    }
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("the process ended: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no line starting with '" + start + "' in time: " + Files.readString(log));
    }

    @Test
    void servePrintsTheAddressAndServesThePagesReadOnly() throws Exception {
        Path w = fixtureWarehouse();
        Path log = dir.resolve("serve.log");
        Process serve = java(log, "io.statementwarehouse.StatementWarehouseApplication", "serve", "--port", "0", "--warehouse", w.toString());
        try {
            Matcher m = ADDRESS.matcher(awaitLine(log, "Serving", serve));
            assertThat(m.find()).isTrue();
            HttpResponse<String> statements = get(m.group(1) + "statements?committer=CHN");
            assertThat(statements.statusCode()).isEqualTo(200);
            assertThat(statements.body()).contains("7 statements");
            assertThat(awaitLine(log, "The warehouse is readable", serve)).isNotBlank();
            // Read-only: other readers still open the file while the explorer holds it.
            assertThat(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "io.statementwarehouse.StatementWarehouseApplication", "query", "--warehouse",
                    w.toString(), "select count(*) from v_release").redirectErrorStream(true).start().waitFor()).isZero();
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void whileAnotherProcessHoldsTheWarehouseThePagesSaySoAndComeBackAfterwards() throws Exception {
        Path w = fixtureWarehouse();
        Path log = dir.resolve("holder.log");
        Process holder = java(log, HoldWarehouse.class.getName(), w.toString());
        try (ExplorerServer server = ExplorerServer.start(new Warehouse(w), WarehouseAccess.Mode.READ_ONLY, "127.0.0.1", 0, Duration.ofSeconds(1))) {
            awaitLine(log, "holding", holder);
            HttpResponse<String> held = get(server.address() + "statements");
            assertThat(held.statusCode()).isEqualTo(503);
            assertThat(held.body()).contains("a run holds the warehouse").contains("pid " + holder.pid());
            holder.getOutputStream().close(); // lets go
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(get(server.address() + "statements").statusCode()).isEqualTo(200);
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void scheduleServesThePagesFromTheProcessThatLoads() throws Exception {
        Path input = TestWarehouses.copyFixtures("fixtures/input", dir.resolve("input"));
        Path w = dir.resolve("w.duckdb");
        java.io.PipedWriter pipe = new java.io.PipedWriter();
        BufferedReader lines = new BufferedReader(new java.io.PipedReader(pipe, 1 << 16));
        picocli.CommandLine cli = StatementWarehouseCommand.commandLine();
        cli.setOut(new java.io.PrintWriter(pipe, true));
        CompletableFuture<Integer> schedule = CompletableFuture.supplyAsync(() -> cli.execute("schedule", "--cron", "*/2 * * * * *",
                "--max-runs", "3", "--port", "0", "--warehouse", w.toString(), "--input", input.toString()));
        String address = null;
        int reports = 0;
        List<String> seen = new ArrayList<>();
        for (String line; (line = lines.readLine()) != null;) {
            seen.add(line);
            Matcher m = ADDRESS.matcher(line);
            if (line.startsWith("Serving the explorer") && m.find()) {
                address = m.group(1);
                // Before the first run there is no warehouse: the page says so instead of failing.
                HttpResponse<String> none = get(address + "statements");
                assertThat(none.statusCode()).isEqualTo(503);
                assertThat(none.body()).contains("no warehouse");
            }
            if (line.startsWith("Report written")) {
                reports++;
                // Between (and during) runs the pages read through the job's own database: no lock conflict.
                HttpResponse<String> page = get(address + "statements?committer=CHN");
                assertThat(page.statusCode()).as(String.join("\n", seen)).isEqualTo(200);
                assertThat(page.body()).contains("7 statements");
                assertThat(get(address + "runs").body()).contains("COMPLETED");
            }
            if (reports == 2) {
                break; // the third run keeps the server up while these pages are read; it stops with the schedule
            }
        }
        assertThat(address).as(String.join("\n", seen)).isNotNull();
        assertThat(schedule.get(2, TimeUnit.MINUTES)).isZero();
        assertThat(reports).isEqualTo(2);
        // Stopped with the schedule, and the warehouse is free again.
        assertThat(TestWarehouses.count(w, "select count(*) from etl_run")).isEqualTo(3);
        String stopped = address;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> get(stopped + "statements")).isInstanceOf(java.io.IOException.class);
        lines.close();
    }

    @Test
    void otherCommandsStartNoWebServer() throws Exception {
        Path w = fixtureWarehouse();
        try (var ctx = SpringContexts.start(w, java.util.Map.of())) {
            assertThat(ctx).isNotInstanceOf(org.springframework.boot.web.server.context.WebServerApplicationContext.class);
            assertThat(ctx.getBeanNamesForType(io.statementwarehouse.web.WarehouseAccess.class)).isEmpty();
            assertThat(ctx.getBeansWithAnnotation(org.springframework.stereotype.Controller.class)).isEmpty();
        }
    }

    /** Another process's run: holds the run lock and the warehouse read-write until its standard input closes. */
    public static final class HoldWarehouse {

        public static void main(String[] args) throws Exception {
            Path w = Path.of(args[0]);
            try (var lock = io.statementwarehouse.job.RunLock.acquire(w); var c = new Warehouse(w).openReadWrite()) {
                System.out.println("holding");
                System.out.flush();
                new BufferedReader(new InputStreamReader(System.in)).readLine();
            }
        }
    }
}
