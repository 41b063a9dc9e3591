package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The literal strings one of which begins every match of a regular expression, read from its source:
 * for {@code \b(?:stands?|stood)\s+ready} they are "stand" and "stood". Conservative by construction:
 * whatever it does not understand (an optional or repeated first group, a character class, a
 * look-around, a flag) makes the answer empty, meaning "any position may start a match".
 */
final class LiteralAnchors {

    private static final String META = "()[]{}?*+|.^$";

    private LiteralAnchors() {
    }

    /** The anchors of a whole expression, or empty when they cannot be told. */
    static Optional<Set<String>> of(String regex) {
        return Optional.ofNullable(ofAlternation(regex, 0, regex.length()));
    }

    private static Set<String> ofAlternation(String r, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        int start = from;
        int depth = 0;
        for (int i = from; i < to; i = skipEscapeOrClass(r, i) + 1) {
            if (i < 0) {
                return null;
            }
            char c = r.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                if (!addSequence(r, start, i, out)) {
                    return null;
                }
                start = i + 1;
            }
        }
        return addSequence(r, start, to, out) ? out : null;
    }

    private static boolean addSequence(String r, int from, int to, Set<String> out) {
        Set<String> first = ofSequence(r, from, to);
        if (first == null) {
            return false;
        }
        out.addAll(first);
        return true;
    }

    /** How many strings a run with character classes may expand to before it stops growing. */
    private static final int MAX_EXPANSION = 64;
    private static final char[] WHITESPACE = {' ', '\t', '\n', '\u000B', '\f', '\r'};
    private static final char[] DIGITS = "0123456789".toCharArray();

    /** The lower bound of the {@code {n}} or {@code {n,m}} quantifier at {@code open}; 0 when unreadable. */
    private static int minimum(String r, int open) {
        int i = open + 1;
        int n = 0;
        boolean any = false;
        while (i < r.length() && Character.isDigit(r.charAt(i))) {
            n = n * 10 + (r.charAt(i++) - '0');
            any = true;
        }
        return any ? n : 0;
    }

    /**
     * The anchors of one alternative: its leading group's, or its leading run of literal characters, where
     * {@code \s} and small classes such as {@code [Tt]} multiply the run into several strings.
     */
    private static Set<String> ofSequence(String r, int from, int to) {
        int i = from;
        while (i < to) { // zero-width assertions at the start consume nothing
            if (r.startsWith("\\b", i)) {
                i += 2;
            } else if (r.charAt(i) == '^') {
                i++;
            } else if (r.startsWith("(?<=", i) || r.startsWith("(?<!", i)) {
                int close = groupEnd(r, i);
                if (close < 0) {
                    return null;
                }
                i = close + 1;
            } else {
                break;
            }
        }
        if (i >= to) {
            return null;
        }
        if (r.charAt(i) == '(') {
            int close = groupEnd(r, i);
            if (close < 0 || close >= to) {
                return null;
            }
            char after = close + 1 < to ? r.charAt(close + 1) : 0;
            int inner;
            if (r.startsWith("(?:", i)) {
                inner = i + 3;
            } else if (r.startsWith("(?", i)) {
                return null; // look-ahead, named group or flags
            } else {
                inner = i + 1;
            }
            Set<String> group = ofAlternation(r, inner, close);
            if (after == '?' || after == '*') {
                // An optional group: a match starts with the group or, without it, with what follows.
                int rest = close + 2;
                if (rest < to && (r.charAt(rest) == '?' || r.charAt(rest) == '+')) {
                    rest++; // lazy or possessive
                }
                Set<String> following = rest < to ? ofSequence(r, rest, to) : null;
                if (group == null || following == null) {
                    return null;
                }
                Set<String> both = new LinkedHashSet<>(group);
                both.addAll(following);
                return both;
            }
            if (after == '{' && minimum(r, close + 1) == 0) {
                return null;
            }
            return group;
        }
        List<StringBuilder> run = new ArrayList<>(List.of(new StringBuilder()));
        while (i < to) {
            char c = r.charAt(i);
            int width = 1;
            char[] choices = null;
            if (c == '\\') {
                if (i + 1 >= to) {
                    return null;
                }
                char d = r.charAt(i + 1);
                if (d == 'u' && i + 6 <= to) {
                    c = (char) Integer.parseInt(r.substring(i + 2, i + 6), 16);
                    width = 6;
                } else if (d == 's') {
                    choices = WHITESPACE;
                    width = 2;
                } else if (d == 'd') {
                    choices = DIGITS;
                    width = 2;
                } else if (!Character.isLetterOrDigit(d)) {
                    c = d;
                    width = 2;
                } else {
                    break; // \w, \d, \b, \p{..}: not a few literal characters
                }
            } else if (c == '[') {
                int close = classEnd(r, i);
                choices = close < 0 ? null : simpleClass(r, i + 1, close);
                if (choices == null) {
                    break;
                }
                width = close + 1 - i;
            } else if (META.indexOf(c) >= 0) {
                break;
            }
            char quantifier = i + width < to ? r.charAt(i + width) : 0;
            if (quantifier == '?' || quantifier == '*' || quantifier == '{' && minimum(r, i + width) == 0) {
                break; // this character may be absent
            }
            if (choices == null) {
                for (StringBuilder b : run) {
                    b.append(c);
                }
            } else {
                if (run.size() * choices.length > MAX_EXPANSION) {
                    break;
                }
                List<StringBuilder> grown = new ArrayList<>();
                for (StringBuilder b : run) {
                    for (char x : choices) {
                        grown.add(new StringBuilder(b).append(x));
                    }
                }
                run = grown;
            }
            i += width;
            if (quantifier == '+' || quantifier == '{') {
                break; // present at least once; what repeats after it is not a fixed literal
            }
        }
        if (run.get(0).length() == 0) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        run.forEach(b -> out.add(b.toString()));
        return out;
    }

    /** The characters of a class such as {@code [Tt]} or {@code [\-•]}: plain characters only, no ranges, no negation. */
    private static char[] simpleClass(String r, int from, int to) {
        StringBuilder chars = new StringBuilder();
        for (int i = from; i < to; i++) {
            char c = r.charAt(i);
            if (c == '^' && i == from || c == '[' || c == '&' || c == '-' && i > from && i + 1 < to) {
                return null;
            }
            if (c == '\\') {
                if (i + 1 >= to || Character.isLetterOrDigit(r.charAt(i + 1))) {
                    return null;
                }
                c = r.charAt(++i);
            }
            chars.append(c);
        }
        return chars.length() == 0 || chars.length() > 8 ? null : chars.toString().toCharArray();
    }

    private static int groupEnd(String r, int open) {
        int depth = 0;
        for (int i = open; i < r.length(); i = skipEscapeOrClass(r, i) + 1) {
            if (i < 0) {
                return -1;
            }
            char c = r.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the atom at {@code i} ends when it is an escape ({@code \\x}) or a character class: the index of
     * its last character, so that parentheses and bars inside it are not taken for structure; {@code i}
     * itself for any other character; -2 for a class never closed.
     */
    private static int skipEscapeOrClass(String r, int i) {
        char c = r.charAt(i);
        if (c == '\\') {
            return i + 1;
        }
        if (c == '[') {
            int end = classEnd(r, i);
            return end < 0 ? -2 : end;
        }
        return i;
    }

    /** The index of the ']' closing the character class opened at {@code open}. */
    private static int classEnd(String r, int open) {
        int i = open + 1;
        if (i < r.length() && r.charAt(i) == '^') {
            i++;
        }
        if (i < r.length() && r.charAt(i) == ']') {
            i++; // a leading ']' is literal
        }
        int depth = 1;
        for (; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
