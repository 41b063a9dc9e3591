package io.statementwarehouse.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

import io.statementwarehouse.job.JobKeys;
import io.statementwarehouse.job.RunLauncher;
import io.statementwarehouse.job.RunLock;
import io.statementwarehouse.job.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Recent runs from the job repository: status, counts, rejects and duration.")
public class StatusCommand implements Callable<Integer> {

    @Mixin
    StatementWarehouseCommand.WarehouseOption warehouse = new StatementWarehouseCommand.WarehouseOption();

    @Option(names = "--limit", defaultValue = "10", description = "How many executions [default: ${DEFAULT-VALUE}]")
    int limit;

    @Mixin
    RemoteOptions remote = new RemoteOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        java.util.Optional<String> holder = RunLock.holder(warehouse.warehouse);
        if (holder.isPresent()) {
            // The running job holds its job repository; its progress is in the log beside the warehouse.
            out.println("A run is in progress (" + holder.get() + "); its progress is in "
                    + warehouse.warehouse.toAbsolutePath().normalize().resolveSibling("statement-warehouse.log")
                    + ". The full history shows here when it ends.");
            return 0;
        }
        // Runs loaded by workers are in the shared repository (--job-repository), not in the H2 file beside the warehouse.
        Map<String, Object> extra = remote.sharedRepository() ? remote.repositoryProperties() : Map.of();
        try (ConfigurableApplicationContext ctx = SpringContexts.start(warehouse.warehouse, extra)) {
            List<JobExecution> executions = ctx.getBean(RunLauncher.class).recentExecutions(limit);
            if (executions.isEmpty()) {
                out.println("No runs yet for " + warehouse.warehouse.toAbsolutePath().normalize());
                return 0;
            }
            out.printf("%-5s %-5s %-10s %-10s %-20s %9s %9s %9s %10s %8s %10s %9s%n", "run", "exec", "run date", "status", "started",
                    "read", "written", "releases", "duplicates", "rejects", "sentences", "seconds");
            for (JobExecution e : executions) {
                long read = 0;
                long written = 0;
                for (StepExecution s : e.getStepExecutions()) {
                    if (s.getStepName().startsWith("loadPartitionStep")) {
                        read += s.getReadCount();
                        written += s.getWriteCount();
                    }
                }
                Object summary = e.getExecutionContext().get(JobKeys.SUMMARY);
                RunSummary rs = summary instanceof RunSummary r ? r : null;
                double seconds = e.getStartTime() == null ? 0
                        : Duration.between(e.getStartTime(), e.getEndTime() != null ? e.getEndTime() : java.time.LocalDateTime.now()).toMillis() / 1000.0;
                out.printf("%-5d %-5d %-10s %-10s %-20s %9d %9d %9s %10s %8s %10s %9.1f%n", e.getJobInstance().getInstanceId(), e.getId(),
                        e.getJobParameters().getString(JobKeys.RUN_DATE), e.getStatus(),
                        e.getStartTime() == null ? "" : e.getStartTime().withNano(0).toString().replace('T', ' '),
                        read, written, rs == null ? "-" : String.valueOf(rs.releases()), rs == null ? "-" : String.valueOf(rs.duplicates()),
                        rs == null ? "-" : String.valueOf(rs.rejects()), rs == null ? "-" : String.valueOf(rs.sentences()), seconds);
            }
            RunSummary latest = executions.stream().map(e -> e.getExecutionContext().get(JobKeys.SUMMARY))
                    .filter(RunSummary.class::isInstance).map(RunSummary.class::cast).findFirst().orElse(null);
            if (latest != null && !latest.topUnresolved().isEmpty()) {
                out.println("Unresolved names of the last completed run: " + String.join(", ", latest.topUnresolved()));
            }
            return 0;
        }
    }
}
