package io.statementwarehouse.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import io.statementwarehouse.remote.RemoteProfiles;

/**
 * Starts, continues and restarts runs. A run is identified by its run date and input. Running the
 * same run date and input again:
 * <ul>
 * <li>after a failed or stopped run restarts it where it stopped;</li>
 * <li>after a run killed outright (still marked STARTED) first marks it failed, then restarts it;</li>
 * <li>after a completed run starts a new attempt, which finds nothing new: nightly cron lines and
 * manual reruns never trip over "instance already complete".</li>
 * </ul>
 * The caller holds the warehouse's {@link RunLock}: one run at a time.
 */
@Component
public class RunLauncher {

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final WarehouseProperties properties;

    /** Whether this process is the manager of a distributed load (its partitions go to worker processes). */
    private final boolean manager;

    public RunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job loadStatementsJob, WarehouseProperties properties,
                       Environment environment) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = loadStatementsJob;
        this.properties = properties;
        this.manager = environment.matchesProfiles(RemoteProfiles.MANAGER);
    }

    public JobExecution run(LocalDate runDate, List<Path> inputs) throws Exception {
        return startOrContinue(runDate, inputs);
    }

    /** Restarts the most recent run that did not complete; empty when there is none. */
    public Optional<JobExecution> restartLast() throws Exception {
        JobInstance instance = jobRepository.getLastJobInstance(JobKeys.JOB_NAME);
        if (instance == null) {
            return Optional.empty();
        }
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last == null || last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
            return Optional.empty();
        }
        return Optional.of(restart(last));
    }

    /** Asks every running execution to stop at its next chunk boundary (the position is saved; restart continues). */
    public void stopRunning() {
        for (JobExecution running : jobRepository.findRunningJobExecutions(JobKeys.JOB_NAME)) {
            try {
                log.warn("Stop requested: run {} stops at the next chunk boundary", running.getJobInstance().getInstanceId());
                jobOperator.stop(running);
            } catch (Exception e) {
                log.warn("Stopping run {} failed: {}", running.getJobInstance().getInstanceId(), e.getMessage());
            }
        }
    }

    private JobExecution startOrContinue(LocalDate runDate, List<Path> inputs) throws Exception {
        String input = inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).collect(Collectors.joining(java.io.File.pathSeparator));
        Optional<JobExecution> previous = lastExecutionOf(runDate.toString(), input);
        if (previous.isPresent()) {
            JobExecution last = previous.get();
            if (last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED) {
                log.info("Run {} of {} did not complete ({}): restarting it", last.getJobInstance().getInstanceId(), runDate, last.getStatus());
                return restart(last);
            }
        }
        long attempt = previous.map(e -> e.getJobParameters().getLong(JobKeys.ATTEMPT, 0L) + 1).orElse(1L);
        JobParameters params = new JobParametersBuilder()
                .addString(JobKeys.RUN_DATE, runDate.toString())
                .addString(JobKeys.INPUT, input)
                .addLong(JobKeys.ATTEMPT, attempt)
                .addString(JobKeys.WAREHOUSE, properties.warehouse().toAbsolutePath().toString(), false)
                .addString(JobKeys.LOADED_BY, manager ? JobKeys.LOADED_BY_WORKERS : JobKeys.LOADED_BY_THREADS, false)
                .toJobParameters();
        return jobOperator.start(job, params);
    }

    private JobExecution restart(JobExecution last) throws Exception {
        boolean byWorkers = JobKeys.LOADED_BY_WORKERS.equals(last.getJobParameters().getString(JobKeys.LOADED_BY));
        if (byWorkers != manager) {
            // The workers' parts of the run are merged only by a manager; a run of threads has nothing to merge.
            throw new IllegalStateException("run " + last.getJobInstance().getInstanceId() + " was loaded by "
                    + (byWorkers ? "worker processes: restart it with --job-repository, --broker and --shared-dir, as it ran"
                    : "threads in one process: restart it without --broker"));
        }
        if (last.getStatus().isRunning()) {
            // Only one process can hold the warehouse, and this one does: the run marked STARTED died (kill -9, power loss).
            log.info("Run {} is marked {} but no process runs it: marking it failed first", last.getJobInstance().getInstanceId(),
                    last.getStatus());
            last.setStatus(BatchStatus.FAILED);
            last.setEndTime(LocalDateTime.now());
            jobRepository.update(last);
        }
        // Partitions still marked as running: their process died (kill -9), or the manager stopped waiting for a worker
        // that did. Spring Batch restarts only partitions marked ended; a worker that is in fact still running one finds
        // its execution changed under it at its next chunk and stops (the repository's optimistic lock).
        for (StepExecution step : last.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                log.info("Partition {} of run {} is marked {}: marking it failed, to be run again from its last saved chunk",
                        step.getStepName(), last.getJobInstance().getInstanceId(), step.getStatus());
                step.setStatus(BatchStatus.FAILED);
                step.setEndTime(LocalDateTime.now());
                jobRepository.update(step);
            }
        }
        return jobOperator.restart(last);
    }

    private Optional<JobExecution> lastExecutionOf(String runDate, String input) {
        List<JobInstance> instances = jobRepository.findJobInstances(JobKeys.JOB_NAME);
        return instances.stream()
                .map(jobRepository::getLastJobExecution)
                .filter(e -> e != null && runDate.equals(e.getJobParameters().getString(JobKeys.RUN_DATE))
                        && input.equals(e.getJobParameters().getString(JobKeys.INPUT)))
                .max(Comparator.comparingLong(e -> e.getJobParameters().getLong(JobKeys.ATTEMPT, 0L)));
    }

    /** The most recent executions, newest first. */
    public List<JobExecution> recentExecutions(int limit) {
        return jobRepository.getJobInstances(JobKeys.JOB_NAME, 0, limit).stream()
                .flatMap(i -> jobRepository.getJobExecutions(i).stream())
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .limit(limit)
                .toList();
    }
}
