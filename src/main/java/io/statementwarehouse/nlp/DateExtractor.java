package io.statementwarehouse.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes the temporal expressions of a sentence to ISO values ({@code YYYY-MM-DD}, {@code YYYY-MM},
 * {@code YYYY}), resolved against the publication date. Weekday names follow the tense rule: the most
 * recent such day on or before publication in a past-tense sentence, the next one in a future-tense
 * sentence. Durations, weeks, times of day, vague expressions and years inside names are left alone.
 */
public final class DateExtractor {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|"
            + "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** A pattern, how its match resolves, and what must occur in the sentence for it to be tried at all. */
    private record Rule(AnchoredPattern pattern, Resolver resolver, Trigger trigger) {
    }

    /** Cheap tests run once per sentence; most sentences mention no date, and skip every pattern. */
    private enum Trigger {
        /** Four ASCII digits in a row ({@link #hasFourDigits}). */
        DIGIT, MONTH, RELATIVE_DAY, WEEKDAY, YEAR_OR_MONTH_WORD
    }

    /** Months as the patterns match them: capitalized, full or abbreviated with a period. */
    private static final String[] MONTH_WORDS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec."};
    private static final String[] WEEKDAY_STEMS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    private static final String[] RELATIVE_DAY_WORDS = {"today", "tonight", "this morning", "this afternoon", "this evening", "yesterday",
            "tomorrow"};

    @FunctionalInterface
    private interface Resolver {
        /** The ISO value, or null to leave the match alone. */
        String resolve(Matcher m, LocalDate published, boolean future);
    }

    private static final List<Rule> RULES = List.of(
            // ISO date written out: 2024-11-14
            rule("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", (m, p, f) -> day(num(m, 1), num(m, 2), num(m, 3)), Trigger.DIGIT),
            // November 14, 2024 / Nov. 14-16, 2024 / June 25th
            rule("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th|<sup>(?:st|nd|rd|th)</sup>)?(?:\\s*[-–]\\s*\\d{1,2})?(?:,?\\s+(\\d{4}))?\\b(?!\\s*(?:percent|%))",
                    (m, p, f) -> day(m.group(3) != null ? num(m, 3) : p.getYear(), month(m.group(1)), num(m, 2)), Trigger.MONTH),
            // 14 November 2024
            rule("\\b(\\d{1,2})\\s+" + MONTH + "(?:\\s+(\\d{4}))?\\b",
                    (m, p, f) -> day(m.group(3) != null ? num(m, 3) : p.getYear(), month(m.group(2)), num(m, 1)), Trigger.MONTH),
            // July this year / this July / last April / next March / July 2023
            rule("\\b(?:in\\s+)?" + MONTH + "\\s+(this|last|next)\\s+year\\b",
                    (m, p, f) -> ym(p.getYear() + offset(m.group(2)), month(m.group(1))), Trigger.MONTH),
            rule("\\b(this|last|next)\\s+" + MONTH + "(?!\\s+\\d)",
                    (m, p, f) -> relativeMonth(m.group(1), month(m.group(2)), p), Trigger.MONTH),
            rule("\\b" + MONTH + "\\s+(?:of\\s+)?(\\d{4})\\b", (m, p, f) -> ym(num(m, 2), month(m.group(1))), Trigger.MONTH),
            rule("\\b(?:in|since|until|by|from|during|of|early|late|mid-?)\\s+" + MONTH + "(?![\\s\\d,]*\\d)",
                    (m, p, f) -> ym(p.getYear(), month(m.group(1))), Trigger.MONTH),
            // today, tonight, this morning/afternoon/evening
            rule("(?i)\\b(today|tonight|this (?:morning|afternoon|evening))\\b", (m, p, f) -> p.toString(), Trigger.RELATIVE_DAY),
            rule("(?i)\\byesterday\\b", (m, p, f) -> p.minusDays(1).toString(), Trigger.RELATIVE_DAY),
            rule("(?i)\\btomorrow\\b", (m, p, f) -> p.plusDays(1).toString(), Trigger.RELATIVE_DAY),
            // on Wednesday / last Friday / next Monday
            rule("\\b(?:(last|next|this|on|on\\s+last)\\s+)?" + WEEKDAY + "\\b(?!,?\\s+" + MONTH + ")",
                    (m, p, f) -> weekday(m.group(1), m.group(2), p, f), Trigger.WEEKDAY),
            // this year / last year / next year; this month / last month / next month
            rule("\\b(this|last|next|past|coming)\\s+year\\b", (m, p, f) -> m.group(1).equalsIgnoreCase("past")
                    || m.group(1).equalsIgnoreCase("coming") ? null : String.valueOf(p.getYear() + offset(m.group(1))), Trigger.YEAR_OR_MONTH_WORD),
            rule("\\b(this|last|next)\\s+month\\b",
                    (m, p, f) -> YearMonth.from(p).plusMonths(offset(m.group(1))).toString(), Trigger.YEAR_OR_MONTH_WORD),
            // a bare year: "in 2021", "by 2030" (not "the 2022 AU Summit", not "2030 Agenda")
            rule("\\b(?:in|by|since|until|from|of|through|before|after|during)\\s+((?:19|20)\\d{2})\\b(?!\\s*[A-Z\\-])",
                    (m, p, f) -> m.group(1), Trigger.DIGIT));

    private static final AnchoredPattern FUTURE = AnchoredPattern.of(Pattern.compile(
            "\\b(will|shall|would|going to|plans? to|is scheduled|are scheduled|to be held|next|upcoming|'ll|intends? to|expects? to)\\b",
            Pattern.CASE_INSENSITIVE));

    private static Rule rule(String regex, Resolver resolver, Trigger trigger) {
        return new Rule(AnchoredPattern.compile(regex), resolver, trigger);
    }

    /** The words of the word triggers, found in one pass (months as written, the others in any case). */
    private static final KeywordAutomaton TRIGGER_WORDS;
    private static final List<Trigger> TRIGGER_OF = new java.util.ArrayList<>();
    private static final List<String> TRIGGER_WORD_LIST;

    static {
        List<String> words = new java.util.ArrayList<>();
        // Months only as the patterns match them (capitalized); the automaton folds case, so a month found in
        // lower case is checked by the patterns, which stay exact.
        for (String w : MONTH_WORDS) {
            words.add(w.toLowerCase(Locale.ROOT));
            TRIGGER_OF.add(Trigger.MONTH);
        }
        for (String w : RELATIVE_DAY_WORDS) {
            words.add(w);
            TRIGGER_OF.add(Trigger.RELATIVE_DAY);
        }
        for (String w : WEEKDAY_STEMS) {
            words.add(w);
            TRIGGER_OF.add(Trigger.WEEKDAY);
        }
        for (String w : List.of("year", "month")) {
            words.add(w);
            TRIGGER_OF.add(Trigger.YEAR_OR_MONTH_WORD);
        }
        TRIGGER_WORDS = new KeywordAutomaton(words, true);
        TRIGGER_WORD_LIST = List.copyOf(words);
    }

    /**
     * The anchors of the case-sensitive rules, found in one pass for a sentence with a trigger, where each rule
     * searched its own (six passes for a sentence with a month); the others ({@code (?i)}) still do.
     */
    private static final SharedAnchors RULE_ANCHORS;
    /** The list of each rule's anchors in {@link #RULE_ANCHORS}, or -1. */
    private static final int[] LIST_OF_RULE = new int[RULES.size()];

    static {
        List<List<String>> lists = new ArrayList<>();
        for (int i = 0; i < RULES.size(); i++) {
            List<String> words = RULES.get(i).pattern().caseSensitiveAnchorWords();
            LIST_OF_RULE[i] = words.isEmpty() ? -1 : lists.size();
            if (!words.isEmpty()) {
                lists.add(words);
            }
        }
        RULE_ANCHORS = new SharedAnchors(lists);
    }

    /**
     * Whether the text has four ASCII digits in a row: what both rules of the {@link Trigger#DIGIT} trigger need (an ISO
     * date's "\\d{4}-", a bare year's "(?:19|20)\\d{2}"; {@code \\d} is ASCII, the patterns have no Unicode flag).
     * Most sentences with a digit have none ("$21 million", "G20", "COVID-19"): they skip the anchor pass of the date
     * rules, which was 2.8% of the analysis in a JFR profile.
     */
    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** Date mentions of one sentence ({@code offset}: the sentence's start in the body). */
    public List<Mention> extract(String text, int offset, int sentenceNo, LocalDate published) {
        return extract(text, offset, sentenceNo, published, wordTriggers(text));
    }

    /**
     * The trigger words, lower-case: a caller that searches the sentence's lower-case text for other words as well
     * finds these in the same pass ({@link SentenceTriggers}) and passes what it found to
     * {@link #extract(String, int, int, LocalDate, int)}.
     */
    static List<String> triggerWords() {
        return TRIGGER_WORD_LIST;
    }

    /** What trigger word {@code word} (of {@link #triggerWords()}) found at {@code start} of {@code text} lets run: a bit, or 0. */
    static int triggerBit(int word, String text, int start) {
        Trigger t = TRIGGER_OF.get(word);
        // Months count only capitalized, as the patterns match them.
        return t != Trigger.MONTH || Character.isUpperCase(text.charAt(start)) ? 1 << t.ordinal() : 0;
    }

    /** The trigger words found in {@code text}, as bits ({@link #triggerBit}), by a pass of this class's own. */
    static int wordTriggers(String text) {
        int[] present = {0};
        TRIGGER_WORDS.scan(text, (start, end, k) -> present[0] |= triggerBit(k, text, start));
        return present[0];
    }

    /**
     * Date mentions of one sentence, its trigger words found already ({@code wordTriggers}: their bits, as
     * {@link #wordTriggers} gives them).
     */
    List<Mention> extract(String text, int offset, int sentenceNo, LocalDate published, int wordTriggers) {
        List<Mention> out = new ArrayList<>();
        int presentBits = wordTriggers | (hasFourDigits(text) ? 1 << Trigger.DIGIT.ordinal() : 0);
        if (presentBits == 0) {
            return out;
        }
        boolean[] taken = new boolean[text.length() + 1];
        Boolean future = null; // the tense, looked at only when a pattern matched
        int[][] anchors = null;
        for (int ri = 0; ri < RULES.size(); ri++) {
            Rule r = RULES.get(ri);
            if ((presentBits & 1 << r.trigger().ordinal()) == 0) {
                continue;
            }
            AnchoredPattern.Matches m;
            if (LIST_OF_RULE[ri] >= 0) {
                anchors = anchors == null ? RULE_ANCHORS.starts(text) : anchors;
                m = r.pattern().matcher(text, anchors[LIST_OF_RULE[ri]]);
            } else {
                m = r.pattern().matcher(text);
            }
            while (m.find()) {
                if (isTaken(taken, m.start(), m.end())) {
                    continue;
                }
                String value;
                try {
                    if (future == null) {
                        future = FUTURE.find(text);
                    }
                    value = r.resolver().resolve(m.current(), published, future);
                } catch (RuntimeException e) {
                    value = null; // "February 30": not a date
                }
                if (value == null) {
                    continue;
                }
                int s = trimStart(text, m.start(), m.end());
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                out.add(new Mention(sentenceNo, offset + s, offset + m.end(), MentionKind.DATE, text.substring(s, m.end()),
                        value, true, null, 0));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Drops a leading preposition ("in July" is surfaced as "July"), keeping "this"/"last"/"next". */
    private static int trimStart(String text, int start, int end) {
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        for (String prep : List.of("in ", "on ", "since ", "until ", "by ", "from ", "during ", "of ", "early ", "late ", "through ",
                "before ", "after ")) {
            if (lower.startsWith(prep)) {
                return start + prep.length();
            }
        }
        return start;
    }

    private static boolean isTaken(boolean[] taken, int s, int e) {
        for (int i = s; i < e; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static int offset(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static String day(int year, int month, int day) {
        return LocalDate.of(year, month, day).toString();
    }

    private static String ym(int year, int month) {
        return YearMonth.of(year, month).toString();
    }

    private static String relativeMonth(String which, int month, LocalDate p) {
        int year = p.getYear();
        switch (which.toLowerCase(Locale.ROOT)) {
            case "last" -> {
                if (month >= p.getMonthValue()) {
                    year--;
                }
            }
            case "next" -> {
                if (month <= p.getMonthValue()) {
                    year++;
                }
            }
            default -> {
            }
        }
        return ym(year, month);
    }

    private static String weekday(String qualifier, String name, LocalDate p, boolean future) {
        DayOfWeek dow = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean forward = switch (q) {
            case "next" -> true;
            case "last", "on last" -> false;
            default -> future;
        };
        LocalDate d = forward ? p.with(TemporalAdjusters.nextOrSame(dow)) : p.with(TemporalAdjusters.previousOrSame(dow));
        if (q.equals("next") && d.equals(p)) {
            d = d.plusWeeks(1);
        }
        return d.toString();
    }
}
