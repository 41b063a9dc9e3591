package io.statementwarehouse.job;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.dao.DataAccessResourceFailureException;

import io.statementwarehouse.warehouse.ChunkWriter;
import io.statementwarehouse.warehouse.LoadItem;

/**
 * Writes each chunk to DuckDB in one transaction through {@link ChunkWriter} (idempotent by release key),
 * on a connection of its own: partitions write in parallel. Partitions do not write the same rows (new sources are
 * added one writer at a time, chunks with the same release key one after the other); should DuckDB still abort a
 * transaction for a conflict, the chunk is written again: replaying a chunk is harmless.
 */
public class WarehouseItemWriter implements ItemStreamWriter<LoadItem> {

    private static final int ATTEMPTS = 5;

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

    private Connection connection;

    /** Time spent in the warehouse's writes, kept in the step's context so that a benchmark can tell it from the analysis. */
    private long writeNanos;

    /** Releases stored again (a rerun file, a replayed chunk): the run's publication then recounts from scratch. */
    private long replaced;

    @Override
    public void open(ExecutionContext executionContext) {
        writeNanos = executionContext.getLong(JobKeys.WRITER_NANOS, 0L);
        replaced = executionContext.getLong(JobKeys.RELEASES_REPLACED, 0L);
        try {
            connection = session.newConnection();
        } catch (SQLException e) {
            throw new ItemStreamException("cannot open the warehouse: " + e.getMessage(), e);
        }
    }

    @Override
    public void update(ExecutionContext executionContext) {
        executionContext.putLong(JobKeys.WRITER_NANOS, writeNanos);
        executionContext.putLong(JobKeys.RELEASES_REPLACED, replaced);
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the chunks were committed or rolled back already; nothing is left to lose
            }
            connection = null;
        }
    }

    @Override
    public void write(Chunk<? extends LoadItem> chunk) {
        failures.beforeChunkWritten();
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                replaced += new ChunkWriter(connection, session.sources(), session.knownReleases(), session.keyLocks()).write(chunk.getItems(), runId);
                break;
            } catch (SQLException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw new DataAccessResourceFailureException("writing a chunk to the warehouse failed: " + e.getMessage(), e);
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new DataAccessResourceFailureException("interrupted while writing a chunk", e);
                }
            }
        }
        writeNanos += System.nanoTime() - started;
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

    /** Two transactions touched the same rows; DuckDB aborted this one, and it can simply run again. */
    private static boolean isConflict(SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase();
        return message.contains("conflict") || message.contains("no transaction is active") || message.contains("failed to commit");
    }

    /** More records were rejected than the configured limit allows: something is wrong with the feed as a whole. */
    public static class RejectLimitExceededException extends RuntimeException {
        RejectLimitExceededException(long rejects, long limit) {
            super(rejects + " records rejected, more than the limit of " + limit
                    + " (--max-rejects); see etl_reject, fix or remove the bad input, then restart");
        }
    }
}
