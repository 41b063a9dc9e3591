package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a body into sentences with offsets. Paragraph breaks (a blank line) always end a sentence;
 * inside a paragraph a sentence ends at . ! or ? followed by space and a capital, digit or quote,
 * unless the period belongs to an abbreviation ("Nov. 14", "Mr. Sullivan", "Joseph R. Biden, Jr.",
 * "a.m.", "No. 5") or an initial. "U.S." and "a.m." end a sentence only before a word that
 * typically starts one ("... with the U.S. The President ...").
 */
public final class SentenceSplitter {

    /** "u.s", "e.g": compiled once, as it is tested per candidate full stop. */
    private static final java.util.regex.Pattern DOTTED_LETTERS = java.util.regex.Pattern.compile("(?:[a-z]\\.)+[a-z]");


    /** Abbreviations that never end a sentence (compared without the final period, lower case). */
    private static final Set<String> ABBREVIATIONS = WordSet.of(
            "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "cdr", "sen", "rep", "gov", "st", "jr",
            "sr", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc",
            "inc", "ltd", "co", "corp", "amb", "prof", "hon", "rev", "messrs", "mt", "ft", "approx", "dept", "est", "fig", "art",
            "vol", "pp", "op", "ed", "pres", "sec", "atty", "supt", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "e.g", "i.e",
            "d.c", "u.s.a", "p.r.c", "h.e", "h.r", "s", "h.h");
    /** After these dotted forms a sentence may end, when the next word is a typical sentence opener. */
    private static final Set<String> ENDABLE = WordSet.of("u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c", "etc", "jr", "inc", "ltd", "co");
    private static final Set<String> OPENERS = WordSet.of("The", "This", "These", "That", "Those", "He", "She", "They", "We", "It",
            "Both", "In", "On", "At", "As", "But", "And", "Our", "His", "Her", "Their", "I", "A", "An", "During", "After", "Before",
            "President", "Secretary", "Prime", "Today", "Yesterday");

    private static final Set<String> COUNTRY_ABBREVIATIONS = WordSet.of("u.s", "u.k", "u.n", "e.u");
    private static final Set<String> TITLES = WordSet.of("President", "Secretary", "Prime");

    public List<Sentence> split(String body, int from) {
        List<Sentence> sentences = new ArrayList<>();
        int n = body.length();
        int i = from;
        while (i < n) {
            int paraEnd = paragraphEnd(body, i);
            splitParagraph(body, i, paraEnd, sentences);
            i = skipBlank(body, paraEnd);
        }
        return sentences;
    }

    private static int paragraphEnd(String s, int from) {
        int i = from;
        while (i < s.length()) {
            int nl = s.indexOf('\n', i);
            if (nl < 0) {
                return s.length();
            }
            int j = nl + 1;
            while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\r')) {
                j++;
            }
            if (j >= s.length() || s.charAt(j) == '\n') {
                return nl;
            }
            i = j;
        }
        return s.length();
    }

    private static int skipBlank(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** White space including the no-break and other Unicode spaces the feeds contain. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private void splitParagraph(String s, int start, int end, List<Sentence> out) {
        int sentenceStart = skipBlank(s, start);
        for (int i = sentenceStart; i < end; i++) {
            char c = s.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < end && isCloser(s.charAt(j))) {
                j++;
            }
            if (j >= end) {
                break;
            }
            if (!isSpace(s.charAt(j))) {
                continue;
            }
            int next = skipBlank(s, j);
            if (next >= end || !startsSentence(s.charAt(next))) {
                continue;
            }
            if (c == '.' && j == i + 1 && !endsSentence(s, sentenceStart, i, next, end)) {
                continue;
            }
            add(s, sentenceStart, j, out);
            sentenceStart = next;
            i = next - 1;
        }
        if (sentenceStart < end) {
            add(s, sentenceStart, end, out);
        }
    }

    private boolean endsSentence(String s, int sentenceStart, int dot, int next, int end) {
        int w = dot;
        while (w > sentenceStart && !isSpace(s.charAt(w - 1)) && s.charAt(w - 1) != '(' && s.charAt(w - 1) != '"'
                && s.charAt(w - 1) != '“') {
            w--;
        }
        String token = s.substring(w, dot).toLowerCase(Locale.ROOT);
        if (token.indexOf('-') >= 0 && token.lastIndexOf('-') < token.length() - 1) {
            token = token.substring(token.lastIndexOf('-') + 1); // "the Mekong-U.S. Partnership": the abbreviation after the hyphen
        }
        if (token.isEmpty()) {
            return true;
        }
        if (token.length() == 1 && Character.isLetter(token.charAt(0)) && Character.isUpperCase(s.charAt(w))) {
            return false; // an initial: "Joseph R. Biden"
        }
        boolean abbreviation = ABBREVIATIONS.contains(token) || DOTTED_LETTERS.matcher(token).matches();
        if (!abbreviation) {
            return true;
        }
        if ((token.equals("a.m") || token.equals("p.m")) && clockOpensLine(s, sentenceStart, w)) {
            return false; // "9:30 a.m. Secretary Blinken meets with ...": a schedule's item, its time first
        }
        if (ENDABLE.contains(token) || DOTTED_LETTERS.matcher(token).matches()) {
            int e = next;
            while (e < end && Character.isLetter(s.charAt(e))) {
                e++;
            }
            String word = s.substring(next, e);
            // "U.S. Secretary of State Mike Pompeo", "U.K. Prime Minister": after a country's dotted name a title
            // is its modifier, not the start of the next sentence (after "a.m." it may be one).
            return OPENERS.contains(word) && !token.equals("jr") && !(COUNTRY_ABBREVIATIONS.contains(token) && TITLES.contains(word));
        }
        return false;
    }

    /** Whether {@code s[from, at)} is a clock time alone at the start of a line ("9:30 "), after the sentence's start. */
    private static boolean clockOpensLine(String s, int sentenceStart, int at) {
        int lineStart = at;
        while (lineStart > sentenceStart && s.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        return CLOCK.matcher(s.substring(lineStart, at)).matches();
    }

    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("\\s*\\d{1,2}(?::\\d{2})?\\s*");

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '(' || c == '[' || c == '‘'
                || c == '\'' || c == '-' || c == '•' || c == '*';
    }

    private static void add(String s, int start, int end, List<Sentence> out) {
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size(), start, end, s.substring(start, end)));
        }
    }
}
