package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression together with the literal words every one of its matches starts with
 * ({@link LiteralAnchors}), found in a sentence by one {@link KeywordAutomaton} pass before the regex
 * runs. A sentence without any of them cannot match and the regex is not run at all; otherwise the
 * search starts at the leftmost anchor instead of at every position of the sentence.
 *
 * <p>Why: {@code find()} of an alternation of fifty words tries all fifty at every character of every
 * sentence; in the JFR profile of the job, such searches took half of the analysis time while they
 * almost never matched. The results are exactly those of the plain pattern (the region uses transparent
 * bounds, so {@code \b} and look-behinds still see the text before it).
 */
public final class AnchoredPattern {

    private final Pattern pattern;
    /** Null when the anchors cannot be told from the source: then every search runs the regex. */
    private final KeywordAutomaton anchors;
    /**
     * A few case-sensitive anchors are looked up with {@link String#indexOf(String)}, which the JVM
     * vectorizes: cheaper than a pass of the automaton, which pays off from about a dozen anchors on.
     */
    private final String[] fewAnchors;
    private static final int FEW = 8;

    private AnchoredPattern(Pattern pattern) {
        this.pattern = pattern;
        boolean ignoreCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        String source = pattern.pattern();
        if (source.startsWith("(?i)")) {
            ignoreCase = true;
            source = source.substring(4);
        }
        List<String> words = LiteralAnchors.of(source).map(ArrayList::new).orElse(null);
        this.anchors = words == null ? null : new KeywordAutomaton(words, ignoreCase);
        this.fewAnchors = words != null && !ignoreCase && words.size() <= FEW ? words.toArray(String[]::new) : null;
    }

    /** The leftmost position where an anchor occurs, -1 when none does; 0 when there are no anchors. */
    private int firstAnchor(CharSequence text) {
        if (anchors == null) {
            return 0;
        }
        if (fewAnchors != null && text instanceof String s) {
            int best = -1;
            for (String a : fewAnchors) {
                int at = s.indexOf(a);
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                }
            }
            return best;
        }
        return anchors.firstStart(text);
    }

    public static AnchoredPattern compile(String regex) {
        return new AnchoredPattern(Pattern.compile(regex));
    }

    public static AnchoredPattern of(Pattern pattern) {
        return new AnchoredPattern(pattern);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether the anchors could be derived, so that sentences without them are skipped. */
    public boolean isAnchored() {
        return anchors != null;
    }

    /**
     * A matcher whose {@code find()} gives the same matches as the plain pattern's: its region starts at
     * the leftmost anchor, or is empty when the text has none.
     */
    public Matcher matcher(CharSequence text) {
        int start = firstAnchor(text);
        Matcher m = pattern.matcher(text);
        if (start != 0) {
            m.useTransparentBounds(true).useAnchoringBounds(false);
            m.region(start < 0 ? text.length() : start, text.length());
        }
        return m;
    }

    /** Whether the pattern occurs in the text. */
    public boolean find(CharSequence text) {
        return firstAnchor(text) >= 0 && matcher(text).find();
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
