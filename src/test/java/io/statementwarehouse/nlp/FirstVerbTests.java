package io.statementwarehouse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The word-by-word search of {@link FirstVerb} must give the first match of its regular expression, on every span. */
class FirstVerbTests {

    @Test
    void findsTheFirstVerbOfTheSpan() {
        String s = "the united states and china agreed to expand trade";
        assertThat(FirstVerb.in(s, 0, s.length())).isEqualTo(s.indexOf("agreed"));
        assertThat(FirstVerb.in(s, 0, s.indexOf("agreed"))).isEqualTo(-1); // "united" is no verb
        assertThat(FirstVerb.in(s, s.indexOf("greed"), s.length())).isEqualTo(s.indexOf("greed")); // the span's start is a word start
        String t = "the minister willed it";
        assertThat(FirstVerb.in(t, 0, t.length())).isEqualTo(t.indexOf("willed"));
    }

    @Test
    void sameAsTheRegularExpressionOnRealSentences() throws IOException {
        int compared = 0;
        for (String sentence : AnchoredPatternTests.sentences()) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            for (int from = 0; from < lower.length(); from += 7) {
                for (int to = from; to <= lower.length(); to += 11) {
                    assertThat(FirstVerb.in(lower, from, to)).as("%s [%d, %d)", lower, from, to)
                            .isEqualTo(FirstVerb.byPattern(lower, from, to));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    /** Text made of the characters where {@code \w} and {@code \b} disagree: non-ASCII letters, marks, '_', digits, surrogates. */
    @Test
    void sameAsTheRegularExpressionOnTheEdgesOfItsWordClasses() {
        String[] pieces = {"ed", "red", "will", "is", "had", "held", "walked", "_", "é", "\u0301", "\u0300\u0301", "1", "x", " ", ".",
                "-", "\uD835\uDC00", "\uD83D\uDE00", "İ", "\u00A0", "united", "seed", "agreed", "\n"};
        Random random = new Random(15);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            assertThat(FirstVerb.in(text, from, to)).as("'%s' [%d, %d)", text, from, to).isEqualTo(FirstVerb.byPattern(text, from, to));
        }
    }
}
