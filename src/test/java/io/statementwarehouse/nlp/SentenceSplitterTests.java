package io.statementwarehouse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTests {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String body) {
        return splitter.split(body, 0).stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertThat(split("BAKU, Nov. 14 (Xinhua) held talks. President Joseph R. Biden, Jr. spoke with Mr. Sullivan at 10 a.m. on "
                + "Resolution No. 5 and Gen. Milley. The U.S. and Japan agreed."))
                .containsExactly("BAKU, Nov. 14 (Xinhua) held talks.",
                        "President Joseph R. Biden, Jr. spoke with Mr. Sullivan at 10 a.m. on Resolution No. 5 and Gen. Milley.",
                        "The U.S. and Japan agreed.");
    }

    @Test
    void aScheduleItemKeepsItsTimeWithIt() {
        // "9:30 a.m. Secretary Blinken meets with ...": a time opening a line is the item's, not a sentence of its own; a time
        // inside a sentence may still end it
        assertThat(split("9:30 a.m. Secretary Blinken meets with Iraqi Foreign Minister Fuad Hussein.\n\nThe meeting begins at 9 a.m. The "
                + "Secretary will then travel to Paris.")).containsExactly("9:30 a.m. Secretary Blinken meets with Iraqi Foreign Minister Fuad Hussein.",
                "The meeting begins at 9 a.m.", "The Secretary will then travel to Paris.");
    }

    @Test
    void aDottedAbbreviationEndsASentenceBeforeATypicalOpener() {
        assertThat(split("They met in the U.S. The President welcomed it.")).containsExactly("They met in the U.S.",
                "The President welcomed it.");
    }

    @Test
    void aTitleAfterACountrysDottedNameContinuesTheSentence() {
        assertThat(split("Wang held talks with U.S. Secretary of State Mike Pompeo. They agreed.")).containsExactly(
                "Wang held talks with U.S. Secretary of State Mike Pompeo.", "They agreed.");
    }

    @Test
    void paragraphBreaksAlwaysEndASentenceAndOffsetsPointIntoTheBody() {
        String body = "First line without a stop\n\nSecond paragraph. Third one!\u00A0 \"Fourth,\" he said.";
        List<Sentence> sentences = splitter.split(body, 0);
        assertThat(sentences).extracting(Sentence::text).containsExactly("First line without a stop", "Second paragraph.",
                "Third one!", "\"Fourth,\" he said.");
        for (Sentence s : sentences) {
            assertThat(body.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }
}
