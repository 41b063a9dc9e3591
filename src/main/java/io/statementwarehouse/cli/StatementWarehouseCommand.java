package io.statementwarehouse.cli;

import java.nio.file.Path;

import io.statementwarehouse.remote.RemoteEndpoints;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command: {@code statement-warehouse <command> [options]}; no command means {@code run}. */
@Command(name = "statement-warehouse", mixinStandardHelpOptions = true, version = "statement-warehouse 0.1.0",
        description = "Loads diplomatic statements into a DuckDB star schema and queries it.",
        subcommands = {RunCommand.class, WorkerCommand.class, RestartCommand.class, StatusCommand.class, QueryCommand.class,
                EvaluateCommand.class, ScheduleCommand.class, ServeCommand.class, ReportCommand.class, ExportCommand.class, BenchCommand.class,
                TrainCommand.class,
                CommandLine.HelpCommand.class})
public class StatementWarehouseCommand implements Runnable {

    /** Options every command takes. */
    public static class WarehouseOption {
        @Option(names = "--warehouse", paramLabel = "FILE", defaultValue = "warehouse/statements.duckdb",
                description = "The DuckDB warehouse file [default: ${DEFAULT-VALUE}]. Its job history lives beside it.")
        public Path warehouse;
    }

    @Override
    public void run() {
        // no subcommand: handled in execute()
    }

    public static int execute(String... args) {
        return commandLine().execute(args.length == 0 ? new String[] {"run"} : args);
    }

    /** The command line as users get it: enum values in any case, a failure as one "error:" line and exit 2. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new StatementWarehouseCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + rootMessage(e));
            return 2;
        });
        return cli;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            if ((t instanceof java.sql.SQLException || t instanceof RemoteEndpoints.RemoteUnavailableException) && t.getMessage() != null) {
                break; // the sentence meant for the user; its causes are in the log
            }
            t = t.getCause();
        }
        if (t.getMessage() != null) {
            return t.getMessage();
        }
        // No sentence for the user: a defect. Say where, so that a report of it can be acted on.
        StackTraceElement[] at = t.getStackTrace();
        return t.getClass().getSimpleName() + (at.length == 0 ? "" : " at " + at[0]);
    }
}
