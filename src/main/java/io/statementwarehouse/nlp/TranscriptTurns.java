package io.statementwarehouse.nlp;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of a transcript (press briefings, remarks with questions, background calls): a paragraph that opens with a
 * speaker's label in capitals ("MR PRICE:", "SECRETARY BLINKEN:", "QUESTION:", "MODERATOR:") starts a turn that lasts
 * until the next label. A journalist's question, a moderator's or an operator's words are no side's statement ("We'll
 * take a final question", "So if you can give more details about what you plan to do"), whatever they say; nor is a
 * question, in anyone's turn. The State Department's feed alone holds some 5,000 question turns.
 */
final class TranscriptTurns {

    /** A label in capitals, up to six words, then a colon: at the start of a sentence (a paragraph starts one). */
    private static final Pattern LABEL = Pattern.compile("^\\s*([A-Z][A-Z.'\u2019\\-]*(?:[ \\t]+[A-Z][A-Z.'\u2019\\-]*){0,5})[ \\t]*:\\s");
    /** Labels of turns that are no side's: the press, the moderator of a call, its operator. */
    private static final Set<String> NO_SIDE = Set.of("QUESTION", "Q", "MODERATOR", "OPERATOR", "PARTICIPANT", "REPORTER", "JOURNALIST",
            "AUDIENCE MEMBER", "AUDIENCE", "PRESS", "MEDIA");
    /** A question mark ending a sentence, perhaps inside closing quotes or brackets. */
    private static final Pattern QUESTION_END = Pattern.compile("\\?[\"'\u201d\u2019)\\]]*\\s*$");

    private boolean noSideTurn;

    /**
     * Reads the next sentence of the release, in order, and says whether it can hold a statement: not in a turn of the
     * press, a moderator or an operator, and not a question.
     */
    boolean canHoldStatement(String sentence) {
        Matcher m = LABEL.matcher(sentence);
        if (m.find()) {
            noSideTurn = NO_SIDE.contains(m.group(1).replace(".", "").strip());
        }
        return !noSideTurn && !QUESTION_END.matcher(sentence).find();
    }
}
