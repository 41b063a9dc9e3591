package io.statementwarehouse.job;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import io.statementwarehouse.ingest.InputRecord;
import io.statementwarehouse.warehouse.LoadItem;

/**
 * Shows how a load is going: records done, rate, and time left estimated from the share of input
 * bytes read. On a terminal one line is redrawn in place; otherwise (cron, systemd, a log file) a log
 * line is written every {@value #LOG_EVERY_SECONDS} seconds.
 */
public class ProgressListener implements ChunkListener<InputRecord, LoadItem>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);
    static final long LOG_EVERY_SECONDS = 10;

    private final ReleaseFileReader reader;
    private final boolean terminal = System.console() != null;
    private long started;
    private long lastShown;
    private long records;

    public ProgressListener(ReleaseFileReader reader) {
        this.reader = reader;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        started = System.nanoTime();
        lastShown = started;
        records = 0;
    }

    @Override
    public void afterChunk(Chunk<LoadItem> chunk) {
        records += chunk.size();
        long now = System.nanoTime();
        long every = terminal ? 500_000_000L : LOG_EVERY_SECONDS * 1_000_000_000L;
        if (now - lastShown >= every) {
            lastShown = now;
            show(now, false);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (terminal && records > 0) {
            show(System.nanoTime(), true);
        }
        return stepExecution.getExitStatus();
    }

    private void show(long now, boolean last) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double fraction = reader.fractionRead();
        double rate = records / seconds;
        String left = fraction > 0.001 && fraction < 1 ? format(Duration.ofSeconds((long) (seconds * (1 - fraction) / fraction))) : "-";
        String line = String.format("%,d records, %,.0f/s, %.0f%% of input read, %s left", records, rate, fraction * 100, left);
        if (terminal) {
            System.err.print("\r" + line + (last ? "\n" : "   "));
            System.err.flush();
        } else {
            log.info("progress: {}", line);
        }
    }

    private static String format(Duration d) {
        return d.toHours() > 0 ? String.format("%dh%02dm", d.toHours(), d.toMinutesPart())
                : String.format("%dm%02ds", d.toMinutes(), d.toSecondsPart());
    }
}
