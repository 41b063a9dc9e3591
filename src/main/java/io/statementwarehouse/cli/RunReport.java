package io.statementwarehouse.cli;

import java.io.PrintWriter;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import io.statementwarehouse.job.JobKeys;
import io.statementwarehouse.job.RunSummary;

/** Prints the outcome of a run and turns it into an exit status: 0 only for a completed run. */
final class RunReport {

    private RunReport() {
    }

    static int report(JobExecution execution, PrintWriter out, PrintWriter err) {
        Object summary = execution.getExecutionContext().get(JobKeys.SUMMARY);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            if (summary instanceof RunSummary s) {
                out.print(s.render());
            }
            out.flush();
            return 0;
        }
        String reason = execution.getAllFailureExceptions().stream()
                .map(StatementWarehouseCommand::rootMessage).findFirst().orElse(execution.getExitStatus().getExitDescription());
        err.printf("Run %d ended %s: %s%n", execution.getJobInstance().getInstanceId(), execution.getStatus(),
                reason == null || reason.isBlank() ? "see the log beside the warehouse" : firstLine(reason));
        if (execution.getStatus() == org.springframework.batch.core.BatchStatus.STOPPED) {
            err.println("It was stopped on request; `restart` (or `run` again with the same run date) continues where it stopped.");
        } else {
            err.println("Fix the cause, then `restart` (or `run` again with the same run date): it resumes where it stopped.");
        }
        err.flush();
        return 1;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
