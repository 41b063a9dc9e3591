package io.statementwarehouse.ingest;

import java.io.Closeable;
import java.io.IOException;

/**
 * Sequential access to the records of one input file. {@link #next()} never throws for bad data:
 * a record that cannot be read comes back as a {@link RejectedRecord}; null means the file is done.
 */
public interface RecordSource extends Closeable {

    InputRecord next();

    /** Skips records already handled by an earlier attempt (restart), keeping per-file state such as ids seen. */
    default void skip(long records) {
        for (long i = 0; i < records && next() != null; i++) {
            // reading is the only way to find record boundaries in a stream
        }
    }

    @Override
    void close() throws IOException;
}
