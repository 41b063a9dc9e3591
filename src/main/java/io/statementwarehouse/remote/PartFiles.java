package io.statementwarehouse.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the parts of a run live in the shared directory: {@code run-<run id>/}, one DuckDB file per partition
 * execution and worker process, named {@code <partition step>.<step execution id>.<worker>.duckdb}. A partition
 * taken over by another worker (the first one died) continues in a file of the second worker's own: DuckDB allows
 * one writer per file, and the dead worker's file keeps what it committed.
 */
public final class PartFiles {

    static final String SUFFIX = ".duckdb";

    private final Path sharedDir;

    public PartFiles(Path sharedDir) {
        this.sharedDir = sharedDir.toAbsolutePath().normalize();
    }

    public Path runDir(long runId) {
        return sharedDir.resolve("run-" + runId);
    }

    /** A new part file for one execution of a partition by this process; never one that exists already. */
    public Path newPart(long runId, String stepName, long stepExecutionId) {
        Path dir = runDir(runId);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the part directory " + dir + ": " + e.getMessage(), e);
        }
        String base = safe(stepName) + "." + stepExecutionId + "." + workerName();
        Path part = dir.resolve(base + SUFFIX);
        for (int n = 2; Files.exists(part); n++) {
            part = dir.resolve(base + "-" + n + SUFFIX);
        }
        return part;
    }

    /** The run's part files, in name order: the order the merge reads them in (and breaks exact ties by). */
    public List<Path> parts(long runId) {
        Path dir = runDir(runId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the parts in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Removes a merged part and its write-ahead log, then the run's directory once it is empty. */
    public void remove(Path part) throws IOException {
        Files.deleteIfExists(part.resolveSibling(part.getFileName() + ".wal"));
        Files.deleteIfExists(part);
        Path dir = part.getParent();
        try (Stream<Path> left = Files.list(dir)) {
            if (left.findAny().isEmpty()) {
                Files.deleteIfExists(dir);
            }
        }
    }

    /** This process: host name and process id, enough to tell workers apart in a shared directory. */
    static String workerName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "host";
            }
        }
        return safe(host) + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
