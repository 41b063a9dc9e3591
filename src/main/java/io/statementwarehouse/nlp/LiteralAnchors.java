package io.statementwarehouse.nlp;

import java.util.LinkedHashSet;
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
        for (int i = from; i < to; i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(r, i);
                if (i < 0) {
                    return null;
                }
            } else if (c == '(') {
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

    /** The anchors of one alternative: its leading group's, or its leading run of literal characters. */
    private static Set<String> ofSequence(String r, int from, int to) {
        int i = from;
        while (i < to) { // zero-width assertions at the start consume nothing
            if (r.startsWith("\\b", i)) {
                i += 2;
            } else if (r.charAt(i) == '^') {
                i++;
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
            if (after == '?' || after == '*' || after == '{') {
                return null;
            }
            int inner;
            if (r.startsWith("(?:", i)) {
                inner = i + 3;
            } else if (r.startsWith("(?", i)) {
                return null; // look-around, named group or flags
            } else {
                inner = i + 1;
            }
            return ofAlternation(r, inner, close);
        }
        StringBuilder literal = new StringBuilder();
        while (i < to) {
            char c = r.charAt(i);
            int width = 1;
            if (c == '\\') {
                if (i + 1 >= to) {
                    return null;
                }
                char d = r.charAt(i + 1);
                if (d == 'u' && i + 6 <= to) {
                    c = (char) Integer.parseInt(r.substring(i + 2, i + 6), 16);
                    width = 6;
                } else if (!Character.isLetterOrDigit(d)) {
                    c = d;
                    width = 2;
                } else {
                    break; // \s, \w, \d, \b, ...: not a literal
                }
            } else if (META.indexOf(c) >= 0) {
                break;
            }
            char quantifier = i + width < to ? r.charAt(i + width) : 0;
            if (quantifier == '?' || quantifier == '*' || quantifier == '{') {
                break; // this character may be absent
            }
            literal.append(c);
            i += width;
            if (quantifier == '+') {
                break;
            }
        }
        return literal.length() == 0 ? null : Set.of(literal.toString());
    }

    private static int groupEnd(String r, int open) {
        int depth = 0;
        for (int i = open; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(r, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
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
