package io.statementwarehouse.nlp;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fixed set of words for look-ups in the hot loops (every token of a sentence against a list of titles, pronouns,
 * particles). {@link Set#of} answers {@code contains} through {@code Math.floorMod}, a division per look-up: its probe
 * was 2.7% of the analysis in a JFR profile. A hash set masks instead. Only ever asked {@code contains}: its order is
 * not the words' order.
 */
final class WordSet {

    private WordSet() {
    }

    static Set<String> of(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(List.of(words)));
    }
}
