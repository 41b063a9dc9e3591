package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the words of several case-sensitive word lists start in a text, found in one pass of one
 * automaton instead of one pass per list. Every sentence goes through a few such lists (the anchors of
 * some patterns, a word list asked only whether any occurs): each pass over the sentence is a chain of
 * dependent table reads, so a pass saved is worth about as much as the list's own work.
 */
final class SharedAnchors {

    private final KeywordAutomaton automaton;
    /** For each distinct word: the lists it belongs to, as bits. */
    private final int[] listsOf;
    private final int lists;

    /** @param wordLists the lists, each a set of case-sensitive words; at most 31 */
    SharedAnchors(List<List<String>> wordLists) {
        if (wordLists.size() > 31) {
            throw new IllegalArgumentException("at most 31 lists");
        }
        Map<String, Integer> bits = new LinkedHashMap<>();
        for (int i = 0; i < wordLists.size(); i++) {
            if (wordLists.get(i).isEmpty()) {
                throw new IllegalArgumentException("list " + i + " is empty");
            }
            for (String w : wordLists.get(i)) {
                bits.merge(w, 1 << i, (a, b) -> a | b);
            }
        }
        this.automaton = new KeywordAutomaton(new ArrayList<>(bits.keySet()), false);
        this.listsOf = bits.values().stream().mapToInt(Integer::intValue).toArray();
        this.lists = wordLists.size();
    }

    /**
     * For each list, in the order given: where its words start in {@code text}, ascending, each
     * position once (what {@link AnchoredPattern#matcher(CharSequence, int[])} takes).
     */
    int[][] starts(CharSequence text) {
        int[] found = automaton.hits(text);
        int[][] out = new int[lists][];
        int[] count = new int[lists];
        for (int h = 0; h < found[0]; h++) {
            for (int l = 0, b = listsOf[found[2 * h + 2]]; b != 0; l++, b >>>= 1) {
                if ((b & 1) != 0) {
                    if (out[l] == null || count[l] == out[l].length) {
                        out[l] = out[l] == null ? new int[4] : java.util.Arrays.copyOf(out[l], count[l] * 2);
                    }
                    out[l][count[l]++] = found[2 * h + 1];
                }
            }
        }
        for (int l = 0; l < lists; l++) {
            out[l] = out[l] == null ? NONE : AnchoredPattern.sortedDistinct(out[l], count[l]);
        }
        return out;
    }

    private static final int[] NONE = new int[0];
}
