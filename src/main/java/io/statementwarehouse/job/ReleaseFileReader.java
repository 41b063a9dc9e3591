package io.statementwarehouse.job;

import java.io.IOException;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import io.statementwarehouse.ingest.IngestLimits;
import io.statementwarehouse.ingest.InputFile;
import io.statementwarehouse.ingest.InputRecord;
import io.statementwarehouse.ingest.RecordSource;
import io.statementwarehouse.ingest.RecordSources;
import io.statementwarehouse.ingest.RejectedRecord;

/**
 * Reads the records of the discovered files in order. Its position (which file, how many of its
 * records) is saved in the step's ExecutionContext at every chunk commit, so a restarted step resumes
 * at the first record of the first uncommitted chunk. A file that cannot be opened becomes a reject.
 */
public class ReleaseFileReader implements ItemStreamReader<InputRecord> {

    static final String FILE_INDEX = "reader.file.index";
    static final String RECORDS_DONE = "reader.file.records";

    private final List<InputFile> files;
    private final IngestLimits limits;
    private int fileIndex;
    private long recordsDone;
    private RecordSource current;
    private volatile long currentFileBytes;

    private final java.util.function.LongConsumer progress;

    /** {@code progress} hears of every batch of bytes read from the files (for the progress display). */
    public ReleaseFileReader(List<InputFile> files, IngestLimits limits, java.util.function.LongConsumer progress) {
        this.files = files == null ? List.of() : files;
        this.limits = limits;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        fileIndex = context.containsKey(FILE_INDEX) ? context.getInt(FILE_INDEX) : 0;
        recordsDone = context.containsKey(RECORDS_DONE) ? context.getLong(RECORDS_DONE) : 0;
    }

    @Override
    public InputRecord read() {
        while (fileIndex < files.size()) {
            InputFile file = files.get(fileIndex);
            if (current == null) {
                try {
                    currentFileBytes = 0;
                    current = RecordSources.open(file, limits, n -> {
                        progress.accept(n - currentFileBytes);
                        currentFileBytes = n;
                    });
                } catch (IOException | RuntimeException e) {
                    nextFile();
                    return RejectedRecord.of(file.path(), 0, "file unreadable: " + e.getMessage(), null);
                }
                current.skip(recordsDone);
            }
            InputRecord record = current.next();
            if (record == null) {
                closeCurrent();
                nextFile();
                continue;
            }
            recordsDone++;
            return record;
        }
        return null;
    }

    private void nextFile() {
        currentFileBytes = 0;
        fileIndex++;
        recordsDone = 0;
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        context.putInt(FILE_INDEX, fileIndex);
        context.putLong(RECORDS_DONE, recordsDone);
    }

    @Override
    public void close() throws ItemStreamException {
        closeCurrent();
    }

    private void closeCurrent() {
        if (current != null) {
            try {
                current.close();
            } catch (IOException ignored) {
                // nothing was written through it; a failed close loses nothing
            }
            current = null;
        }
    }
}
