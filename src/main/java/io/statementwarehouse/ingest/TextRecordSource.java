package io.statementwarehouse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The plain-text format: one release per file. The header lines ({@code date YYYY-MM-DD Title}, the
 * optional {@code Source) HH:MM, Month D, YYYY} line) stay in the body; {@code ReleaseParser}
 * interprets them. The source id is the file name without extension.
 */
final class TextRecordSource implements RecordSource {

    private final String file;
    private final InputStream in;
    private final IngestLimits limits;
    private boolean done;

    TextRecordSource(String file, InputStream in, IngestLimits limits) {
        this.file = file;
        this.in = in;
        this.limits = limits;
    }

    @Override
    public InputRecord next() {
        if (done) {
            return null;
        }
        done = true;
        byte[] bytes;
        try {
            bytes = in.readNBytes(limits.maxRecordBytes() + 1);
        } catch (IOException e) {
            return RejectedRecord.of(file, 1, "file unreadable: " + e.getMessage(), null);
        }
        if (bytes.length == 0) {
            return RejectedRecord.of(file, 1, "empty file", null);
        }
        if (bytes.length > limits.maxRecordBytes()) {
            return RejectedRecord.of(file, 1, "record larger than the limit of " + limits.maxRecordBytes() + " bytes",
                    new String(bytes, 0, 300, StandardCharsets.ISO_8859_1));
        }
        if (StrictUtf8.looksBinary(bytes, bytes.length)) {
            return RejectedRecord.of(file, 1, "binary data, not text", new String(bytes, 0, Math.min(bytes.length, 100), StandardCharsets.ISO_8859_1));
        }
        String text = StrictUtf8.decode(bytes, bytes.length);
        if (text == null) {
            return RejectedRecord.of(file, 1, "invalid UTF-8", new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.ISO_8859_1));
        }
        if (text.isBlank()) {
            return RejectedRecord.of(file, 1, "empty file", null);
        }
        return new RawRelease(file, 1, InputFormat.TXT, RecordSources.baseName(file), null, null, null, null, text);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
