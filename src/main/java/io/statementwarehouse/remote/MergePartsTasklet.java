package io.statementwarehouse.remote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.statementwarehouse.job.WarehouseSession;
import io.statementwarehouse.warehouse.PartMerger;

/**
 * The manager's step after the remote load: merges the run's part files into the warehouse (one transaction, see
 * {@link PartMerger}), then removes them. Run again after a crash, it skips the parts recorded as merged and only
 * removes what is left.
 */
public class MergePartsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(MergePartsTasklet.class);

    /** A live worker closes its part within seconds of completing the partition (a checkpoint of what it wrote). */
    private static final java.time.Duration LOCK_WAIT = java.time.Duration.ofMinutes(5);

    private final WarehouseSession session;
    private final PartFiles partFiles;

    public MergePartsTasklet(WarehouseSession session, PartFiles partFiles) {
        this.session = session;
        this.partFiles = partFiles;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long runId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        List<Path> parts = partFiles.parts(runId);
        long started = System.nanoTime();
        PartMerger.Outcome outcome = new PartMerger(session.connection(), LOCK_WAIT).merge(parts, runId);
        long mergedNanos = System.nanoTime() - started;
        for (Path part : parts) {
            try {
                partFiles.remove(part);
            } catch (IOException e) {
                // Merged and recorded: a file left behind is skipped by the next merge. Say so, and go on.
                log.warn("Could not remove the merged part {}: {}", part, e.getMessage());
            }
        }
        contribution.incrementWriteCount(outcome.releasesKept());
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putLong("merge.nanos", mergedNanos);
        log.info("Merged {} parts of run {} ({} merged before): {} releases kept, {} copies listed, in {} ms", outcome.partsMerged(),
                runId, outcome.partsMergedBefore(), outcome.releasesKept(), outcome.copies(), mergedNanos / 1_000_000);
        return RepeatStatus.FINISHED;
    }
}
