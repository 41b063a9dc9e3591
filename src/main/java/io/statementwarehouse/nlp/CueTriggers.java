package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Which cues can match a sentence at all: one automaton over every cue's trigger words finds, in one
 * pass, the cues whose words occur. Most sentences carry no cue and skip every pattern.
 */
final class CueTriggers {

    private final Trie trie;
    private final Map<String, BitSet> cuesOf = new HashMap<>();

    CueTriggers(List<StatementCue> cues) {
        Trie.TrieBuilder builder = Trie.builder();
        for (int i = 0; i < cues.size(); i++) {
            for (String t : cues.get(i).triggers()) {
                builder.addKeyword(t);
                cuesOf.computeIfAbsent(t, k -> new BitSet()).set(i);
            }
        }
        this.trie = builder.build();
    }

    /** The indices of the cues whose trigger words occur in the lower-case text. */
    BitSet triggered(String lower) {
        BitSet out = new BitSet();
        for (Emit e : trie.parseText(lower)) {
            out.or(cuesOf.get(e.getKeyword()));
        }
        return out;
    }
}
