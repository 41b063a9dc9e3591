package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * Which cues can match a sentence at all: one automaton over every cue's trigger words finds, in one
 * pass, the cues whose words occur. Most sentences carry no cue and skip every pattern.
 */
final class CueTriggers {

    private final KeywordAutomaton automaton;
    /** The cues each trigger word (in the automaton's keyword order) can start. */
    private final List<BitSet> cuesOf;

    CueTriggers(List<StatementCue> cues) {
        Map<String, BitSet> byWord = new LinkedHashMap<>();
        for (int i = 0; i < cues.size(); i++) {
            for (String t : cues.get(i).triggers()) {
                byWord.computeIfAbsent(t, k -> new BitSet()).set(i);
            }
        }
        List<String> words = new ArrayList<>(byWord.keySet());
        this.automaton = new KeywordAutomaton(words, false);
        this.cuesOf = words.stream().map(byWord::get).toList();
    }

    /** The indices of the cues whose trigger words occur in the lower-case text. */
    BitSet triggered(String lower) {
        BitSet out = new BitSet();
        automaton.scan(lower, (start, end, k) -> out.or(cuesOf.get(k)));
        return out;
    }
}
