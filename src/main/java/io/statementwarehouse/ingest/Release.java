package io.statementwarehouse.ingest;

import java.time.LocalDate;

/**
 * A release after header parsing. {@code body} is the text as read (for the text format, what
 * follows the header lines); every offset in the warehouse is relative to it. {@code bodyStart}
 * is where the prose starts, after a dateline such as {@code BAKU, Nov. 14 (Xinhua) -- }, whose day is
 * {@code datelineDate} (null without one).
 */
public record Release(long releaseKey, String sourceId, String source, String title, String url,
                      LocalDate publishedDate, String datelinePlace, String body, int bodyStart,
                      String file, long recordNo, String textHash, LocalDate datelineDate) {

    /**
     * The day relative expressions ("on Wednesday", "today") count from: the dateline's day when the
     * release has one, as news agencies write from it; the publication date otherwise.
     */
    public LocalDate referenceDate() {
        return datelineDate != null ? datelineDate : publishedDate;
    }
}
