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

    public WarehouseItemWriter(WarehouseSession session, long runId, FailureInjector failures) {
        this.session = session;
        this.runId = runId;
        this.failures = failures;
    }

    @Override
    public void write(Chunk<? extends LoadItem> chunk) {
        try {
            new ChunkWriter(session.connection()).write(chunk.getItems(), runId);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("writing a chunk to the warehouse failed: " + e.getMessage(), e);
        }
        failures.afterChunkWritten();
    }
}
