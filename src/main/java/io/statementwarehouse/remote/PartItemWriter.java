package io.statementwarehouse.remote;

import java.nio.file.Path;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import io.statementwarehouse.job.FailureInjector;
import io.statementwarehouse.job.WarehouseItemWriter;
import io.statementwarehouse.job.WarehouseProperties;
import io.statementwarehouse.job.WarehouseSession;
import io.statementwarehouse.nlp.ReferenceData;
import io.statementwarehouse.warehouse.LoadItem;
import io.statementwarehouse.warehouse.Warehouse;

/**
 * A worker's writer: the same idempotent chunk writer as in one process, into a DuckDB part file of this
 * partition execution's own (the warehouse's schema, applied when it opens). When the partition ends, the part is
 * closed, which writes its log into the file: the manager then reads a finished file.
 */
public class PartItemWriter implements ItemStreamWriter<LoadItem> {

    private static final Logger log = LoggerFactory.getLogger(PartItemWriter.class);

    private final Path part;
    private final WarehouseSession session;
    private final WarehouseItemWriter writer;

    public PartItemWriter(Path part, ReferenceData reference, WarehouseProperties properties, FailureInjector failures, long runId) {
        this.part = part;
        this.session = new WarehouseSession(new Warehouse(part), reference, properties);
        this.writer = new WarehouseItemWriter(session, runId, failures, properties.maxRejects(), properties.chunkDelayMillis());
    }

    @Override
    public void open(ExecutionContext executionContext) {
        log.info("Writing this partition into {}", part);
        writer.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        writer.update(executionContext);
    }

    @Override
    public void write(Chunk<? extends LoadItem> chunk) {
        writer.write(chunk);
    }

    @Override
    public void close() {
        writer.close();
        try {
            session.checkpointByClosing();
        } catch (SQLException e) {
            throw new ItemStreamException("cannot close the part " + part + ": " + e.getMessage(), e);
        }
    }
}
