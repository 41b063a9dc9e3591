package io.statementwarehouse.nlp;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The names of the statement model's paired features ("c.subj.first=we/commissive"), built once and handed out again.
 * A sentence with a cue word gets a few dozen of them; concatenating each anew, and hashing each new string in the
 * feature set and again in the model's index, cost as much as reading the sentence. The parts are few (classes,
 * subjects, genres, rules), so the names are too.
 */
final class FeatureNames {

    private static final ConcurrentHashMap<String, ConcurrentHashMap<String, ConcurrentHashMap<String, String>>> NAMES =
            new ConcurrentHashMap<>();

    private FeatureNames() {
    }

    /** {@code prefix + a + "/" + b}, the same string each time. */
    static String joined(String prefix, String a, String b) {
        String first = a == null ? "null" : a;
        String second = b == null ? "null" : b;
        // Plain look-ups first: the names are nearly always there, and computeIfAbsent locks the bin of a key it does not
        // find at its head (three such calls per name were most of this method's share of a JFR profile)
        ConcurrentHashMap<String, ConcurrentHashMap<String, String>> byFirst = NAMES.get(prefix);
        if (byFirst != null) {
            ConcurrentHashMap<String, String> bySecond = byFirst.get(first);
            if (bySecond != null) {
                String name = bySecond.get(second);
                if (name != null) {
                    return name;
                }
            }
        }
        return NAMES.computeIfAbsent(prefix, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(first, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(second, k -> prefix + first + "/" + second);
    }
}
