package io.statementwarehouse.cli;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;

import io.statementwarehouse.job.RunLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Restart the last failed or interrupted run (one killed with kill -9 included) where it stopped.")
public class RestartCommand implements Callable<Integer> {

    @Mixin
    StatementWarehouseCommand.WarehouseOption warehouse = new StatementWarehouseCommand.WarehouseOption();

    @picocli.CommandLine.Mixin
    RemoteOptions remote = new RemoteOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // A run of workers is restarted as it ran: its partitions go to the workers again, and their parts are merged.
        Map<String, Object> extra = remote.sharedRepository() && remote.broker != null
                ? remote.properties(io.statementwarehouse.remote.RemoteProfiles.MANAGER)
                : remote.sharedRepository() ? remote.repositoryProperties() : Map.of();
        return SpringContexts.withLauncher(warehouse.warehouse, extra, RunLauncher::restartLast, this::report);
    }

    private int report(Optional<JobExecution> execution) {
        if (execution.isEmpty()) {
            spec.commandLine().getOut().println("Nothing to restart: the last run completed (or there was none).");
            return 0;
        }
        return RunReport.report(execution.get(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
