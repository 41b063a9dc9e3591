package io.statementwarehouse.nlp;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the first verb of a clause is: the first word of a text span that is one of a few verbs or ends in "-ed"
 * (and is not one of the -ed words that are no verbs here). This is what {@link #PATTERN} finds, searched word by word.
 *
 * <p>Why not the regular expression: {@code \w+ed} has no literal words a match starts with, so a search tried the
 * whole alternation at every character of the span, for every cue matched (a fortieth of the analysis in a JFR
 * profile). A match of the expression can only start where a run of ASCII word characters starts and must take the
 * whole run (every alternative is word characters up to a {@code \b}), so it is enough to look at each run once.
 * {@code FirstVerbTests} compares the two on real and generated text.
 */
final class FirstVerb {

    /** The expression this class answers for, searched in a region {@code [from, to)} with the default (opaque) bounds. */
    static final Pattern PATTERN = Pattern.compile(
            "\\b(?:will|shall|is|are|was|were|has|have|had|agreed|reaffirmed|reiterated|expressed|said|noted|committed|affirmed|"
                    + "underscored|emphasized|welcomed|discussed|highlighted|stressed|called|urged|spoke|met|held|\\w+ed)\\b");

    /** The literal verbs of {@link #PATTERN}. */
    private static final Set<String> VERBS = WordSet.of("will", "shall", "is", "are", "was", "were", "has", "have", "had", "agreed",
            "reaffirmed", "reiterated", "expressed", "said", "noted", "committed", "affirmed", "underscored", "emphasized", "welcomed",
            "discussed", "highlighted", "stressed", "called", "urged", "spoke", "met", "held");

    /** Words ending in -ed that are not verbs in this register. */
    static final Set<String> NOT_VERBS = WordSet.of("united", "based", "related", "limited", "advanced", "shared", "detained",
            "concerned", "interested", "armed", "displaced", "red", "led", "need", "speed", "seed", "feed", "bed", "hundred",
            "kindred", "sacred", "wicked", "naked", "coed");

    private FirstVerb() {
    }

    /** The start of the first verb in {@code text[from, to)}, or -1: the first match of {@link #PATTERN} whose word is no {@link #NOT_VERBS}. */
    static int in(String text, int from, int to) {
        int i = from;
        while (i < to) {
            if (!asciiWord(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && asciiWord(text.charAt(end))) {
                end++;
            }
            if ((i == from || !wordBefore(text, i, from)) && (end == to || !wordAt(text, end, from))) {
                String word = text.substring(i, end);
                boolean verb = VERBS.contains(word) || (word.length() >= 3 && word.endsWith("ed"));
                if (verb && (!NOT_VERBS.contains(word) || sharedAsVerb(text, word, end, to))) {
                    return i;
                }
            }
            i = end;
        }
        return -1;
    }

    /** The same answer from the regular expression itself, as the classifier searched before (for the tests). */
    static int byPattern(String text, int from, int to) {
        Matcher m = PATTERN.matcher(text);
        m.region(from, to);
        while (m.find()) {
            if (!NOT_VERBS.contains(m.group()) || sharedAsVerb(text, m.group(), m.end(), to)) {
                return m.start();
            }
        }
        return -1;
    }

    /**
     * "Shared" with an object after it, a determiner or a noun of what is shared ("They shared their concern about ...",
     * "the ministers shared the view that ..."), is the clause's verb; otherwise it qualifies a noun ("our shared values",
     * "a shared commitment"), which is why it is among the {@link #NOT_VERBS}.
     */
    private static boolean sharedAsVerb(String text, String word, int end, int to) {
        if (!word.equals("shared") || end + 1 >= to || text.charAt(end) != ' ') {
            return false;
        }
        int next = end + 1;
        while (next < to && asciiWord(text.charAt(next))) {
            next++;
        }
        return SHARED_OBJECTS.contains(text.substring(end + 1, next));
    }

    private static final Set<String> SHARED_OBJECTS = WordSet.of("the", "their", "its", "his", "her", "our", "a", "an", "this", "these",
            "views", "concern", "concerns", "information", "experiences", "assessments");

    /** {@code \w} without the UNICODE_CHARACTER_CLASS flag: an ASCII letter, digit or underscore. */
    private static boolean asciiWord(char c) {
        return c < 128 && (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }

    /*
     * The word test of {@code \b} (java.util.regex.Pattern.Bound): a letter, a digit or '_', or a non-spacing mark
     * that follows a letter or digit (perhaps after other marks), looked for no further back than the region's start.
     */

    /** Whether {@code \b} sees a word character just before {@code at}. */
    private static boolean wordBefore(String text, int at, int regionStart) {
        int ch = Character.codePointBefore(text, at);
        return isWord(ch) || (Character.getType(ch) == Character.NON_SPACING_MARK && hasBase(text, at - 1, regionStart));
    }

    /** Whether {@code \b} sees a word character at {@code at}. */
    private static boolean wordAt(String text, int at, int regionStart) {
        int ch = Character.codePointAt(text, at);
        return isWord(ch) || (Character.getType(ch) == Character.NON_SPACING_MARK && hasBase(text, at, regionStart));
    }

    private static boolean isWord(int ch) {
        return ch == '_' || Character.isLetterOrDigit(ch);
    }

    private static boolean hasBase(String text, int at, int regionStart) {
        for (int x = at; x >= regionStart; x--) {
            int ch = Character.codePointAt(text, x);
            if (Character.isLetterOrDigit(ch)) {
                return true;
            }
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }
}
