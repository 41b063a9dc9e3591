package io.statementwarehouse.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

import io.statementwarehouse.job.RunLock;
import io.statementwarehouse.report.NightlyReport;
import io.statementwarehouse.warehouse.Warehouse;
import io.statementwarehouse.web.ExplorerServer;
import io.statementwarehouse.web.WarehouseAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Stay up and run the job on a schedule (nightly at 02:00 by default), each run followed by its report",
                "(reports/<run-date>.html beside the warehouse); the run date is the date the run starts.",
                "A night whose warehouse is held by another run is skipped with a message; a failed night is reported and the",
                "next one runs as planned (restart the failed one with `restart`).",
                "Meanwhile it serves the explorer's pages (as `serve` does) from the same process and the same DuckDB database,",
                "so the nightly load and the pages never fight over the file; --no-serve turns that off."})
public class ScheduleCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);

    @Mixin
    StatementWarehouseCommand.WarehouseOption warehouse = new StatementWarehouseCommand.WarehouseOption();

    @Option(names = "--cron", paramLabel = "EXPR", defaultValue = "0 0 2 * * *",
            description = "Spring cron expression: second minute hour day month weekday [default: ${DEFAULT-VALUE}]")
    String cron;

    @Option(names = "--input", paramLabel = "PATH", arity = "1..*", defaultValue = "input",
            description = "Files or directories to load each time [default: ${DEFAULT-VALUE}]")
    List<Path> inputs;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "-1", description = "Stop after N runs (-1: never) [default: ${DEFAULT-VALUE}]")
    int maxRuns;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Serve the explorer on this TCP port (0: any free one) [default: ${DEFAULT-VALUE}]")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address the explorer listens on [default: ${DEFAULT-VALUE}]")
    String bind;

    @Option(names = "--no-serve", description = "Do not serve the explorer's pages")
    boolean noServe;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CronExpression schedule;
        try {
            schedule = CronExpression.parse(cron);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: not a cron expression: " + cron + " (" + e.getMessage() + ")");
            return 2;
        }
        if (!InputPaths.allExist(inputs, spec.commandLine().getErr())) {
            return InputPaths.USAGE_ERROR;
        }
        PrintWriter out = spec.commandLine().getOut();
        ExplorerServer server = noServe ? null : startExplorer(out);
        try {
            return runOnSchedule(schedule, out, server);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /**
     * The explorer beside the runs: it opens the warehouse as the job does, so both use one DuckDB database in this
     * process. A port already taken costs the pages, not the nightly runs.
     */
    private ExplorerServer startExplorer(PrintWriter out) {
        try {
            ExplorerServer server = ExplorerServer.start(new Warehouse(warehouse.warehouse), WarehouseAccess.Mode.SHARED_WITH_JOB, bind, port);
            out.println("Serving the explorer at " + server.address() + " while waiting for the runs");
            out.flush();
            return server;
        } catch (RuntimeException e) {
            log.warn("The explorer could not start on {}:{} ({}); the runs go on without it", bind, port, StatementWarehouseCommand.rootMessage(e));
            return null;
        }
    }

    private int runOnSchedule(CronExpression schedule, PrintWriter out, ExplorerServer server) throws Exception {
        int failures = 0;
        for (int runs = 0; maxRuns < 0 || runs < maxRuns; runs++) {
            LocalDateTime next = schedule.next(LocalDateTime.now());
            if (next == null) {
                out.println("The schedule " + cron + " has no next time; stopping.");
                break;
            }
            out.printf("Next run at %s (warehouse %s)%n", next.withNano(0), warehouse.warehouse.toAbsolutePath().normalize());
            out.flush();
            sleepUntil(next);
            if (!InputPaths.allExist(inputs, spec.commandLine().getErr())) {
                // Removed or unmounted since start-up: this night fails loudly, and the next one checks again.
                failures++;
                continue;
            }
            try {
                int exit = SpringContexts.withLauncher(warehouse.warehouse, Map.of(),
                        launcher -> launcher.run(next.toLocalDate(), inputs),
                        execution -> RunReport.report(execution, out, spec.commandLine().getErr()));
                if (exit != 0) {
                    failures++;
                } else {
                    writeReport(next.toLocalDate(), out, server);
                }
            } catch (RunLock.RunInProgressException e) {
                log.warn("Skipping the run of {}: {}", next, e.getMessage());
            } catch (Exception e) {
                failures++;
                log.error("The run of {} failed: {}", next, StatementWarehouseCommand.rootMessage(e));
            }
        }
        return failures == 0 ? 0 : 1;
    }

    /**
     * Every scheduled run ends with its report: reports/<run-date>.html beside the warehouse. While the explorer
     * serves, the report reads through its database (a read-only one beside it would be refused by DuckDB).
     */
    private void writeReport(java.time.LocalDate runDate, PrintWriter out, ExplorerServer server) {
        Path target = ReportCommand.defaultPath(warehouse.warehouse, runDate);
        try {
            if (server != null) {
                server.access().read(c -> new NightlyReport(c).write(target));
            } else {
                try (java.sql.Connection c = new Warehouse(warehouse.warehouse).openReadOnly()) {
                    new NightlyReport(c).write(target);
                }
            }
            out.println("Report written to " + target);
        } catch (Exception e) {
            log.error("Writing the report {} failed: {}", target, StatementWarehouseCommand.rootMessage(e));
        }
    }

    private static void sleepUntil(LocalDateTime when) throws InterruptedException {
        while (true) {
            long millis = Duration.between(LocalDateTime.now(), when).toMillis();
            if (millis <= 0) {
                return;
            }
            Thread.sleep(Math.min(millis, 60_000));
        }
    }
}
