package io.statementwarehouse.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The three input formats, each optionally gzip-compressed; chosen by file name. */
public enum InputFormat {
    TXT, CSV, JSONL;

    public static Optional<InputFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".txt")) return Optional.of(TXT);
        if (name.endsWith(".csv")) return Optional.of(CSV);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return Optional.of(JSONL);
        return Optional.empty();
    }

    public static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
