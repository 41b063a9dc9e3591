package io.statementwarehouse.job;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.statementwarehouse.warehouse.StorageVersion;

/**
 * Settings of a load, under {@code sw.*}. {@code threads}: partitions loaded at once (default: one per
 * core), each with its own DuckDB connection. {@code duckdbMemoryLimit}: DuckDB's memory_limit [4GB]. {@code duckdbCheckpointThreshold}: the WAL size at which DuckDB
 * checkpoints during a load [4GB]; the load checkpoints once more at its end. {@code duckdbThreads}: DuckDB's own
 * worker threads during a load [1]. {@code duckdbStorageVersion}: the DuckDB storage version the warehouse file is
 * written in [v1.4.0: DuckDB 1.4 and later, 2.0 included, open it; {@code latest}: DuckDB's newest format, which only
 * DuckDB 2.0 and later read]; a file in a newer version is converted when the job opens it. {@code maxRejects}: a run with more rejected records than
 * this fails (negative: no limit). Two test-only switches: {@code failAfterChunks}, when not negative,
 * makes the writer commit that many chunks to DuckDB and then fail once, after writing the next chunk's
 * rows but before Spring Batch commits its position (the worst moment for a crash), or at another
 * {@code failPoint} (see {@link FailureInjector});
 * {@code chunkDelayMillis} slows each chunk down so a test can kill a run in the middle.
 */
@ConfigurationProperties("sw")
public record WarehouseProperties(Path warehouse, Integer chunkSize, Integer threads, Integer maxRecordBytes, Long maxRejects,
                                  String duckdbMemoryLimit, String duckdbCheckpointThreshold, Integer duckdbThreads, String duckdbStorageVersion,
                                  Integer failAfterChunks, String failPoint, Integer chunkDelayMillis) {

    public WarehouseProperties {
        warehouse = warehouse == null ? Path.of("warehouse/statements.duckdb") : warehouse;
        chunkSize = chunkSize == null ? 500 : chunkSize; // measured with `bench`: 100 -> 2,009, 500 -> 2,444, 2,000 -> 2,413 releases/s
        threads = threads == null || threads < 1 ? Runtime.getRuntime().availableProcessors() : threads;
        maxRecordBytes = maxRecordBytes == null ? 4 * 1024 * 1024 : maxRecordBytes;
        maxRejects = maxRejects == null ? 1000L : maxRejects;
        // 4GB: what a load holds before its checkpoint (about the WAL's size, up to the 4GB threshold) fits. At 2GB,
        // 200,000 releases came near the limit and the final checkpoint took 5.8 to 6.4 s in two loads of three,
        // against 3.1 s in all three at 4GB, with the same peak RSS (1.9 GB; bench, 200,000 releases x 3).
        duckdbMemoryLimit = duckdbMemoryLimit == null || duckdbMemoryLimit.isBlank() ? "4GB" : duckdbMemoryLimit;
        duckdbCheckpointThreshold = duckdbCheckpointThreshold == null || duckdbCheckpointThreshold.isBlank() ? "4GB"
                : duckdbCheckpointThreshold;
        duckdbThreads = duckdbThreads == null || duckdbThreads < 1 ? 1 : duckdbThreads;
        // Not DuckDB 2.0's default, which no 1.x client (CLI, Python, Node, JDBC) can open; a wrong value fails at start-up.
        duckdbStorageVersion = StorageVersion.of(duckdbStorageVersion).setting();
        failAfterChunks = failAfterChunks == null ? -1 : failAfterChunks;
        failPoint = failPoint == null || failPoint.isBlank() ? FailureInjector.AFTER_CHUNK : failPoint;
        chunkDelayMillis = chunkDelayMillis == null ? 0 : chunkDelayMillis;
    }
}
