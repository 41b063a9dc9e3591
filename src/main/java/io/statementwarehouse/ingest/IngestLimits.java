package io.statementwarehouse.ingest;

/**
 * Size limits that keep one bad record from exhausting memory: a record (a JSONL line, a CSV row, a
 * text file) longer than {@code maxRecordBytes} once decompressed is rejected, not loaded.
 */
public record IngestLimits(int maxRecordBytes) {

    public static final IngestLimits DEFAULT = new IngestLimits(4 * 1024 * 1024);
}
