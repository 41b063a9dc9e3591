package io.statementwarehouse.job;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of a load, under {@code sw.*}. {@code failAfterChunks} is a test-only switch: when
 * positive, the writer commits that many chunks to DuckDB and then fails once, after writing the
 * next chunk's rows but before Spring Batch commits its position: the worst moment for a crash.
 */
@ConfigurationProperties("sw")
public record WarehouseProperties(Path warehouse, Integer chunkSize, Integer maxRecordBytes, Integer failAfterChunks) {

    public WarehouseProperties {
        warehouse = warehouse == null ? Path.of("warehouse/statements.duckdb") : warehouse;
        chunkSize = chunkSize == null ? 100 : chunkSize;
        maxRecordBytes = maxRecordBytes == null ? 4 * 1024 * 1024 : maxRecordBytes;
        failAfterChunks = failAfterChunks == null ? -1 : failAfterChunks;
    }
}
