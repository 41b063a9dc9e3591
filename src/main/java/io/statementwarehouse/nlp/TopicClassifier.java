package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Multi-label topics from the closed list of EXTRACTION.md section 4, from the keyword lexicon in one
 * Aho-Corasick pass. Overlapping keywords resolve to the longest ("energy security" is ENERGY, not
 * SECURITY_DEFENSE; "national security advisor" is no topic at all: topic NONE blocks). Lower-case
 * keywords match in any case, keywords with capitals (UN, AI, BRI) only as written. A topic is kept
 * when it has at least half the hits of the strongest one; with no hit at all the topic is POLITICAL,
 * the relations between the sides, which is what an undertaking without a subject matter is about.
 */
public final class TopicClassifier {

    static final String BLOCK = "NONE";
    static final String DEFAULT_TOPIC = "POLITICAL";
    private static final int MAX_TOPICS = 3;

    private final KeywordAutomaton anyCase;
    private final KeywordAutomaton exactCase;
    /** The topic of each keyword, in the order of the automata's keywords. */
    private final List<String> topicOfLower;
    private final List<String> topicOfExact;
    private final List<String> order = new ArrayList<>();

    public TopicClassifier(ReferenceData reference) {
        Map<String, String> lower = new LinkedHashMap<>(); // keyword to topic; a later line overrides
        Map<String, String> exact = new LinkedHashMap<>();
        reference.topicKeywords().forEach((topic, keywords) -> {
            if (!BLOCK.equals(topic)) {
                order.add(topic);
            }
            for (String k : keywords) {
                if (k.equals(k.toLowerCase(Locale.ROOT))) {
                    for (String variant : variants(k)) {
                        lower.put(variant, topic);
                    }
                } else {
                    for (String variant : variants(k)) {
                        exact.put(variant, topic);
                    }
                }
            }
        });
        this.anyCase = new KeywordAutomaton(List.copyOf(lower.keySet()), true);
        this.topicOfLower = List.copyOf(lower.values());
        this.exactCase = new KeywordAutomaton(List.copyOf(exact.keySet()), false);
        this.topicOfExact = List.copyOf(exact.values());
    }

    private static List<String> variants(String keyword) {
        return keyword.indexOf('\'') >= 0 ? List.of(keyword, keyword.replace('\'', '\u2019')) : List.of(keyword);
    }

    private record Hit(int start, int end, String topic) {
    }

    /** Topics of a text. */
    public List<String> topics(String text) {
        List<Hit> hits = new ArrayList<>();
        anyCase.scanWords(text, (start, end, k) -> addIfWord(text, start, end, topicOfLower.get(k), hits));
        exactCase.scanWords(text, (start, end, k) -> addIfWord(text, start, end, topicOfExact.get(k), hits));
        hits.sort(Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed().thenComparingInt(Hit::start));
        boolean[] taken = new boolean[text.length() + 1];
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Hit h : hits) {
            boolean free = true;
            for (int i = h.start(); i < h.end() && free; i++) {
                free = !taken[i];
            }
            if (!free) {
                continue;
            }
            for (int i = h.start(); i < h.end(); i++) {
                taken[i] = true;
            }
            if (!BLOCK.equals(h.topic())) {
                counts.merge(h.topic(), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return List.of(DEFAULT_TOPIC);
        }
        int max = counts.values().stream().max(Integer::compare).orElse(1);
        List<String> kept = new ArrayList<>();
        for (String topic : order) {
            Integer n = counts.get(topic);
            if (n != null && n * 2 >= max) {
                kept.add(topic);
            }
        }
        kept.sort(Comparator.comparingInt((String t) -> -counts.get(t)).thenComparingInt(order::indexOf));
        return kept.size() > MAX_TOPICS ? List.copyOf(kept.subList(0, MAX_TOPICS)) : kept;
    }

    private static void addIfWord(String text, int start, int end, String topic, List<Hit> hits) {
        if (topic == null || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))
                || (end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) {
            return;
        }
        hits.add(new Hit(start, end, topic));
    }
}
