package io.statementwarehouse.nlp;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shapes of persons' names, for names the reference data does not know: which capitalized words
 * belong to offices rather than names ("Narcotics and Law Enforcement Affairs"), a family name written
 * in capitals ("KISHIDA Fumio", the style of Japan's Foreign Ministry), the order in which a name is
 * written for analysts, and initials. The word lists are in {@code reference/person_name_words.csv}.
 */
final class PersonNames {

    private static final Set<String> OFFICE_WORDS = new HashSet<>();
    private static final Set<String> JAPANESE_FAMILY_NAMES = new HashSet<>();
    private static final Set<String> FAMILY_NAME_FIRST_COUNTRIES = new HashSet<>();

    static {
        for (Map<String, String> row : CsvTables.read("reference/person_name_words.csv")) {
            String word = row.get("word");
            switch (row.get("kind")) {
                case "OFFICE" -> OFFICE_WORDS.add(word);
                case "JAPANESE_FAMILY_NAME" -> JAPANESE_FAMILY_NAMES.add(word);
                case "FAMILY_NAME_FIRST_COUNTRY" -> FAMILY_NAME_FIRST_COUNTRIES.add(word);
                default -> throw new IllegalStateException("person_name_words.csv: unknown kind " + row.get("kind"));
            }
        }
    }

    /** Endings of the abstract nouns that name what an office deals with ("Enforcement", "Migration", "Narcotics"). */
    private static final Pattern OFFICE_SHAPE = Pattern.compile(
            "\\p{Lu}[\\p{L}\\-]*(?:tions?|sions?|ity|ities|ness|isms?|ogy|ices|ships?)|\\p{Lu}[\\p{L}\\-]{4,}(?:ments?|ics)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Initials written together: "P.K." */
    private static final Pattern JOINED_INITIALS = Pattern.compile("\\b(\\p{Lu}\\.)(?=\\p{Lu}\\.)");

    private PersonNames() {
    }

    /** A word of an office, a department, a region or a programme: never part of a person's name. */
    static boolean isOfficeWord(String word) {
        return OFFICE_WORDS.contains(word) || (hasOfficeEnding(word) && OFFICE_SHAPE.matcher(word).matches());
    }

    /** A quick look at the last letters before {@link #OFFICE_SHAPE} is asked: most words end otherwise. */
    private static boolean hasOfficeEnding(String w) {
        int n = w.length();
        if (n < 4) {
            return false;
        }
        char last = w.charAt(n - 1);
        return last == 'n' || last == 's' || last == 'y' || last == 'm' || last == 't' || last == 'p';
    }

    static boolean isJapaneseFamilyName(String word) {
        return JAPANESE_FAMILY_NAMES.contains(word);
    }

    /** Countries whose names analysts keep family name first in English ("Xi Jinping", "Yoon Suk Yeol"). */
    static boolean keepsFamilyNameFirst(String country) {
        return country != null && FAMILY_NAME_FIRST_COUNTRIES.contains(country);
    }

    /** A whole word in capitals ("KISHIDA", "AL-SABAH"), at least two letters. */
    static boolean isCapitalsWord(String token) {
        int letters = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '-') {
                return false;
            }
        }
        return letters >= 2;
    }

    static String titleCase(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-';
        }
        return sb.toString();
    }

    /**
     * A name whose family name is written in capitals ("KISHIDA Fumio", "Kenji TANAKA"), as analysts write
     * it: the family name in title case, given name first, unless the person's country keeps names as written
     * ("PARK Jin" of Korea is "Park Jin"). Null when the name has no such word.
     */
    static String fromCapitals(String name, String country) {
        String[] parts = SPACES.split(name);
        if (parts.length < 2) {
            return null;
        }
        int family = -1;
        int capitals = 0;
        for (int i = 0; i < parts.length; i++) {
            if (isCapitalsWord(parts[i])) {
                capitals++;
                family = i;
            }
        }
        if (capitals != 1) {
            return null; // none, or a name all in capitals ("JOE BIDEN" in a headline): no family name to tell
        }
        StringBuilder given = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i != family) {
                given.append(given.length() == 0 ? "" : " ").append(parts[i]);
            }
        }
        String familyName = titleCase(parts[family]);
        if (keepsFamilyNameFirst(country)) {
            parts[family] = familyName;
            return String.join(" ", parts); // as written, the capitals undone: "PARK Jin" is "Park Jin"
        }
        return given + " " + familyName;
    }

    /** "P.K. Mishra" is "P. K. Mishra": initials one by one, as the rest of a name is written. */
    static String spacedInitials(String name) {
        return name.indexOf('.') < 0 ? name : JOINED_INITIALS.matcher(name).replaceAll("$1 ");
    }

    /**
     * A Japanese name written family name first without capitals ("Mori Takeo", "Funakoshi Takehiro"):
     * true when its first word is known as a Japanese family name and its second is not.
     */
    static boolean looksJapaneseFamilyFirst(String first, String second) {
        return isJapaneseFamilyName(first) && !isJapaneseFamilyName(second);
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ARTICLE = Pattern.compile("\\b(?:al|el|ad|ar|as|an|at)\\b");

    /**
     * A name's spelling key: no accents, lower case, hyphens as spaces, "oe"/"ue"/"ae" for umlauts as the
     * vowel, and the Arabic article in any of its spellings ("al-", "El ", "ad-") as "al".
     */
    static String nameKey(String name) {
        String s = isAscii(name) ? name : MARKS.matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace('-', ' ').replace('’', '\'').replace("oe", "o").replace("ue", "u").replace("ae", "a");
        s = ARTICLE.matcher(s).replaceAll("al");
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    static String[] words(String name) {
        return SPACES.split(name.strip());
    }

}
