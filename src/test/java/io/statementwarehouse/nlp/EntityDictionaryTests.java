package io.statementwarehouse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dictionary searches a surface that opens with lower-case words ("the Republic of Korea") as its
 * rest and checks the opening in front of it: it must find exactly what a plain whole-word search for
 * every surface finds, overlaps resolved the same way.
 */
class EntityDictionaryTests {

    private static EntityDictionary dictionary;
    private static String[] surfaces;

    @BeforeAll
    static void load() throws Exception {
        dictionary = new EntityDictionary(ReferenceData.load());
        Field f = EntityDictionary.class.getDeclaredField("surfaces");
        f.setAccessible(true);
        surfaces = (String[]) f.get(dictionary);
    }

    @Test
    void openingWordsAreSplitOffBeforeTheFirstWordThatIsNotLowerCase() {
        assertThat(EntityDictionary.restStart("the Republic of Korea")).isEqualTo(4);
        assertThat(EntityDictionary.restStart("von der Leyen")).isEqualTo(8);
        assertThat(EntityDictionary.restStart("al-Shabaab")).isEqualTo(3);
        assertThat(EntityDictionary.restStart("mainland China")).isEqualTo(9);
        assertThat(EntityDictionary.restStart("Republic of Korea")).isZero();
        assertThat(EntityDictionary.restStart("the")).isZero();
        assertThat(EntityDictionary.restStart("the end")).isZero();
    }

    @Test
    void findsWhatAPlainWholeWordSearchFinds() {
        assertThat(surfaces).contains("the Republic of Korea", "von der Leyen", "mainland China");
        List<String> sentences = List.of(
                "President Yoon of the Republic of Korea met Ursula von der Leyen in Brussels.",
                "theRepublic of Korea, the  Republic of Korea, The Republic of Korea and other the Republic of Korea.",
                "China is willing to work with the European Union and the United States; mainland China and Taiwan.",
                "al-Shabaab and al-Qaida in the Arabian Peninsula attacked; Somalia's al Shabaab; xal-Shabaab; der Leyen.",
                "the UN, the US, the UK and the African Union (the AU) said the Security Council would meet.",
                "the Islamic Republic of Iran, Islamic Republic of Iran, the Islamic Republic, the Holy See.");
        for (String s : sentences) {
            assertThat(dictionary.scan(s).stream().map(h -> h.start() + ":" + h.end() + ":" + h.surface()).toList())
                    .as(s).isEqualTo(plainSearch(s));
        }
    }

    /** Every surface at every position where it starts and ends a word, then longest first, leftmost first, no overlaps. */
    private static List<String> plainSearch(String text) {
        List<int[]> found = new ArrayList<>();
        for (int k = 0; k < surfaces.length; k++) {
            String surface = surfaces[k];
            for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
                int end = at + surface.length();
                boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
                boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (startsWord && endsWord) {
                    found.add(new int[] {at, end, k});
                }
            }
        }
        found.sort(Comparator.comparingInt((int[] h) -> h[1] - h[0]).reversed().thenComparingInt(h -> h[0]));
        boolean[] taken = new boolean[text.length() + 1];
        List<int[]> kept = new ArrayList<>();
        for (int[] h : found) {
            boolean free = true;
            for (int i = h[0]; i < h[1] && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = h[0]; i < h[1]; i++) {
                    taken[i] = true;
                }
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(h -> h[0]));
        return kept.stream().map(h -> h[0] + ":" + h[1] + ":" + surfaces[h[2]]).toList();
    }
}
