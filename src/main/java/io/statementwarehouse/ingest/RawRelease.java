package io.statementwarehouse.ingest;

/**
 * One record of an input file, before any interpretation. {@code published} is the raw date
 * field (JSONL {@code date}, CSV {@code published}); for the text format it is null and the header
 * lines stay at the top of {@code body} for the parser. Record numbers start at 1.
 */
public record RawRelease(String file, long recordNo, InputFormat format, String sourceId, String source,
                         String published, String title, String url, String body) implements InputRecord {
}
