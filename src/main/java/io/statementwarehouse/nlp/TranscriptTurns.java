package io.statementwarehouse.nlp;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of a transcript (press briefings, a foreign ministry's regular press conference, remarks with questions,
 * background calls): a paragraph that opens with a speaker's label ("MR PRICE:", "SECRETARY BLINKEN:", "QUESTION:",
 * "Mao Ning:", "Xinhua News Agency:", "AFP:") starts a turn that lasts until the next label. A journalist's question, a
 * moderator's or an operator's words are no side's statement ("We'll take a final question", "FBI Director Wray said
 * China will ... Do you have any comment?"), whatever they say; nor is any question. The State Department's feed alone
 * holds some 5,000 question turns.
 */
final class TranscriptTurns {

    /** A label in capitals, up to six words, then a colon: at the start of a sentence. */
    private static final Pattern CAPITALS_LABEL = Pattern.compile("^\\s*([A-Z][A-Z.'\u2019\\-]*(?:[ \\t]+[A-Z][A-Z.'\u2019\\-]*){0,5})[ \\t]*:\\s");
    /**
     * A label in any case at the start of a paragraph: a name or an outlet of up to six words, each capitalized or short
     * ("Mao Ning:", "The Paper:", "Yonhap News Agency:", "China Daily:").
     */
    private static final Pattern NAME_LABEL = Pattern.compile(
            "^\\s*((?:[A-Z][\\w.'\u2019&\\-]*|of|the|de|al|van|von|and)(?:[ \\t]+(?:[A-Z][\\w.'\u2019&\\-]*|of|the|de|al|van|von|and)){0,5})[ \\t]*:\\s");
    /** Labels of turns that are no side's: the press, the moderator of a call, its operator. */
    private static final Set<String> NO_SIDE = Set.of("QUESTION", "Q", "MODERATOR", "OPERATOR", "PARTICIPANT", "REPORTER", "JOURNALIST",
            "AUDIENCE MEMBER", "AUDIENCE", "PRESS", "MEDIA");
    /** The words of a news outlet's name: "Xinhua News Agency:", "The Paper:", "AFP:", "Bloomberg:". */
    private static final Pattern OUTLET = Pattern.compile("\\b(?:News|Agency|Times|Post|Journal|Press|TV|Television|Radio|Daily|Herald|Tribune|"
            + "Network|Broadcasting|Media|Paper|Weekly|Magazine|Reuters|AFP|AP|Bloomberg|CCTV|CGTN|CNN|BBC|NHK|Kyodo|Yonhap|Xinhua|TASS|RIA|"
            + "Sputnik|Nikkei|Asahi|Mainichi|Yomiuri|Jiji|EFE|ANSA|Anadolu|Bernama|Antara|PTI|ANI|Phoenix|VOA|RFI|DW|Al\\s+Jazeera|Al\\s+Arabiya)\\b");
    /** An office in a label: "Press Secretary Jean-Pierre:" is the speaking side's, whatever word of an outlet it has. */
    private static final Pattern OFFICE = Pattern.compile("(?i)\\b(?:secretary|minister|spokes(?:person|man|woman)|ambassador|president|"
            + "director|official|advis[eo]r|deputy|chair(?:man|woman)?|counsellor|envoy)\\b");
    /** The most sentences a question turn has: a preamble and the question. */
    private static final int QUESTION_TURN_MAX = 4;
    /** What may close a question after its mark: quotes and brackets. */
    private static final String CLOSING = "\"'\u201d\u2019)]";

    private TranscriptTurns() {
    }

    /**
     * For each sentence of a release body, whether it can hold a statement: not in a turn of the press, a moderator or an
     * operator (a turn named so, or one that ends with a question), and not a question itself.
     */
    static boolean[] canHoldStatement(String body, List<Sentence> sentences) {
        boolean[] can = new boolean[sentences.size()];
        int turnStart = -1;
        boolean noSide = false;
        for (int i = 0; i <= sentences.size(); i++) {
            String label = i < sentences.size() ? label(body, sentences.get(i)) : "";
            if (label != null) {
                // the turn before this label ends here: a short one that ends with a question is the press's (an answer
                // may end with a rhetorical question, but is rarely that short)
                if (turnStart >= 0 && (noSide || (isQuestion(sentences.get(i - 1).text()) && i - turnStart <= QUESTION_TURN_MAX))) {
                    for (int j = turnStart; j < i; j++) {
                        can[j] = false;
                    }
                }
                if (i == sentences.size()) {
                    break;
                }
                turnStart = i;
                noSide = NO_SIDE.contains(label.replace(".", "").strip()) || (OUTLET.matcher(label).find() && !OFFICE.matcher(label).find());
            }
            if (i < sentences.size()) {
                can[i] = !isQuestion(sentences.get(i).text());
            }
        }
        return can;
    }

    /** The speaker's label a sentence opens with, or null: capitals anywhere, a name at the start of a paragraph. */
    static String label(String body, Sentence sentence) {
        String text = sentence.text();
        // a label is a few words and a colon: most sentences have no colon near their start, and are not read further
        int colon = text.indexOf(':');
        if (colon < 0 || colon > LABEL_MAX) {
            return null;
        }
        Matcher m = CAPITALS_LABEL.matcher(text);
        if (m.lookingAt()) {
            return m.group(1);
        }
        if (startsParagraph(body, sentence.start())) {
            Matcher n = NAME_LABEL.matcher(text);
            if (n.lookingAt()) {
                return n.group(1);
            }
        }
        return null;
    }

    /** The farthest a label's colon can be from the start of its sentence (six words and spaces). */
    private static final int LABEL_MAX = 120;

    private static boolean startsParagraph(String body, int start) {
        int i = Math.min(start, body.length()) - 1;
        while (i >= 0 && (body.charAt(i) == ' ' || body.charAt(i) == '\t' || body.charAt(i) == '\r')) {
            i--;
        }
        return i < 0 || body.charAt(i) == '\n';
    }

    /** Whether a sentence ends with a question mark, perhaps inside closing quotes or brackets (read from its end: every sentence asks). */
    static boolean isQuestion(String sentence) {
        for (int i = sentence.length() - 1; i >= 0; i--) {
            char c = sentence.charAt(i);
            if (c == '?') {
                return true;
            }
            if (!Character.isWhitespace(c) && CLOSING.indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }
}
