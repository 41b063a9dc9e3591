package io.statementwarehouse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TranscriptTurnsTests {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private static boolean[] read(String body) {
        return TranscriptTurns.canHoldStatement(body, SPLITTER.split(body, 0));
    }

    @Test
    void aQuestionEndsWithItsMarkPerhapsInsideQuotesOrBrackets() {
        assertThat(TranscriptTurns.isQuestion("Will the United States send more aid?")).isTrue();
        assertThat(TranscriptTurns.isQuestion("He asked: \u201cWhy now?\u201d ")).isTrue();
        assertThat(TranscriptTurns.isQuestion("(Is that so?)")).isTrue();
        assertThat(TranscriptTurns.isQuestion("He asked why the talks failed.")).isFalse();
        assertThat(TranscriptTurns.isQuestion("What next? The sides will meet again.")).isFalse();
        assertThat(TranscriptTurns.isQuestion("")).isFalse();
    }

    @Test
    void theTurnsOfThePressAndOfAModeratorHoldNoStatementTheSpeakersDo() {
        boolean[] can = read("""
                MR PRICE: We will continue to support Ukraine.

                QUESTION: A follow-up on the sanctions. The Europeans will impose more, won't they.

                MR PRICE: We will coordinate with them.

                MODERATOR: We will go to the next caller.
                """);
        assertThat(can).containsExactly(true, false, false, true, false);
    }

    @Test
    void anOutletsTurnOrAShortTurnEndingWithAQuestionIsThePresssInAnyCase() {
        boolean[] can = read("""
                Daily Example: The minister said the bank will lend more. Do you have any comment?

                Hua Ming: China will keep its policy stable. Its door will stay open.

                Jane Doe: Some say the talks will fail. What is your view?

                Hua Ming: We will keep in touch with all sides.
                """);
        assertThat(can).containsExactly(false, false, true, true, false, false, true);
    }

    @Test
    void anOfficeHolderSpeaksForASideEvenWithAnOutletsWordInTheLabel() {
        boolean[] can = read("""
                Press Secretary Jane Roe: The President will travel to Ottawa next week. He will meet the Prime Minister.

                Daily Example: Will he raise the tariffs?
                """);
        assertThat(can).containsExactly(true, true, false);
    }

    @Test
    void aColonInsideAParagraphIsNoLabel() {
        String body = "The two sides agreed on the following: they will meet again in May.";
        List<Sentence> sentences = SPLITTER.split(body, 0);
        assertThat(TranscriptTurns.label(body, sentences.get(0))).isNull();
        assertThat(read(body)).containsOnly(true);
    }
}
