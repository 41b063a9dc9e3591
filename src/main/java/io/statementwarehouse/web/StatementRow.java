package io.statementwarehouse.web;

import java.time.LocalDate;
import java.util.List;

/** One statement as the Statements and Pair pages show it. */
public record StatementRow(long releaseKey, int sentenceNo, String sentence, String cls, String polarity, String scope, String speaker,
                           Double confidence, String cue, String rule, LocalDate publishedDate, String sourceId, String source,
                           String title, List<String> committers, List<String> counterparts, List<String> topics) {

    /** The release page, scrolled to this sentence and marking it. */
    public String releaseLink() {
        return ReleaseLinks.sentence(releaseKey, sentenceNo);
    }

    public CueHighlight highlighted() {
        return CueHighlight.of(sentence, cue);
    }

    public String titleOrId() {
        return title == null || title.isBlank() ? sourceId : title;
    }
}
