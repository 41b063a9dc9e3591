package io.statementwarehouse.job;

import java.sql.SQLException;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.DataAccessResourceFailureException;

import io.statementwarehouse.warehouse.ChunkWriter;
import io.statementwarehouse.warehouse.LoadItem;

/** Writes each chunk to DuckDB in one transaction through {@link ChunkWriter} (idempotent by release key). */
public class WarehouseItemWriter implements ItemWriter<LoadItem> {

    private final WarehouseSession session;
    private final long runId;
    private final FailureInjector failures;
    private final long maxRejects;
    private final int chunkDelayMillis;
    private long rejects;

    public WarehouseItemWriter(WarehouseSession session, long runId, FailureInjector failures, long maxRejects, int chunkDelayMillis) {
        this.session = session;
        this.runId = runId;
        this.failures = failures;
        this.maxRejects = maxRejects;
        this.chunkDelayMillis = chunkDelayMillis;
    }

    @Override
    public void write(Chunk<? extends LoadItem> chunk) {
        try {
            new ChunkWriter(session.connection()).write(chunk.getItems(), runId);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("writing a chunk to the warehouse failed: " + e.getMessage(), e);
        }
        failures.afterChunkWritten();
        // Counted per execution: a restarted run, after the input was fixed, gets the whole allowance again.
        rejects += chunk.getItems().stream().filter(LoadItem.Rejected.class::isInstance).count();
        if (maxRejects >= 0 && rejects > maxRejects) {
            throw new RejectLimitExceededException(rejects, maxRejects);
        }
        if (chunkDelayMillis > 0) {
            try {
                Thread.sleep(chunkDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** More records were rejected than the configured limit allows: something is wrong with the feed as a whole. */
    public static class RejectLimitExceededException extends RuntimeException {
        RejectLimitExceededException(long rejects, long limit) {
            super(rejects + " records rejected, more than the limit of " + limit
                    + " (--max-rejects); see etl_reject, fix or remove the bad input, then restart");
        }
    }
}
