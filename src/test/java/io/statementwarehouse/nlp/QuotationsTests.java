package io.statementwarehouse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which sentences stand inside a quotation: curly and straight marks, a quotation over paragraphs, one left open. */
class QuotationsTests {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private boolean[] inside(String body) {
        List<Sentence> sentences = splitter.split(body, 0);
        return Quotations.inside(body, sentences);
    }

    @Test
    void aQuotationOverSentencesAndParagraphs() {
        String body = "\u201cWe are partners,\u201d the minister said. The talks lasted an hour.\n\n"
                + "\u201cWe will deepen our cooperation. We also look forward to the summit.\u201d\n\n"
                + "The two sides signed three agreements.";
        assertThat(inside(body)).containsExactly(true, false, true, true, false);
    }

    @Test
    void straightMarksAndAQuotationLeftOpenAtItsParagraphsEnd() {
        // the press's convention: each paragraph of a long quotation opens with a mark, only the last one closes; a mark left
        // open does not run into the next paragraph unless it opens again
        String body = "He said: \"We will stay the course. Our support is firm.\n\n"
                + "The ministry issued a statement.\n\n"
                + "She added that \"the door is open\" to talks. Nothing else was said.";
        assertThat(inside(body)).containsExactly(false, true, false, false, false);
    }
}
