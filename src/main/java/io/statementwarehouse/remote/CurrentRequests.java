package io.statementwarehouse.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * Lets a worker take only partition requests that are still wanted. A request stays in the broker's queue until a
 * worker finishes it; one whose run has ended in the meantime (the manager gave up waiting and the run failed; a
 * restart has sent new requests since) or whose partition completed (its worker died before acknowledging it) is
 * dropped, so that no partition is loaded twice at once.
 */
public class CurrentRequests {

    private static final Logger log = LoggerFactory.getLogger(CurrentRequests.class);

    private final JobRepository jobRepository;

    public CurrentRequests(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    public boolean isCurrent(StepExecutionRequest request) {
        StepExecution execution = jobRepository.getStepExecution(request.getStepExecutionId());
        if (execution == null) {
            log.warn("Dropping a request for step execution {}: the job repository does not know it", request.getStepExecutionId());
            return false;
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            log.info("Dropping a request for {} (execution {}): it completed already", execution.getStepName(), execution.getId());
            return false;
        }
        BatchStatus run = execution.getJobExecution().getStatus();
        if (!run.isRunning()) {
            log.info("Dropping a request for {} (execution {}): its run ended {}", execution.getStepName(), execution.getId(), run);
            return false;
        }
        if (execution.getStatus() == BatchStatus.STARTED) {
            log.warn("Taking over {} (execution {}): the worker that started it is gone; continuing from its last saved chunk",
                    execution.getStepName(), execution.getId());
        }
        return true;
    }
}
