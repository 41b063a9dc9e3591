package io.statementwarehouse.job;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import io.statementwarehouse.ingest.InputFile;
import io.statementwarehouse.ingest.InputRecord;
import io.statementwarehouse.warehouse.LoadItem;

/**
 * Shows how a load is going across all its partitions: records done, rate, and time left estimated from
 * the share of input bytes read. On a terminal one line is redrawn in place; otherwise (cron, systemd, a
 * log file) a log line is written every {@value #LOG_EVERY_SECONDS} seconds. Registered on the load step
 * (which starts and ends the count) and on its partitions (which report chunks and bytes).
 */
public class ProgressTracker implements ChunkListener<InputRecord, LoadItem>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressTracker.class);
    static final long LOG_EVERY_SECONDS = 10;

    private final boolean terminal = System.console() != null;
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile long totalBytes;
    private volatile long started;
    private final AtomicLong lastShown = new AtomicLong();

    @Override
    @SuppressWarnings("unchecked")
    public void beforeStep(StepExecution stepExecution) {
        if (!LoadStatementsJobConfiguration.LOAD_STEP.equals(stepExecution.getStepName())) {
            return; // a partition: the load step has started the count
        }
        Object files = stepExecution.getJobExecution().getExecutionContext().get(JobKeys.FILES);
        totalBytes = files == null ? 0 : ((List<InputFile>) files).stream().mapToLong(InputFile::size).sum();
        records.set(0);
        bytes.set(0);
        started = System.nanoTime();
        lastShown.set(started);
    }

    /** A reader read {@code delta} more bytes of its files. */
    void addBytes(long delta) {
        bytes.addAndGet(delta);
    }

    @Override
    public void afterChunk(Chunk<LoadItem> chunk) {
        records.addAndGet(chunk.size());
        long now = System.nanoTime();
        long last = lastShown.get();
        long every = terminal ? 500_000_000L : LOG_EVERY_SECONDS * 1_000_000_000L;
        if (now - last >= every && lastShown.compareAndSet(last, now)) {
            show(now, false);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (terminal && LoadStatementsJobConfiguration.LOAD_STEP.equals(stepExecution.getStepName()) && records.get() > 0) {
            show(System.nanoTime(), true);
        }
        return stepExecution.getExitStatus();
    }

    private void show(long now, boolean last) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double fraction = totalBytes == 0 ? 1 : Math.min(1.0, (double) bytes.get() / totalBytes);
        long done = records.get();
        String left = fraction > 0.001 && fraction < 1 ? format(Duration.ofSeconds((long) (seconds * (1 - fraction) / fraction))) : "-";
        String line = String.format("%,d records, %,.0f/s, %.0f%% of input read, %s left", done, done / seconds, fraction * 100, left);
        if (terminal) {
            synchronized (System.err) {
                System.err.print("\r" + line + (last ? "\n" : "   "));
                System.err.flush();
            }
        } else {
            log.info("progress: {}", line);
        }
    }

    private static String format(Duration d) {
        return d.toHours() > 0 ? String.format("%dh%02dm", d.toHours(), d.toMinutesPart())
                : String.format("%dm%02ds", d.toMinutes(), d.toSecondsPart());
    }
}
