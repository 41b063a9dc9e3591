package io.statementwarehouse.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports the bytes read so far from a file (before decompression): how far into its input a run is. */
final class CountingInputStream extends FilterInputStream {

    private final LongConsumer report;
    private long count;

    CountingInputStream(InputStream in, LongConsumer report) {
        super(in);
        this.report = report;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            report.accept(++count);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count += n;
            report.accept(count);
        }
        return n;
    }
}
