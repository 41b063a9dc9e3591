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
     * {@code hits} are the pass's hits over {@code lower} ({@link KeywordAutomaton#hits}), which also tell where the cue
     * patterns' anchors start ({@link #cueMatches}).
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
    /**
     * For each word of the automaton: the cues whose pattern's anchor words ({@link AnchoredPattern#caseSensitiveAnchorWords})
     * include it. The anchors are found in the same pass as the triggers: a pass of each matched cue's own automaton (or its
     * few {@code indexOf}) over the sentence was a twentieth of the analysis in a JFR profile.
     */
    private final BitSet[] anchorOf;
    /** The cues whose anchors this pass finds; the others search their pattern's own way. */
    private final BitSet sharedAnchors = new BitSet();

    SentenceTriggers(List<StatementCue> cues) {
        Map<String, BitSet> byWord = new LinkedHashMap<>();
        for (int i = 0; i < cues.size(); i++) {
            for (String t : cues.get(i).triggers()) {
                byWord.computeIfAbsent(t, k -> new BitSet()).set(i);
            }
        }
        Map<String, BitSet> anchorCues = new LinkedHashMap<>();
        for (int i = 0; i < cues.size(); i++) {
            // case-sensitive anchors only: the pass reads the lower-case text as it is, as the pattern's own search does
            List<String> anchors = cues.get(i).pattern().caseSensitiveAnchorWords();
            if (sharesAnchors(anchors)) {
                sharedAnchors.set(i);
                for (String a : anchors) {
                    anchorCues.computeIfAbsent(a, k -> new BitSet()).set(i);
                    byWord.computeIfAbsent(a, k -> new BitSet());
                }
            }
        }
        Map<String, Integer> dateWord = new LinkedHashMap<>();
        List<String> dateWords = DateExtractor.triggerWords();
        for (int k = 0; k < dateWords.size(); k++) {
            dateWord.putIfAbsent(dateWords.get(k), k);
            byWord.computeIfAbsent(dateWords.get(k), w -> new BitSet());
        }
        List<String> words = new ArrayList<>(byWord.keySet());
        this.automaton = new KeywordAutomaton(words, false);
        this.cueMaskOf = words.stream().map(w -> byWord.get(w).toLongArray()).toArray(long[][]::new);
        this.cueWords = (cues.size() + 63) / 64;
        this.dateWordOf = words.stream().mapToInt(w -> dateWord.getOrDefault(w, -1)).toArray();
        this.anchorOf = words.stream().map(w -> anchorCues.getOrDefault(w, new BitSet())).toArray(BitSet[]::new);
    }

    /** Anchors searched by a pattern's own automaton: more than its few {@code indexOf} take. */
    private static final int OWN_AUTOMATON = 8;
    /** The shortest anchor word this pass takes on. */
    private static final int SHORTEST_SHARED = 3;

    /**
     * Whether the pass finds a cue's anchors: only those a pass of the pattern's own automaton would (a few words are
     * cheaper by {@code indexOf}), and not when one is short ("a", "is"): words that occur inside most words of a sentence
     * made the shared pass twice as slow, in hits and in a larger table, as the passes it saved.
     */
    private static boolean sharesAnchors(List<String> anchors) {
        return anchors.size() > OWN_AUTOMATON && anchors.stream().allMatch(a -> a.length() >= SHORTEST_SHARED);
    }

    /**
     * The matches of cue {@code cue}'s pattern in the reading's lower-case text, as {@code pattern.matcher(lower)} gives
     * them: tried where its anchor words start, which the reading's pass found already.
     */
    AnchoredPattern.Matches cueMatches(Reading reading, int cue, AnchoredPattern pattern) {
        if (!sharedAnchors.get(cue)) {
            return pattern.matcher(reading.lower());
        }
        int[] hits = reading.hits();
        int[] starts = new int[Math.max(1, hits[0])];
        int n = 0;
        for (int h = 0; h < hits[0]; h++) {
            if (anchorOf[hits[2 * h + 2]].get(cue)) {
                starts[n++] = hits[2 * h + 1];
            }
        }
        return pattern.matcher(reading.lower(), AnchoredPattern.sortedDistinct(starts, n));
    }

    /** Reads a sentence's text: the cues it may carry, the date rules it may match. */
    Reading read(String sentence) {
        String text = sentence.replace('\u2019', '\'').replace('\u2018', '\'');
        String lower = text.toLowerCase(Locale.ROOT);
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
}
