package io.statementwarehouse.job;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test-only crash of {@link WarehouseProperties#failAfterChunks()}: fires once per process, at the point
 * {@link WarehouseProperties#failPoint()} names, once that many chunks were committed to DuckDB:
 * <ul>
 * <li>{@code after-chunk} (the default): after the next chunk's rows were committed to DuckDB, before Spring Batch
 * commits its position in the job repository (the worst moment: the chunk is replayed);</li>
 * <li>{@code before-chunk}: before the next chunk reaches DuckDB;</li>
 * <li>{@code after-copies}: once the load is over and the copies were settled in DuckDB, before that step is recorded
 * as complete.</li>
 * </ul>
 */
public class FailureInjector {

    public static final String AFTER_CHUNK = "after-chunk";
    public static final String BEFORE_CHUNK = "before-chunk";
    public static final String AFTER_COPIES = "after-copies";

    private final int failAfterChunks;
    private final String point;
    private final AtomicInteger chunks = new AtomicInteger();
    private final AtomicBoolean fired = new AtomicBoolean();

    public FailureInjector(int failAfterChunks, String point) {
        this.failAfterChunks = failAfterChunks;
        this.point = point == null || point.isBlank() ? AFTER_CHUNK : point;
    }

    /** Called before a chunk's rows are written. */
    public void beforeChunkWritten() {
        if (point.equals(BEFORE_CHUNK) && failAfterChunks >= 0 && chunks.get() >= failAfterChunks) {
            fire();
        }
    }

    /** Called after a chunk's rows are committed to DuckDB. */
    public void afterChunkWritten() {
        int committed = chunks.incrementAndGet();
        if (point.equals(AFTER_CHUNK) && failAfterChunks >= 0 && committed > failAfterChunks) {
            fire();
        }
    }

    /** Called after the copies were settled and committed to DuckDB. */
    public void afterCopiesResolved() {
        if (point.equals(AFTER_COPIES) && failAfterChunks >= 0 && chunks.get() >= failAfterChunks) {
            fire();
        }
    }

    private void fire() {
        if (fired.compareAndSet(false, true)) {
            throw new InjectedFailureException("injected failure (" + point + ") after " + failAfterChunks
                    + " chunks (sw.fail-after-chunks, sw.fail-point)");
        }
    }

    public static class InjectedFailureException extends RuntimeException {
        public InjectedFailureException(String message) {
            super(message);
        }
    }
}
