package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The trigger words of a sentence, found in one pass over its lower-case text: those of the statement
 * cues (which cues can match at all: most sentences carry none and skip every cue pattern) and those of
 * the date rules (which rules can match). Each pass of a keyword automaton over a sentence is a chain of
 * dependent table reads per character; the two searches, each over every sentence, were a third of all
 * such passes in the extraction.
 */
final class SentenceTriggers {

    /**
     * A sentence as the classifier reads it (typographic apostrophes made straight, and lower-cased), with its triggers;
     * {@code hits} are the pass's occurrences of its words in {@code lower} (for {@link #anchorStarts}).
     */
    record Reading(String text, String lower, BitSet cues, int dateTriggers, int[] hits) {
    }

    private final KeywordAutomaton automaton;
    /** For each word of the automaton: the cues it triggers (none for a date word), as {@link BitSet#toLongArray()}. */
    private final long[][] cueMaskOf;
    /** How many longs hold a bit for each cue. */
    private final int cueWords;
    /** For each word of the automaton: its index among {@link DateExtractor#triggerWords()}, or -1. */
    private final int[] dateWordOf;
    /** For each word of the automaton: the cues whose pattern may match where it starts (its anchors), as longs; null: none. */
    private final long[][] anchorMaskOf;
    /** For each cue: whether this pass finds its pattern's anchors. */
    private final boolean[] anchorsFound;

    /** The shortest anchor word a cue may have for its anchors to be found in this pass. */
    private static final int MIN_SHARED_ANCHOR = 4;

    SentenceTriggers(List<StatementCue> cues) {
        Map<String, BitSet> byWord = new LinkedHashMap<>();
        for (int i = 0; i < cues.size(); i++) {
            for (String t : cues.get(i).triggers()) {
                byWord.computeIfAbsent(t, k -> new BitSet()).set(i);
            }
        }
        Map<String, Integer> dateWord = new LinkedHashMap<>();
        List<String> dateWords = DateExtractor.triggerWords();
        for (int k = 0; k < dateWords.size(); k++) {
            dateWord.putIfAbsent(dateWords.get(k), k);
            byWord.computeIfAbsent(dateWords.get(k), w -> new BitSet());
        }
        // The anchors of the cues' patterns too: a triggered cue's pattern is tried where they start, which its own pass over
        // the sentence found again (a few percent of the extraction in a JFR profile)
        Map<String, BitSet> anchorOf = new LinkedHashMap<>();
        this.anchorsFound = new boolean[cues.size()];
        for (int i = 0; i < cues.size(); i++) {
            List<String> anchors = cues.get(i).pattern().anchorWordsInLowerCase();
            // Only anchors that are words of some length: "a", "the", "is" or a digit occur many times in every sentence,
            // and each occurrence would be a hit of this pass for every sentence, triggered or not (the pass took a third
            // longer in a JFR profile); such a cue's pattern searches for its anchors itself, when it is triggered
            if (anchors != null && anchors.stream().allMatch(w -> w.length() >= MIN_SHARED_ANCHOR)) {
                anchorsFound[i] = true;
                for (String a : anchors) {
                    anchorOf.computeIfAbsent(a, k -> new BitSet()).set(i);
                    byWord.computeIfAbsent(a, w -> new BitSet());
                }
            }
        }
        List<String> words = new ArrayList<>(byWord.keySet());
        this.automaton = new KeywordAutomaton(words, false);
        this.anchorMaskOf = words.stream().map(w -> anchorOf.containsKey(w) ? anchorOf.get(w).toLongArray() : null).toArray(long[][]::new);
        this.cueMaskOf = words.stream().map(w -> byWord.get(w).toLongArray()).toArray(long[][]::new);
        this.cueWords = (cues.size() + 63) / 64;
        this.dateWordOf = words.stream().mapToInt(w -> dateWord.getOrDefault(w, -1)).toArray();
    }

    /**
     * The lower-case reading of a text that the cue and subject patterns match, except the acronym "US", which lower case
     * would turn into the pronoun "us": "urged the US side to stop ..." calls on the United States, not on the speakers
     * ("urged us to"), and "The US should stop ..." is a call on it, not on all sides.
     */
    static String lowerCase(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            return lower;
        }
        int at = text.indexOf("US");
        if (at < 0) {
            return lower;
        }
        char[] chars = lower.toCharArray();
        for (; at >= 0; at = text.indexOf("US", at + 2)) {
            boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean wordEnd = at + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 2));
            if (wordStart && wordEnd) {
                chars[at] = 'U';
                chars[at + 1] = 'S';
            }
        }
        return new String(chars);
    }

    /** A sentence with its typographic single quotes as plain apostrophes, as the cue patterns are written. */
    static String plainQuotes(String sentence) {
        return sentence.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /** The lower-case reading the cue and subject patterns match ({@link Reading#lower()} of {@link #read}), for a sentence read anew. */
    static String lowerReading(String sentence) {
        return lowerCase(plainQuotes(sentence));
    }

    /** Reads a sentence's text: the cues it may carry, the date rules it may match. */
    Reading read(String sentence) {
        String text = plainQuotes(sentence);
        String lower = lowerCase(text);
        // The date words are matched ignoring case: in the lower-case text, where it has the sentence's length (a
        // character such as 'İ' lower-cases to two and would move every position after it), else by their own pass.
        boolean samePositions = lower.length() == sentence.length();
        int dates = 0;
        // The hits read in a plain loop, the cues gathered as bits of longs: a callback per hit (a megamorphic call
        // site, which every automaton's callers share) and a BitSet.or per hit showed in the JFR profile of this pass.
        long[] cues = new long[cueWords];
        int[] hits = automaton.hits(lower);
        for (int h = 0; h < hits[0]; h++) {
            int k = hits[2 * h + 2];
            long[] mask = cueMaskOf[k];
            for (int w = 0; w < mask.length; w++) {
                cues[w] |= mask[w];
            }
            if (samePositions && dateWordOf[k] >= 0) {
                dates |= DateExtractor.triggerBit(dateWordOf[k], sentence, hits[2 * h + 1]);
            }
        }
        return new Reading(text, lower, BitSet.valueOf(cues), samePositions ? dates : DateExtractor.wordTriggers(sentence), hits);
    }

    /**
     * Where the pattern of cue {@code cue} may match in the reading's lower-case text, ascending, each position once (what
     * {@link AnchoredPattern#matcher(CharSequence, int[])} takes); null when this pass does not find its anchors.
     */
    int[] anchorStarts(Reading reading, int cue) {
        if (!anchorsFound[cue]) {
            return null;
        }
        int[] hits = reading.hits();
        int word = cue >>> 6;
        long bit = 1L << (cue & 63);
        int[] starts = new int[8];
        int n = 0;
        for (int h = 0; h < hits[0]; h++) {
            long[] mask = anchorMaskOf[hits[2 * h + 2]];
            if (mask != null && word < mask.length && (mask[word] & bit) != 0) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = hits[2 * h + 1];
            }
        }
        return AnchoredPattern.sortedDistinct(starts, n);
    }
}
