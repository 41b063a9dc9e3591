package io.statementwarehouse.ingest;

/** A record (or a whole file, record 0) that could not be turned into a release, and why. */
public record RejectedRecord(String file, long recordNo, String reason, String excerpt) implements InputRecord {

    private static final int EXCERPT_CHARS = 200;

    public static RejectedRecord of(String file, long recordNo, String reason, String rawText) {
        return new RejectedRecord(file, recordNo, reason, excerpt(rawText));
    }

    public static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        String oneLine = text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "?").replaceAll("\\s+", " ").strip();
        return oneLine.length() <= EXCERPT_CHARS ? oneLine : oneLine.substring(0, EXCERPT_CHARS) + "...";
    }
}
