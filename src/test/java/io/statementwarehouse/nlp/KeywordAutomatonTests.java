package io.statementwarehouse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The automaton's three searches against the obvious search over every position, on random texts
 * over a small alphabet (so that keywords overlap, nest and share prefixes), in both case modes.
 */
class KeywordAutomatonTests {

    private static final String ALPHABET = "abAB -'\u2019";
    /** Enough letters for trie states with more children than the sparse form holds, which then get a full row. */
    private static final String WIDE_ALPHABET = "abcdefghijklABCDEF -";

    @Test
    void wholeWordWalksFindWhatAPlainSearchFinds() {
        compareOnRandomTexts(42, true, ALPHABET, 12, (automaton, text, found) -> automaton.scanWords(text, found));
    }

    @Test
    void wholeWordWalksThroughStatesWithManyChildrenFindWhatAPlainSearchFinds() {
        compareOnRandomTexts(11, true, WIDE_ALPHABET, 400, (automaton, text, found) -> automaton.scanWords(text, found));
    }

    @Test
    void everyOccurrenceIsFoundAsAPlainSearchFindsIt() {
        compareOnRandomTexts(7, false, ALPHABET, 12, (automaton, text, found) -> {
            automaton.scan(text, found);
            int first = -1;
            for (int i = 0; i < text.length() && first < 0; i++) {
                for (int end = i + 1; end <= text.length() && first < 0; end++) {
                    first = automaton.firstStart(text.substring(i, end)) == 0 ? i : -1;
                }
            }
            assertThat(automaton.firstStart(text)).isEqualTo(first);
        });
    }

    private interface Search {
        void run(KeywordAutomaton automaton, String text, KeywordAutomaton.HitConsumer found);
    }

    private static void compareOnRandomTexts(long seed, boolean wholeWords, String alphabet, int maxKeywords, Search search) {
        Random random = new Random(seed);
        for (int round = 0; round < 300; round++) {
            List<String> keywords = randomKeywords(random, alphabet, maxKeywords);
            boolean ignoreCase = round % 2 == 0;
            KeywordAutomaton automaton = new KeywordAutomaton(keywords, ignoreCase);
            for (int t = 0; t < 20; t++) {
                String text = randomText(random, alphabet, 1 + random.nextInt(40));
                List<String> found = new ArrayList<>();
                search.run(automaton, text, (start, end, k) -> found.add(start + ":" + end + ":" + k));
                assertThat(found).as("%s in \"%s\"", keywords, text).containsExactlyInAnyOrderElementsOf(
                        plainSearch(keywords, text, ignoreCase, wholeWords));
            }
        }
    }

    private static List<String> randomKeywords(Random random, String alphabet, int maxKeywords) {
        List<String> keywords = new ArrayList<>();
        int n = 1 + random.nextInt(maxKeywords);
        for (int i = 0; i < n; i++) {
            String w = randomText(random, alphabet, 1 + random.nextInt(5)).strip();
            if (!w.isEmpty() && !keywords.contains(w)) {
                keywords.add(w);
            }
        }
        if (keywords.isEmpty()) {
            keywords.add("ab");
        }
        return keywords;
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** Every (start, end, keyword) a search at every position finds; a keyword repeated reports its first index. */
    private static List<String> plainSearch(List<String> keywords, String text, boolean ignoreCase, boolean wholeWords) {
        String t = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        List<String> hits = new ArrayList<>();
        for (int k = 0; k < keywords.size(); k++) {
            String w = ignoreCase ? keywords.get(k).toLowerCase(Locale.ROOT) : keywords.get(k);
            if (firstIndex(keywords, w, ignoreCase) != k) {
                continue;
            }
            for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
                int end = at + w.length();
                boolean whole = (at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1)))
                        && (end == t.length() || !Character.isLetterOrDigit(t.charAt(end)));
                if (!wholeWords || whole) {
                    hits.add(at + ":" + end + ":" + k);
                }
            }
        }
        return hits;
    }

    private static int firstIndex(List<String> keywords, String w, boolean ignoreCase) {
        for (int i = 0; i < keywords.size(); i++) {
            if ((ignoreCase ? keywords.get(i).toLowerCase(Locale.ROOT) : keywords.get(i)).equals(w)) {
                return i;
            }
        }
        return -1;
    }
}
