package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of persons the reference data does not know, settled over a whole release once every sentence
 * has been read: a release names a person in full once and by a part of the name afterwards (or in its
 * title before), so which part is the family name, and which full name a short mention stands for, are
 * questions about the release, not about one sentence.
 */
final class ReleaseNames {

    private ReleaseNames() {
    }

    static List<Mention> link(List<Mention> mentions, List<Sentence> sentences, String title) {
        if (!hasUnresolvedPerson(mentions)) {
            return mentions;
        }
        List<Mention> kept = corroboratedInTitle(mentions, sentences, title);
        Map<String, String> reordered = givenNameFirst(kept);
        List<String> fullNames = unresolvedFullNames(kept, reordered);
        Set<String> resolvedSeen = new HashSet<>();
        for (Mention m : kept) {
            if (m.kind() == MentionKind.PERSON && m.resolved() && m.surface().indexOf(' ') > 0) {
                resolvedSeen.add(m.normalized());
            }
        }
        Map<String, String> countryOfFullName = countriesOfFullNames(kept, reordered);
        List<Mention> knownFullNames = kept.stream()
                .filter(m -> m.kind() == MentionKind.PERSON && m.resolved() && m.normalized().indexOf(' ') >= 0).toList();
        List<Mention> out = new ArrayList<>(kept.size());
        for (Mention m : kept) {
            if (m.kind() != MentionKind.PERSON) {
                out.add(m);
                continue;
            }
            String name = m.normalized();
            if (!m.resolved()) {
                name = reordered.getOrDefault(name, name);
                String longer = longerName(name, fullNames);
                if (longer != null) {
                    name = longer;
                } else if (name.indexOf(' ') < 0) {
                    // "Joko" after "Joko Widodo", "Faisal" after "Faisal bin Farhan Al Saud": a part of a known person's
                    // full name, named earlier in the release, is that person (when no other person of it has the part)
                    Mention known = knownPersonWithPart(name, knownFullNames);
                    if (known != null) {
                        out.add(new Mention(m.sentenceNo(), m.start(), m.end(), m.kind(), m.surface(), known.normalized(), true,
                                known.country(), known.actorKey()));
                        continue;
                    }
                }
                // "Rice" after "U.S. National Security Advisor Susan Rice": the short mention is the same person, of the same side
                String country = m.country() != null ? m.country() : countryOfFullName.get(name);
                out.add(name.equals(m.normalized()) && java.util.Objects.equals(country, m.country()) ? m
                        : new Mention(m.sentenceNo(), m.start(), m.end(), m.kind(), m.surface(), name, false, country, 0));
            } else if (m.surface().indexOf(' ') < 0 && !resolvedSeen.contains(name)) {
                // "Kim" taken for a known Kim in the title, while the body names an unknown "Kim Hong Kyun" in full
                String longer = longerName(m.surface(), fullNames);
                out.add(longer == null ? m : new Mention(m.sentenceNo(), m.start(), m.end(), m.kind(), m.surface(), longer, false, null, 0));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** The country the release gives each unknown person named in full, from the first of their full mentions that has one. */
    private static Map<String, String> countriesOfFullNames(List<Mention> mentions, Map<String, String> reordered) {
        Map<String, String> out = new HashMap<>();
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.PERSON && !m.resolved() && m.country() != null) {
                String fullName = reordered.getOrDefault(m.normalized(), m.normalized());
                if (fullName.indexOf(' ') >= 0) {
                    out.putIfAbsent(fullName, m.country());
                }
            }
        }
        return out;
    }

    /**
     * The one person among the release's known persons named in full ({@code knownFullNames}) whose name has {@code part}
     * as its first or last word; null for none or several.
     */
    private static Mention knownPersonWithPart(String part, List<Mention> knownFullNames) {
        Mention found = null;
        for (Mention m : knownFullNames) {
            String full = m.normalized();
            boolean has = full.startsWith(part + " ") || full.endsWith(" " + part);
            if (has && found != null && !found.normalized().equals(full)) {
                return null;
            }
            if (has) {
                found = m;
            }
        }
        return found;
    }

    private static boolean hasUnresolvedPerson(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.PERSON && !m.resolved()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A release title capitalizes every word, so a name found there only by its capitals ("Discusses Ways") is kept
     * when the body writes its last word with a capital too.
     */
    private static List<Mention> corroboratedInTitle(List<Mention> mentions, List<Sentence> sentences, String title) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.sentenceNo() == Mention.TITLE && m.kind() == MentionKind.PERSON && !m.resolved()) {
                String[] words = PersonNames.words(m.surface());
                if (!inBody(words[words.length - 1], sentences) && (words.length < 2 || !closedByLowerCase(title, m.end()))) {
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    /** Words a title-case title capitalizes that end a name: "Foreign Minister Tete António Before Their Meeting". */
    private static final Set<String> TITLE_CASE_FUNCTION_WORDS = Set.of("On", "In", "With", "At", "To", "For", "And", "Before", "After",
            "During", "Ahead", "From", "Following");

    /** "Emily Horne on ...", "Jen Psaki’s ...": a name in a title that the next word, in lower case, closes. */
    private static boolean closedByLowerCase(String title, int end) {
        if (title == null || end >= title.length()) {
            return false;
        }
        char c = title.charAt(end);
        if (c == '\'' || c == '’' || c == ',' || c == ':') {
            return true;
        }
        if (c != ' ' || end + 1 >= title.length()) {
            return false;
        }
        int e = end + 1;
        while (e < title.length() && Character.isLetter(title.charAt(e))) {
            e++;
        }
        return Character.isLowerCase(title.charAt(end + 1)) || TITLE_CASE_FUNCTION_WORDS.contains(title.substring(end + 1, e));
    }

    private static boolean inBody(String word, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            String t = s.text();
            for (int i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
                boolean startOk = i == 0 || !Character.isLetter(t.charAt(i - 1));
                int e = i + word.length();
                if (startOk && (e == t.length() || !Character.isLetter(t.charAt(e)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Names written family name first without capitals ("Vice Foreign Minister Mori Takeo", "First Deputy Minister of
     * Kazakhstan Nuryshev Shakhrat"), as analysts write them: given name first, unless the person's country keeps the
     * family name first (Korea, China). The family name is the part the release uses alone ("Deputy Minister
     * Nuryshev"), else, for a Japanese name, the part known as a Japanese family name.
     */
    private static Map<String, String> givenNameFirst(List<Mention> mentions) {
        Map<String, String> reordered = new HashMap<>();
        for (Mention m : mentions) {
            if (m.kind() != MentionKind.PERSON || m.resolved() || m.country() == null || PersonNames.keepsFamilyNameFirst(m.country())
                    || reordered.containsKey(m.normalized())) {
                continue;
            }
            String[] w = PersonNames.words(m.normalized());
            if (w.length != 2 || !m.surface().equals(m.normalized())) {
                continue; // written in capitals, the order is already settled
            }
            boolean firstAlone = usedAlone(w[0], m.normalized(), mentions);
            boolean secondAlone = usedAlone(w[1], m.normalized(), mentions);
            boolean japanese = "JPN".equals(m.country()) && PersonNames.looksJapaneseFamilyFirst(w[0], w[1]);
            if ((firstAlone && !secondAlone) || (!secondAlone && japanese)) {
                reordered.put(m.normalized(), w[1] + " " + w[0]);
            }
        }
        return reordered;
    }

    private static boolean usedAlone(String word, String fullName, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.PERSON && m.surface().equals(word) && (m.normalized().equals(fullName) || m.normalized().equals(word))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> unresolvedFullNames(List<Mention> mentions, Map<String, String> reordered) {
        Set<String> names = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.PERSON && !m.resolved() && m.normalized().indexOf(' ') > 0) {
                names.add(reordered.getOrDefault(m.normalized(), m.normalized()));
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * The full name a shorter one stands for: the first named in the release that ends with it ("Moreno Bau",
     * "Bau": "Angeles Moreno Bau") or, for one word, starts with it ("Kim": "Kim Hong Kyun"); null for none.
     */
    private static String longerName(String name, List<String> fullNames) {
        boolean oneWord = name.indexOf(' ') < 0;
        int n = name.length();
        for (String full : fullNames) {
            int f = full.length();
            if (f > n + 1 && ((full.endsWith(name) && full.charAt(f - n - 1) == ' ')
                    || (oneWord && full.startsWith(name) && full.charAt(n) == ' '))) {
                return full;
            }
        }
        return null;
    }
}
