package io.statementwarehouse.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;


import io.statementwarehouse.remote.RemoteProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Load the releases under the input paths into the warehouse.",
                "Running the same run date again after a failure restarts that run where it stopped; "
                        + "after a completed run it is a new run that loads only new or changed files."})
public class RunCommand implements Callable<Integer> {

    @Mixin
    StatementWarehouseCommand.WarehouseOption warehouse = new StatementWarehouseCommand.WarehouseOption();

    @Option(names = "--input", paramLabel = "PATH", arity = "1..*", defaultValue = "input",
            description = "Files or directories (searched recursively) of .txt, .csv, .jsonl, each optionally .gz [default: ${DEFAULT-VALUE}]")
    List<Path> inputs;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", description = "The run date [default: today]")
    LocalDate runDate;

    @Option(names = "--chunk-size", paramLabel = "N", description = "Releases per chunk (one DuckDB transaction) [default: 500]")
    Integer chunkSize;

    @Option(names = "--threads", paramLabel = "T", description = "Partitions (files) loaded at once [default: one per core]")
    Integer threads;

    @Option(names = "--max-rejects", paramLabel = "N",
            description = "Fail the run once more than N records are rejected; -1 for no limit [default: 1000]")
    Long maxRejects;

    @Option(names = "--max-record-bytes", paramLabel = "N",
            description = "Reject a record (a JSONL line, a CSV row, a text file) larger than N bytes [default: 4194304]")
    Integer maxRecordBytes;

    @Option(names = "--workers", paramLabel = "N",
            description = "Send the load to N worker processes (the `worker` command, on any machine) through the broker, "
                    + "as N partitions; needs --job-repository, --broker and --shared-dir")
    Integer workers;

    @Option(names = "--partition-timeout", paramLabel = "DURATION",
            description = "With --workers: how long to wait for the partitions before the run fails (30m, 2h, ...) [default: 24h]")
    String partitionTimeout;

    @Mixin
    RemoteOptions remote = new RemoteOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!InputPaths.allExist(inputs, spec.commandLine().getErr())) {
            return InputPaths.USAGE_ERROR;
        }
        Map<String, Object> extra = new java.util.HashMap<>();
        if (chunkSize != null) {
            extra.put("sw.chunk-size", chunkSize);
        }
        if (maxRejects != null) {
            extra.put("sw.max-rejects", maxRejects);
        }
        if (threads != null) {
            extra.put("sw.threads", threads);
        }
        if (maxRecordBytes != null) {
            extra.put("sw.max-record-bytes", maxRecordBytes);
        }
        if (workers != null) {
            extra.putAll(remote.properties(RemoteProfiles.MANAGER));
            extra.put("sw.remote.partitions", workers);
            if (partitionTimeout != null) {
                extra.put("sw.remote.partition-timeout", partitionTimeout);
            }
        } else if (remote.sharedRepository()) {
            extra.putAll(remote.repositoryProperties());
        }
        return SpringContexts.withLauncher(warehouse.warehouse, extra,
                launcher -> launcher.run(runDate == null ? LocalDate.now() : runDate, inputs),
                execution -> RunReport.report(execution, spec.commandLine().getOut(), spec.commandLine().getErr()));
    }
}
