package io.statementwarehouse.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens the right {@link RecordSource} for a file's format, decompressing .gz on the fly. */
public final class RecordSources {

    private RecordSources() {
    }

    public static RecordSource open(InputFile file, IngestLimits limits) throws IOException {
        return open(file, limits, null);
    }

    /** As {@link #open(InputFile, IngestLimits)}, counting the file's bytes read into {@code counter} when given. */
    public static RecordSource open(InputFile file, IngestLimits limits, java.util.function.LongConsumer counter) throws IOException {
        InputStream in = openStream(Path.of(file.path()), file.gzip(), counter);
        try {
            return switch (file.format()) {
                case JSONL -> new JsonlRecordSource(file.path(), in, limits);
                case CSV -> new CsvRecordSource(file.path(), in, limits);
                case TXT -> new TextRecordSource(file.path(), in, limits);
            };
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    static InputStream openStream(Path path, boolean gzip, java.util.function.LongConsumer counter) throws IOException {
        InputStream file = Files.newInputStream(path);
        if (counter != null) {
            file = new CountingInputStream(file, counter);
        }
        InputStream raw = new BufferedInputStream(file, 1 << 16);
        if (!gzip) {
            return raw;
        }
        try {
            // No buffer on top: BufferedInputStream.read keeps reading while available() > 0 and would drop
            // the bytes it already had when a truncated stream then throws.
            return new GZIPInputStream(raw, 1 << 16);
        } catch (IOException e) {
            raw.close();
            throw new IOException("not a valid gzip file: " + e.getMessage(), e);
        }
    }

    /** Text of a file name without its format extensions: "a/b/000_x.txt.gz" gives "000_x". */
    public static String baseName(String path) {
        String name = Path.of(path).getFileName().toString();
        if (name.toLowerCase().endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
