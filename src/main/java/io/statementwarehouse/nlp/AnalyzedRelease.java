package io.statementwarehouse.nlp;

import java.time.LocalDate;
import java.util.List;

import io.statementwarehouse.ingest.Release;

/**
 * A release with everything extracted from it; {@code statements} is parallel to {@code sentences}.
 * {@code sourceHome} is the side the source speaks for (ISO3), or null.
 */
public record AnalyzedRelease(Release release, List<Sentence> sentences, List<Mention> mentions, List<Statement> statements,
                              LocalDate eventDate, String sourceHome) {

    public long commitmentCount() {
        return statements.stream().filter(s -> s.statementClass().isCommitment()).count();
    }
}
