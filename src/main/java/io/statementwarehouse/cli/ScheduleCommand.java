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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Stay up and run the job on a schedule (nightly at 02:00 by default), each run followed by its report",
                "(reports/<run-date>.html beside the warehouse); the run date is the date the run starts.",
                "A night whose warehouse is held by another run is skipped with a message; a failed night is reported and the",
                "next one runs as planned (restart the failed one with `restart`)."})
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
                    writeReport(next.toLocalDate(), out);
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

    /** Every scheduled run ends with its report: reports/<run-date>.html beside the warehouse. */
    private void writeReport(java.time.LocalDate runDate, PrintWriter out) {
        Path target = ReportCommand.defaultPath(warehouse.warehouse, runDate);
        try (java.sql.Connection c = new io.statementwarehouse.warehouse.Warehouse(warehouse.warehouse).openReadOnly()) {
            new io.statementwarehouse.report.NightlyReport(c).write(target);
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
