package io.statementwarehouse.job;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** The test-only crash of {@link WarehouseProperties#failAfterChunks()}: fires once per process. */
public class FailureInjector {

    private final int failAfterChunks;
    private final AtomicInteger chunks = new AtomicInteger();
    private final AtomicBoolean fired = new AtomicBoolean();

    public FailureInjector(int failAfterChunks) {
        this.failAfterChunks = failAfterChunks;
    }

    /** Called after a chunk's rows are committed to DuckDB. */
    public void afterChunkWritten() {
        if (failAfterChunks >= 0 && chunks.incrementAndGet() > failAfterChunks && fired.compareAndSet(false, true)) {
            throw new InjectedFailureException("injected failure after " + failAfterChunks + " chunks (sw.fail-after-chunks)");
        }
    }

    public static class InjectedFailureException extends RuntimeException {
        public InjectedFailureException(String message) {
            super(message);
        }
    }
}
