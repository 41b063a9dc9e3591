package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Acronyms a release defines: "the North American Drug Dialogue (NADD)", "the Partnership and Cooperation
 * Agreement (PCA)". The definition settles what the acronym stands for in that release, whatever else the
 * reference data knows under the same letters (PCA is also the Permanent Court of Arbitration), and gives an
 * organization the reference data does not know its code.
 */
final class Acronyms {

    /** A definition: the phrase {@code [phraseStart, phraseEnd)} and the acronym {@code [start, end)} in brackets after it. */
    record Definition(int phraseStart, int phraseEnd, int start, int end, String acronym) {
    }

    /** Last words of the names of organizations, groups and initiatives ("Dialogue", "Team"), not of agreements or lists. */
    private static final Set<String> ORGANIZATION_ENDINGS = Set.of("Organization", "Organisation", "Union", "Council", "Agency",
            "Bank", "Fund", "Forum", "Alliance", "Association", "Commission", "Committee", "Corporation", "Institute", "Initiative",
            "Partnership", "Programme", "Program", "Coalition", "Movement", "Front", "Party", "Mission", "Dialogue", "Group", "Team",
            "Mechanism", "Platform", "Network", "Framework", "Facility", "Office", "Secretariat", "Board", "Authority", "Community",
            "Force", "Consortium", "Centre", "Center", "Conference", "Summit", "Format", "Quad", "Corridor", "Compact");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "in", "to", "de", "&");

    private Acronyms() {
    }

    /** Whether the phrase of a definition names an organization, group or initiative by its last word. */
    static boolean namesOrganization(String phrase) {
        int sp = phrase.lastIndexOf(' ');
        return ORGANIZATION_ENDINGS.contains(phrase.substring(sp + 1));
    }

    static List<Definition> in(String text) {
        List<Definition> out = null;
        for (int open = text.indexOf(" ("); open >= 0; open = text.indexOf(" (", open + 2)) {
            int s = open + 2;
            int e = s;
            int capitals = 0;
            while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-' || text.charAt(e) == '+'
                    || text.charAt(e) == '&')) {
                if (Character.isUpperCase(text.charAt(e))) {
                    capitals++;
                }
                e++;
            }
            if (e >= text.length() || text.charAt(e) != ')' || capitals < 2 || e - s > 10 || !Character.isUpperCase(text.charAt(s))) {
                continue;
            }
            String acronym = text.substring(s, e);
            // "the International Atomic Energy Agency’s (IAEA) efforts": the phrase without the possessive
            int phraseEnd = text.startsWith("’s", open - 2) || text.startsWith("'s", open - 2) ? open - 2 : open;
            int phraseStart = phraseStart(text, phraseEnd, acronym);
            if (phraseStart >= 0) {
                if (out == null) {
                    out = new ArrayList<>(1);
                }
                out.add(new Definition(phraseStart, phraseEnd, s, e, acronym));
            }
        }
        return out == null ? List.of() : out;
    }

    /**
     * Where the phrase an acronym abbreviates starts: the capitalized words before it whose initials spell the
     * acronym's capitals ("Partnership and Cooperation Agreement" for PCA); -1 when they do not.
     */
    private static int phraseStart(String text, int end, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < acronym.length(); i++) {
            if (Character.isUpperCase(acronym.charAt(i))) {
                initials.append(acronym.charAt(i));
            }
        }
        int need = initials.length();
        int p = end;
        int start = -1;
        while (need > 0 && p > 0) {
            int b = p;
            while (b > 0 && text.charAt(b - 1) != ' ') {
                b--;
            }
            String word = text.substring(b, p);
            if (word.isEmpty()) {
                return -1;
            }
            if (CONNECTORS.contains(word) && start >= 0) {
                // inside the phrase
            } else {
                // a hyphenated word gives the initials of its capitalized parts ("Indo-Pacific": IP) or only its first ("Co-operation")
                if (!Character.isUpperCase(word.charAt(0))) {
                    return -1;
                }
                StringBuilder parts = new StringBuilder();
                for (String part : word.split("-")) {
                    if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                        parts.append(part.charAt(0));
                    }
                }
                String all = parts.toString();
                if (all.length() <= need && initials.substring(need - all.length(), need).equals(all)) {
                    need -= all.length();
                } else if (initials.charAt(need - 1) == word.charAt(0)) {
                    need--;
                } else {
                    return -1;
                }
                start = b;
            }
            p = b - 1;
        }
        return need == 0 ? start : -1;
    }
}
