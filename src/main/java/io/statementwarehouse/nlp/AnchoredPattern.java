package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression together with the literal words every one of its matches starts with
 * ({@link LiteralAnchors}), found in the text by one {@link KeywordAutomaton} pass (or a few vectorized
 * {@code indexOf}) before the regex runs. A sentence without any of them cannot match and the regex is
 * not run at all; otherwise the regex is tried only where an anchor starts, instead of at every position.
 *
 * <p>Why: {@code find()} of an alternation of fifty words tries all fifty at every character of every
 * sentence; in the JFR profile of the job, such searches took half of the analysis time while they
 * almost never matched. The matches are exactly those of the plain pattern (each try is a
 * {@code lookingAt} on a region with transparent bounds, so {@code \b} and look-behinds still see the
 * text before it); {@code AnchoredPatternTests} compares the two on real sentences.
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
    /** Whether the source has "^" or "$" (perhaps literally, in a class: this only errs towards the plain search). */
    private final boolean boundaryAnchored;
    /** The anchor words when they are matched case-sensitively (empty otherwise), for {@link SharedAnchors}. */
    private final List<String> caseSensitiveAnchorWords;
    /** Where matches may start in a lower-case text (null when the anchors cannot be told): see {@link #anchorWordsInLowerCase()}. */
    private final List<String> lowerCaseAnchorWords;

    /** What every match starts with when the pattern has no literal anchors, as ASCII classes: tried only there. */
    enum Opening {
        /** {@code [A-Z]} */
        CAPITAL("[A-Z]"),
        /** {@code \d}: an ASCII digit (the pattern has no UNICODE_CHARACTER_CLASS flag) */
        DIGIT("\\d");

        private final String source;

        Opening(String source) {
            this.source = source;
        }

        boolean at(char c) {
            return this == CAPITAL ? c >= 'A' && c <= 'Z' : c >= '0' && c <= '9';
        }
    }

    /** Null: matches may start anywhere the literal anchors (if any) allow. */
    private final Opening opening;
    /**
     * Whether every match starts with {@code \b}: then a match cannot start between two ASCII word characters, and an
     * anchor there ("is" in "this", "in" in "within") is passed over without a try of the regex (each try resets the
     * matcher's groups: {@code Matcher.reset} was 3% of the analysis in a JFR profile, most of it for such tries).
     */
    private final boolean opensAtWordBoundary;
    /**
     * Whether every match starts at the start of the text: each alternative of the source opens with {@code ^}, which
     * (without MULTILINE) matches there only. Then a yes-or-no search is one try at the start, where {@code find()} of a
     * pattern without anchors tried every position of the text (for the subject phrases of the cue rules: "^(?:the|this)\s+
     * ... (?:assistance|funding)$").
     */
    private final boolean opensAtTextStart;

    private AnchoredPattern(Pattern pattern) {
        this(pattern, null);
    }

    private AnchoredPattern(Pattern pattern, Opening required) {
        this.pattern = pattern;
        boolean ignoreCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        String source = pattern.pattern();
        if (source.startsWith("(?i)")) {
            ignoreCase = true;
            source = source.substring(4);
        }
        List<String> words = LiteralAnchors.of(source).map(ArrayList::new).orElse(null);
        // Without literal anchors, a pattern that opens with a digit ("\\b(\\d{4})-") is tried only at digits, instead
        // of at every position of every sentence.
        boolean plainDigits = (pattern.flags() & Pattern.UNICODE_CHARACTER_CLASS) == 0 && !source.contains("(?U");
        this.opening = required != null ? required : words == null && plainDigits && opensWith(source, Opening.DIGIT) ? Opening.DIGIT : null;
        this.anchors = words == null ? null : new KeywordAutomaton(words, ignoreCase);
        this.caseSensitiveAnchorWords = words == null || ignoreCase ? List.of() : List.copyOf(words);
        this.lowerCaseAnchorWords = words == null ? null
                : ignoreCase ? words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).distinct().toList() : List.copyOf(words);
        this.boundaryAnchored = source.indexOf('^') >= 0 || source.indexOf('$') >= 0;
        this.opensAtWordBoundary = opensAtWordBoundary(source);
        this.opensAtTextStart = (pattern.flags() & (Pattern.MULTILINE | Pattern.COMMENTS | Pattern.LITERAL)) == 0
                && opensAtTextStart(source);
        this.fewAnchors = words != null && !ignoreCase && words.size() <= FEW ? words.toArray(String[]::new) : null;
    }

    public static AnchoredPattern compile(String regex) {
        return new AnchoredPattern(Pattern.compile(regex));
    }

    public static AnchoredPattern of(Pattern pattern) {
        return new AnchoredPattern(pattern);
    }

    /**
     * A pattern whose every match starts with an ASCII capital letter, such as {@code \b[A-Z][\p{L}]+}: it is
     * tried only where the text has one, instead of at every position (a name pattern's {@code find()} tried
     * every character of every sentence). Checked: the source must open, after {@code \b} and groups, with
     * {@code [A-Z]}.
     */
    public static AnchoredPattern compileAtCapitals(String regex) {
        if (!opensWith(regex, Opening.CAPITAL)) {
            throw new IllegalArgumentException("not a pattern whose every match starts with a capital letter: " + regex);
        }
        return new AnchoredPattern(Pattern.compile(regex), Opening.CAPITAL);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether the anchors could be derived, so that sentences without them are skipped. */
    public boolean isAnchored() {
        return anchors != null;
    }

    /**
     * The literal words every match starts with, when they are matched case-sensitively: what a caller can
     * search for together with other patterns' ({@link SharedAnchors}). Empty when the anchors cannot be
     * told from the source or the pattern ignores case.
     */
    public List<String> caseSensitiveAnchorWords() {
        return caseSensitiveAnchorWords;
    }

    /**
     * The words whose occurrences in a lower-case text are where the pattern's matches may start there, matched
     * case-sensitively: its anchors, lower-cased when it ignores case (a case-sensitive anchor with a capital never occurs
     * in such a text, as its own search would find). Null when the anchors cannot be told from the source. What a caller
     * that reads a sentence's lower-case text in one pass for other words too can search for ({@link SentenceTriggers}).
     */
    public List<String> anchorWordsInLowerCase() {
        return lowerCaseAnchorWords;
    }

    /**
     * The matches of the pattern in {@code text}, as {@link #matcher(CharSequence)} gives them, from where
     * its anchor words start in the text (ascending, each position once), found by the caller: several
     * patterns' anchors in one pass ({@link SharedAnchors}).
     */
    public Matches matcher(CharSequence text, int[] anchorStarts) {
        if (anchors == null) {
            throw new IllegalStateException("no anchors known for " + pattern.pattern());
        }
        return new Matches(null, anchorStarts, text.length(), this, text);
    }

    /** The matches of the pattern in {@code text}, in the order and with the groups {@link Matcher#find()} gives. */
    public Matches matcher(CharSequence text) {
        if (anchors == null && opening != null) {
            return new Matches(null, openings(text), text.length(), this, text);
        }
        if (anchors == null) {
            return new Matches(pattern.matcher(text), null, text.length(), null, null);
        }
        return new Matches(null, anchorStarts(text), text.length(), this, text);
    }

    /**
     * The matches inside {@code [from, to)}, as a {@link Matcher} with that region and transparent bounds gives
     * them (look-arounds and {@code \\b} see the text around the region).
     */
    public Matches matcher(CharSequence text, int from, int to) {
        if (anchors == null || boundaryAnchored) {
            // "^" and "$" match at a region's bounds: only the plain matcher has them right
            Matcher m = pattern.matcher(text).region(from, to).useTransparentBounds(true);
            return new Matches(m, null, to, null, null);
        }
        // A match at or after "from" starts at an anchor there: only [from, to) is searched for anchors
        int[] starts = anchorStarts(text.subSequence(from, to));
        for (int i = 0; i < starts.length; i++) {
            starts[i] += from;
        }
        return new Matches(null, starts, to, this, text);
    }

    /** Where the text has the character every match opens with. */
    private int[] openings(CharSequence text) {
        int[] starts = new int[8];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (opening.at(text.charAt(i))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /**
     * Whether every match of {@code regex} starts with a word boundary: the source opens with {@code \b} and has no
     * alternative outside a group (an alternative of the whole pattern need not open with it). Conservative: a source
     * with quoting ({@code \Q}) is not read.
     */
    static boolean opensAtWordBoundary(String regex) {
        List<Integer> alternatives = alternativeStarts(regex);
        return alternatives != null && alternatives.size() == 1 && regex.startsWith("\\b");
    }

    /**
     * Whether every alternative of {@code regex} (outside groups) opens with {@code ^}, and it sets no flags inline (a
     * {@code (?m)} would let {@code ^} match after every line break). Conservative: a source with quoting is not read.
     */
    static boolean opensAtTextStart(String regex) {
        List<Integer> alternatives = alternativeStarts(regex);
        if (alternatives == null || setsFlagsInline(regex)) {
            return false;
        }
        for (int k : alternatives) {
            if (k >= regex.length() || regex.charAt(k) != '^' || (k + 1 < regex.length() && "?*{".indexOf(regex.charAt(k + 1)) >= 0)) {
                return false; // an alternative that may start elsewhere, or a "^" made optional
            }
        }
        return true;
    }

    /** Where the alternatives of {@code regex} outside groups start, the first at 0; null for a source with quoting ({@code \Q}). */
    private static List<Integer> alternativeStarts(String regex) {
        if (regex.contains("\\Q")) {
            return null;
        }
        List<Integer> starts = new ArrayList<>(List.of(0));
        int depth = 0;
        for (int k = 0; k < regex.length(); k++) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[') {
                int classes = 1;
                for (k++; k < regex.length() && classes > 0; k++) {
                    char d = regex.charAt(k);
                    if (d == '\\') {
                        k++;
                    } else if (d == '[') {
                        classes++;
                    } else if (d == ']') {
                        classes--;
                    }
                }
                k--;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                starts.add(k + 1);
            }
        }
        return starts;
    }

    /** Whether the source has a group that sets flags (or one of the constructs not read here): any "(?" but non-capturing groups and look-arounds. */
    private static boolean setsFlagsInline(String regex) {
        for (int k = regex.indexOf("(?"); k >= 0; k = regex.indexOf("(?", k + 1)) {
            if (!regex.startsWith("(?:", k) && !regex.startsWith("(?=", k) && !regex.startsWith("(?!", k) && !regex.startsWith("(?<=", k)
                    && !regex.startsWith("(?<!", k)) {
                return true;
            }
        }
        return false;
    }

    /** An ASCII letter, digit or underscore: a word character of {@code \b} whatever the pattern's flags. */
    private static boolean asciiWordChar(char c) {
        return c < 128 && (c == '_' || Character.isLetterOrDigit(c));
    }

    /**
     * Whether every match of {@code regex} starts with the {@code opening} class: the source opens, after
     * {@code \\b} and group openings, with it (not made optional), and no alternative of those groups or of the
     * whole pattern could start otherwise (no {@code |} directly inside them).
     */
    static boolean opensWith(String regex, Opening opening) {
        int i = 0;
        int opened = 0;
        while (true) {
            if (regex.startsWith("\\b", i)) {
                i += 2;
            } else if (regex.startsWith("(?:", i)) {
                i += 3;
                opened++;
            } else if (regex.startsWith("(", i) && !regex.startsWith("(?", i)) {
                i += 1;
                opened++;
            } else {
                break;
            }
        }
        int after = i + opening.source.length();
        if (!regex.startsWith(opening.source, i) || (after < regex.length() && "?*".indexOf(regex.charAt(after)) >= 0)
                || regex.startsWith("{0", after) || regex.startsWith("{,", after)) {
            return false;
        }
        // The open groups, innermost first: true for a group opened before the class (an alternative of it could start otherwise)
        java.util.ArrayDeque<Boolean> leading = new java.util.ArrayDeque<>();
        for (int g = 0; g < opened; g++) {
            leading.push(true);
        }
        for (int k = i; k < regex.length(); k++) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[') {
                for (k++; k < regex.length() && regex.charAt(k) != ']'; k++) {
                    if (regex.charAt(k) == '\\') {
                        k++;
                    }
                }
            } else if (c == '(') {
                leading.push(false);
            } else if (c == ')') {
                if (leading.isEmpty()) {
                    return false;
                }
                leading.pop();
            } else if (c == '|' && (leading.isEmpty() || leading.peek())) {
                return false; // another alternative of a leading group, or of the whole pattern
            }
        }
        return true;
    }

    /**
     * Whether the pattern occurs in the text: {@code matcher(text).find()}, on a matcher this thread reuses
     * (nothing escapes). Most searches are such yes-or-no questions, and a new {@link Matcher} for each (its
     * group arrays and its reset) was the largest garbage of the analysis in a JFR profile.
     */
    public boolean find(CharSequence text) {
        if (opensAtTextStart) {
            // a match can start at the text's start only: one try there (the bounds of this thread's matcher, anchoring or
            // not, transparent or not, are the whole text's after the reset)
            return reusable.get().claim(null, text).lookingAt();
        }
        if (anchors == null) {
            return opening == null ? reusable.get().claim(null, text).find() : matcher(text).find();
        }
        return anyAnchorMatches(text);
    }

    /**
     * Whether the pattern matches where one of its anchors starts: what the first {@link Matches#find()} answers, without
     * its list of the anchors' positions sorted and each once. A yes-or-no question does not need the first match, only
     * some match, so the anchors are tried in the order they are found (a position found twice is tried twice, which
     * gives the same answer); the list, its sort and copies were most of the cost of a search of a short span.
     */
    private boolean anyAnchorMatches(CharSequence text) {
        Matcher m = null;
        if (fewAnchors != null && text instanceof String s) {
            for (String a : fewAnchors) {
                for (int at = s.indexOf(a); at >= 0; at = s.indexOf(a, at + 1)) {
                    if (!insideWord(text, at)) {
                        m = m == null ? reusable.get().claim(null, text) : m;
                        if (m.region(at, text.length()).lookingAt()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
        int[] hits = anchors.hits(text);
        for (int h = 0; h < hits[0]; h++) {
            int at = hits[2 * h + 1];
            if (!insideWord(text, at)) {
                m = m == null ? reusable.get().claim(null, text) : m;
                if (m.region(at, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code at} lies between two ASCII word characters, where a pattern that opens with {@code \b} cannot match. */
    private boolean insideWord(CharSequence text, int at) {
        return opensAtWordBoundary && at > 0 && at < text.length() && asciiWordChar(text.charAt(at - 1)) && asciiWordChar(text.charAt(at));
    }

    /**
     * This thread's matcher of the pattern, for {@link #find(CharSequence)} and the searches at anchors
     * ({@link Matches}): with transparent, non-anchoring bounds when it is tried at anchors, the defaults
     * otherwise, as a plain search needs.
     */
    private final ThreadLocal<SharedMatcher> reusable = ThreadLocal.withInitial(this::newSharedMatcher);

    private SharedMatcher newSharedMatcher() {
        Matcher m = pattern().matcher("");
        return new SharedMatcher(anchors != null || opening != null ? m.useTransparentBounds(true).useAnchoringBounds(false) : m);
    }

    /**
     * A thread's matcher of one pattern, used by one search at a time: a search that finds another one has used
     * it since sets its own text again. A new {@link Matcher} per search (its group arrays, its reset) was the
     * largest garbage of the analysis in a JFR profile.
     */
    private static final class SharedMatcher {
        private final Matcher matcher;
        /** The search whose text the matcher holds (null: a yes-or-no search, which keeps nothing). */
        private Object user;

        SharedMatcher(Matcher matcher) {
            this.matcher = matcher;
        }

        Matcher claim(Object search, CharSequence text) {
            user = search;
            return matcher.reset(text);
        }
    }

    /** Where anchors start in the text, ascending, each position once. */
    private int[] anchorStarts(CharSequence text) {
        int[] starts = new int[8];
        int n = 0;
        if (fewAnchors != null && text instanceof String s) {
            for (String a : fewAnchors) {
                for (int at = s.indexOf(a); at >= 0; at = s.indexOf(a, at + 1)) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = at;
                }
            }
        } else {
            int[] found = anchors.starts(text);
            n = found[0];
            starts = Arrays.copyOfRange(found, 1, n + 1);
        }
        return sortedDistinct(starts, n);
    }

    /** The first {@code n} positions of {@code starts}, ascending, each once (a new array or {@code starts} itself). */
    static int[] sortedDistinct(int[] starts, int n) {
        if (n <= 1) {
            return n == starts.length ? starts : Arrays.copyOf(starts, n);
        }
        Arrays.sort(starts, 0, n);
        int distinct = 1;
        for (int i = 1; i < n; i++) {
            if (starts[i] != starts[distinct - 1]) {
                starts[distinct++] = starts[i];
            }
        }
        return distinct == starts.length ? starts : Arrays.copyOf(starts, distinct);
    }

    /**
     * Successive matches, found by trying the pattern only where an anchor starts ({@link Matcher#lookingAt()}
     * on a region with transparent bounds, so {@code \b} and look-arounds still see the whole text). After a
     * successful {@link #find()}, {@link #current()} is the underlying matcher in its matched state, until the next
     * search with the same pattern on this thread (the matcher is shared, see {@code SharedMatcher}).
     */
    public static final class Matches {
        /** Taken at the first anchor tried (a text without anchors costs nothing): this thread's matcher of the pattern. */
        private Matcher m;
        private SharedMatcher shared;
        private final AnchoredPattern source;
        private final CharSequence text;
        /** Null: no anchors, plain {@link Matcher#find()}. */
        private final int[] starts;
        private final int end;
        private int next;
        private int from;

        private Matches(Matcher m, int[] starts, int end, AnchoredPattern source, CharSequence text) {
            this.m = m;
            this.starts = starts;
            this.end = end;
            this.source = source;
            this.text = text;
        }

        public boolean find() {
            if (starts == null) {
                return m.find();
            }
            while (next < starts.length) {
                int at = starts[next++];
                if (at < from) {
                    continue;
                }
                if (source.insideWord(text, at)) {
                    continue; // inside a word: no \b here
                }
                if (shared == null) {
                    shared = source.reusable.get();
                    m = shared.claim(this, text);
                } else if (shared.user != this) {
                    m = shared.claim(this, text); // another search of the pattern ran in between
                }
                m.region(at, end);
                if (m.lookingAt()) {
                    from = m.end() == at ? at + 1 : m.end();
                    return true;
                }
            }
            return false;
        }

        public Matcher current() {
            return m;
        }

        public int start() {
            return m.start();
        }

        public int end() {
            return m.end();
        }

        public int start(int group) {
            return m.start(group);
        }

        public int end(int group) {
            return m.end(group);
        }

        public String group() {
            return m.group();
        }

        public String group(int group) {
            return m.group(group);
        }
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
