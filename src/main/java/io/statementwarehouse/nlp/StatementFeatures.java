package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evidence about one sentence that the statement model weighs: what the cue rules found (which rule, its class,
 * scope and polarity: a rule is evidence, not a verdict), the sentence's structure (who the subject is, the modal or
 * commissive verb and its class, tense, negation, the reported-speech frame, beliefs, a call and whom it addresses)
 * and its words and word pairs. Each feature is a name; the model gives each a weight per class.
 *
 * <p>The word classes ({@code reference/statement_verb_classes.csv}) are classes of verbs and frames that the spec's
 * cue table and recurring cases name, with their inflected forms: not phrases of particular releases. The sentence
 * is read once, word by word: the classes are looked up per word and per word pair.
 */
public final class StatementFeatures {

    /** Words before which a class counts as the sentence's opening (its main clause, usually). */
    private static final int EARLY_WORDS = 8;

    private final Map<String, List<String>> classesOfWord = new HashMap<>();
    private final Map<String, List<String>> classesOfPair = new HashMap<>();
    /** The first words of the two-word phrases: a pair is looked up only after one of them. */
    private final java.util.Set<String> pairStarts = new java.util.HashSet<>();

    /**
     * The base forms of verbs a plan's items open with ("Establish new reporting requirements ...", "Offer passports
     * ..."): not a class of the features' word classes, only read at the start of a paragraph.
     */
    private static final String ACTION = "action";
    private final Set<String> actionVerbs = new java.util.HashSet<>();

    /** "v." and "v.early." with each class: built once, not for every word of every sentence. */
    private final Map<String, String> classFeature = new HashMap<>();
    private final Map<String, String> earlyClassFeature = new HashMap<>();

    @SuppressWarnings("unchecked") // an array of lists, indexed by slot
    private StatementFeatures(List<Map<String, String>> rows) {
        for (Map<String, String> row : rows) {
            classFeature.put(row.get("class"), "v." + row.get("class"));
            earlyClassFeature.put(row.get("class"), "v.early." + row.get("class"));
            if (ACTION.equals(row.get("class"))) {
                actionVerbs.addAll(CsvTables.list(row.get("words")));
                continue;
            }
            for (String w : CsvTables.list(row.get("words"))) {
                (w.contains(" ") ? classesOfPair : classesOfWord).computeIfAbsent(w, k -> new ArrayList<>()).add(row.get("class"));
                if (w.contains(" ")) {
                    pairStarts.add(w.substring(0, w.indexOf(' ')));
                }
            }
        }
        Set<String> vocabulary = new java.util.LinkedHashSet<>(classesOfWord.keySet());
        vocabulary.addAll(pairStarts);
        this.words = new WordIndex(vocabulary);
        this.classesOfSlot = new List[words.size()];
        this.pairStartAt = new boolean[words.size()];
        for (int slot = 0; slot < words.size(); slot++) {
            String w = words.word(slot);
            if (w != null) {
                classesOfSlot[slot] = classesOfWord.get(w);
                pairStartAt[slot] = pairStarts.contains(w);
            }
        }
    }

    /** For each slot of {@link #words}: the word's classes (null: none), and whether a pair of a class starts with it. */
    private final List<String>[] classesOfSlot;
    private final boolean[] pairStartAt;

    /** The words of the verb classes and the first words of their pairs, looked up in the sentence's text without a copy of each word. */
    private final WordIndex words;

    /**
     * A table of known lower-case words, looked up by a stretch of a text: a word of the sentence is found without cutting
     * it out and hashing the copy (a map's look-up of every word of every sentence the model reads was a sixth of the
     * features' cost in a JFR profile), and a known word's string is the table's own.
     */
    static final class WordIndex {
        private final String[] keys;
        private final int mask;

        WordIndex(java.util.Collection<String> words) {
            int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
            keys = new String[size];
            mask = size - 1;
            for (String w : words) {
                int slot = w.hashCode() & mask;
                while (keys[slot] != null && !keys[slot].equals(w)) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = w;
            }
        }

        /** The slot of the known word {@code text[start, end)}, or -1. {@code hash}: the stretch's {@link String#hashCode()}. */
        int find(String text, int start, int end, int hash) {
            int length = end - start;
            for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
                String k = keys[slot];
                if (k.length() == length && k.hashCode() == hash && text.regionMatches(start, k, 0, length)) {
                    return slot;
                }
            }
            return -1;
        }

        String word(int slot) {
            return keys[slot];
        }

        int size() {
            return keys.length;
        }
    }

    public static StatementFeatures load() {
        return new StatementFeatures(CsvTables.read("reference/statement_verb_classes.csv"));
    }

    /**
     * What the classifier knows of a sentence's place in its release: the side it speaks for, the release's sides, its
     * index, the kind of release its title says ({@link #genre}), and the class the rules gave the sentence before it.
     */
    public record Context(String speakerSide, Set<String> participants, int sentenceIndex, String genre, StatementClass previous,
                          StatementClass listLead) {
    }

    private static final Set<String> PROGRESSIVE_ADVERBS = WordSet.of("now", "also", "actively", "currently");

    /**
     * "is providing", "are now working", "is restarting": a side's ongoing conduct, which the spec counts as a pledge of
     * it (EXTRACTION.md section 7), read from the words.
     */
    private static boolean progressive(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String w = tokens.get(i);
            if (w.equals("is") || w.equals("are")) {
                String next = tokens.get(i + 1);
                if (PROGRESSIVE_ADVERBS.contains(next) && i + 2 < tokens.size()) {
                    next = tokens.get(i + 2);
                }
                if (next.length() >= 6 && next.endsWith("ing")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the text opens (after a bullet) with a capitalized action verb in its base form: "Establish ...", "Offer ...". */
    public boolean opensWithActionVerb(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            i++; // a bullet or a dash
        }
        int j = i;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        return j > i && Character.isUpperCase(text.charAt(i)) && actionVerbs.contains(text.substring(i, j).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a sentence reads as an item of a list: it opens with a bullet, or with a capitalized -ing word or a bare
     * word that is no article, pronoun or title ("Promoting dialogue ...", "Offer passports ...").
     */
    public static boolean looksLikeListItem(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        if (c == '-' || c == '\u2022' || c == '*') {
            return true;
        }
        int end = 0;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        if (end < 3 || !Character.isUpperCase(c)) {
            return false;
        }
        String first = t.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        return first.endsWith("ing") || !NOT_BARE_OPENINGS.contains(first) && end < t.length() && t.charAt(end) == ' '
                && end + 1 < t.length() && Character.isLowerCase(t.charAt(end + 1));
    }

    private static final Set<String> POSSESSIVES = WordSet.of("'s", "its", "their", "our", "his", "her");
    private static final Set<String> COMMITMENT_NOUNS = WordSet.of("support", "commitment", "willingness", "readiness", "determination",
            "help", "assistance", "resolve", "intention", "desire", "wish", "opposition", "solidarity", "backing");

    /** "the EU's willingness to ...", "their commitment to ...": a commitment noun after a possessive, or null. */
    private static String nominalCommitment(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (POSSESSIVES.contains(tokens.get(i))) {
                for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
                    if (COMMITMENT_NOUNS.contains(tokens.get(j))) {
                        return tokens.get(j);
                    }
                }
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern TIME_OPENING = java.util.regex.Pattern.compile(
            "^\\s*\\d{1,2}(?::\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Words a sentence opens with when it is not an order or a list item's bare verb. */
    private static final Set<String> NOT_BARE_OPENINGS = WordSet.of("the", "a", "an", "we", "he", "she", "they", "it", "this", "these",
            "that", "i", "our", "in", "on", "at", "for", "as", "with", "during", "after", "before", "both", "today", "there",
            "his", "her", "their", "its", "all", "each", "since", "while", "following", "president", "secretary", "minister",
            "prime", "mr", "ms", "dr", "and", "but", "also", "however", "building", "under", "through", "by", "from", "to");

    /** The kind of release a title names: what its sentences usually do. */
    public static String genre(String title) {
        if (title == null) {
            return "none";
        }
        String t = title.toLowerCase(java.util.Locale.ROOT);
        if (t.contains("schedule")) {
            return "schedule";
        }
        if (t.contains("joint statement") || t.contains("declaration") || t.contains("communiqu") || t.contains("joint press")
                || CHAIRS_STATEMENT.matcher(t).find()) {
            return "joint";
        }
        if (t.contains("fact sheet") || t.contains("factsheet")) {
            return "factsheet";
        }
        if (t.contains("readout") || t.contains(" call ") || t.contains("call with") || t.contains("meeting") || t.contains("talks")
                || t.contains("meets") || t.contains("met ")) {
            return "readout";
        }
        if (t.contains("remarks") || t.contains("press briefing") || t.contains("interview")) {
            return "remarks";
        }
        if (t.contains("statement")) {
            return "statement";
        }
        return "other";
    }

    /** A statement of a meeting's chair or co-chairs, who speak for all of it: "Co-Chairs' Statement", "Chair's Statement". */
    private static final java.util.regex.Pattern CHAIRS_STATEMENT = java.util.regex.Pattern.compile("chair(?:s['’]|['’]s)\\s+statement");

    /**
     * The features of a sentence.
     *
     * @param sentence the sentence as read
     * @param lower    its lower-case text as the cue rules read it (typographic apostrophes straight), or null
     * @param rule     what the cue rules decided (NONE when no rule fired)
     * @param mentions the sentence's entity mentions
     * @param ruleEvidence what the rules found besides their verdict: cues matched, candidates, vetoes and their reasons
     */
    public List<String> of(Sentence sentence, String lower, Statement rule, List<Mention> mentions, List<String> ruleEvidence,
                           Context ctx) {
        String text = sentence.text();
        Set<String> f = new java.util.HashSet<>(64);
        f.addAll(ruleEvidence);
        f.add("bias");
        ruleFeatures(rule, ctx, f);
        int[] starts = new int[text.length() + 1];
        int[] slots = new int[text.length() + 1];
        List<String> tokens = tokens(text, lower, starts, words, slots);
        String firstClass = null;
        int modalAt = -1;
        String modalClass = null;
        int directiveAt = -1;
        List<List<String>> classesAt = new ArrayList<>(tokens.size());
        Set<String> earlyClasses = new java.util.LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i);
            int slot = slots[i];
            List<String> classes = slot < 0 ? null : classesOfSlot[slot];
            if (i + 1 < tokens.size() && slot >= 0 && pairStartAt[slot]) {
                List<String> pairClasses = classesOfPair.get(w + " " + tokens.get(i + 1));
                if (pairClasses != null) {
                    classes = classes == null ? pairClasses : concat(classes, pairClasses);
                }
            }
            classesAt.add(classes == null ? List.of() : classes);
            if (classes == null) {
                continue;
            }
            for (String c : classes) {
                f.add(classFeature.get(c));
                if (i < EARLY_WORDS) {
                    f.add(earlyClassFeature.get(c));
                    earlyClasses.add(c);
                }
                if (firstClass == null && !c.equals("report") && !c.equals("negation")) {
                    firstClass = c;
                }
                if (modalAt < 0 && c.startsWith("modal_")) {
                    modalAt = i;
                    modalClass = c;
                }
                if (directiveAt < 0 && c.equals("directive")) {
                    directiveAt = i;
                }
            }
        }
        if (!tokens.isEmpty()) {
            f.add("w0=" + tokens.get(0));
            if (tokens.size() > 1) {
                f.add("w01=" + tokens.get(0) + " " + tokens.get(1));
            }
        }
        if (firstClass != null) {
            f.add("v.first=" + firstClass);
        }
        if (modalAt >= 0) {
            String who = who(tokens, starts, Math.max(0, modalAt - 6), modalAt, sentence, mentions, ctx);
            f.add(FeatureNames.joined("modal.subj=", modalClass, who));
            f.add("modal.subj=" + who);
        }
        if (directiveAt >= 0) {
            int to = Math.min(tokens.size(), directiveAt + 7);
            f.add("directive.addressee=" + who(tokens, starts, directiveAt + 1, to, sentence, mentions, ctx));
            for (int i = directiveAt + 1; i < Math.min(tokens.size(), directiveAt + 9); i++) {
                if (classesAt.get(i).contains("cooperate")) {
                    f.add("directive.cooperate");
                    break;
                }
            }
        }
        subjectFeatures(tokens, f);
        boolean progressive = progressive(tokens);
        mainSubject(tokens, starts, classesAt, firstClass, rule, progressive, sentence, mentions, ctx, f);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i + 1).equals("that") && classesAt.get(i).contains("agree")) {
                f.add("agree.that");
                break;
            }
        }
        combinations(f);
        entityFeatures(sentence, mentions, ctx, f);
        int n = tokens.size();
        f.add("len=" + (n < 8 ? "short" : n < 25 ? "mid" : n < 45 ? "long" : "vlong"));
        if (text.endsWith(":")) {
            f.add("ends.colon");
        }
        if (ctx.sentenceIndex() == 0) {
            f.add("first.sentence");
        }
        f.add("genre=" + ctx.genre());
        f.add(FeatureNames.joined("genre.rule=", ctx.genre(), rule.statementClass().name()));
        if (ctx.previous() != null) {
            f.add("prev.rule=" + ctx.previous());
        }
        if (ctx.listLead() != null) {
            f.add("list.lead=" + ctx.listLead());
        }
        String nominal = nominalCommitment(tokens);
        if (nominal != null) {
            f.add("nominal=" + nominal);
        }
        if (progressive) {
            f.add("progressive");
        }
        if (TIME_OPENING.matcher(text).find()) {
            f.add("opens.time");
        }
        if (!tokens.isEmpty() && !NOT_BARE_OPENINGS.contains(tokens.get(0)) && Character.isUpperCase(text.strip().charAt(0))
                && mentions.stream().noneMatch(m -> m.kind() != MentionKind.DATE && m.start() - sentence.start() < 2)) {
            f.add("opens.bare_word");
        }
        if (f.contains("subj=we") || f.contains("subj=joint")) {
            f.add("subj.genre=" + ctx.genre());
        }
        conjunctions(f, firstClass, rule.statementClass().name(), ctx.genre(), earlyClasses);
        return new ArrayList<>(f);
    }

    private static void ruleFeatures(Statement rule, Context ctx, Set<String> f) {
        String cls = rule.statementClass().name();
        f.add("rule.class=" + cls);
        if (rule.rule() == null) {
            return;
        }
        f.add("rule=" + rule.rule());
        f.add(FeatureNames.joined("rule.class.scope=", cls, String.valueOf(rule.scope())));
        if ("NEGATIVE".equals(rule.polarity())) {
            f.add("rule.negative");
        }
        if (rule.committers().size() > 1) {
            f.add("rule.committers.many");
        }
        if (rule.committers().isEmpty()) {
            f.add("rule.committers.none");
        } else if (ctx.speakerSide() != null && rule.committers().contains(ctx.speakerSide())) {
            f.add("rule.committer.speaker");
        }
    }

    /** Pairs of classes that mean more together than apart. */
    private static void combinations(Set<String> f) {
        if (f.contains("v.modal_will") && f.contains("v.belief")) {
            f.add("x.belief+will");
        }
        if (f.contains("v.directive") && f.contains("v.cooperate")) {
            f.add("x.directive+cooperate");
        }
        if (f.contains("v.agree") && f.contains("v.modal_will")) {
            f.add("x.agree+will");
        }
        if (f.contains("agree.that")) {
            f.add("x.agree_that");
        }
        if (f.contains("v.importance") && f.contains("v.cooperate")) {
            f.add("x.importance+cooperate");
        }
        if (f.contains("v.negation") && (f.contains("v.modal_will") || f.contains("v.commissive"))) {
            f.add("x.negated_undertaking");
        }
        if (f.contains("v.report") && f.contains("v.modal_will")) {
            f.add("x.report+will");
        }
        if (f.contains("v.past") && !f.contains("v.modal_will")) {
            f.add("x.past_no_will");
            if (f.contains("v.support") || f.contains("v.commissive")) {
                f.add("x.past+support");
            }
        }
    }

    /**
     * Conjunctions a linear model cannot form itself: the subject with each verb class of the opening, the rules'
     * class with the first verb class, the genre with the first verb class.
     */
    private static void conjunctions(Set<String> f, String first, String rule, String genre, Set<String> early) {
        String subject = f.contains("subj=we") ? "we" : f.contains("subj=joint") ? "joint" : f.contains("subj=thing") ? "thing" : "other";
        for (String e : early) {
            f.add(FeatureNames.joined("c.subj.early=", subject, e));
        }
        if (first != null) {
            f.add(FeatureNames.joined("c.subj.first=", subject, first));
            f.add(FeatureNames.joined("c.rule.first=", rule, first));
            f.add(FeatureNames.joined("c.genre.first=", genre, first));
        }
    }

    /** A crude stem: the word without a plural, past or progressive ending, so that forms share their weight. */
    static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("es")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Who the sentence names, by their relation to the side it speaks for. */
    private static void entityFeatures(Sentence sentence, List<Mention> mentions, Context ctx, Set<String> f) {
        if (ctx.speakerSide() == null) {
            f.add("speaker.unknown");
        }
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.DATE) {
                continue;
            }
            String code = m.kind() == MentionKind.PERSON ? m.country() : m.normalized();
            if (m.kind() == MentionKind.PERSON) {
                f.add("ent.person");
            }
            if (code == null) {
                continue;
            }
            String relation = code.equals(ctx.speakerSide()) ? "speaker" : ctx.participants().contains(code) ? "participant" : "third";
            f.add("ent." + relation);
            if (m.start() - sentence.start() < 60) {
                f.add("ent.early." + relation);
            }
        }
    }

    /** Words that open a subject of both sides ("both leaders", "the two", "they") or of a group speaking as one. */
    private static final Set<String> JOINT_OPENERS = WordSet.of("both", "two", "leaders", "ministers", "parties", "sides", "they",
            "participants", "partners", "signatories", "delegations", "presidents", "countries", "nations", "governments");
    private static final Set<String> THING_NOUNS = WordSet.of("visit", "meeting", "talks", "agreement", "decision", "relationship",
            "relations", "partnership", "initiative", "program", "programme", "project", "package", "funding", "assistance",
            "dialogue", "summit", "statement", "conference", "forum", "plan", "strategy", "framework", "investment", "it", "this");

    /** Who the opening words make the subject: "we", both sides, a thing; looked for in the first four words. */
    private static void subjectFeatures(List<String> tokens, Set<String> f) {
        for (int i = 0; i < Math.min(4, tokens.size()); i++) {
            String w = tokens.get(i);
            if (w.equals("we") || w.equals("our")) {
                f.add("subj=we");
                return;
            }
            if (JOINT_OPENERS.contains(w)) {
                f.add("subj=joint");
                return;
            }
            if (THING_NOUNS.contains(w)) {
                f.add("subj=thing");
                return;
            }
        }
    }

    /** How far into the sentence its subject and first verb are looked for: an opening phrase and a long name fit. */
    private static final int SUBJECT_WORDS = 14;

    /**
     * Who the words before the first classed verb name: the side the release speaks for, the other participant, both
     * of them ("President Biden and President López Obrador reaffirmed ..."), a third party, "we", a group, a thing.
     * A commitment is made by an actor of the release; the same verb with a third party or a thing before it reports
     * or describes. With the first verb's class and the rules' verdict, so that a linear model can weigh the pair.
     */
    private static void mainSubject(List<String> tokens, int[] starts, List<List<String>> classesAt, String firstClass, Statement rule,
                                    boolean progressive, Sentence sentence, List<Mention> mentions, Context ctx, Set<String> f) {
        int verbAt = -1;
        for (int i = 0; i < Math.min(SUBJECT_WORDS, tokens.size()); i++) {
            List<String> classes = classesAt.get(i);
            if (!classes.isEmpty() && !classes.contains("negation") && !(classes.size() == 1 && classes.contains("report") && i == 0)) {
                verbAt = i;
                break;
            }
        }
        if (verbAt < 0) {
            f.add("ms=late");
            return;
        }
        String who = subjectKind(tokens, starts, verbAt, sentence, mentions, ctx);
        f.add("ms=" + who);
        f.add(FeatureNames.joined("c.ms.first=", who, firstClass));
        f.add(FeatureNames.joined("c.ms.rule=", who, rule.statementClass().name()));
        if (progressive) {
            f.add("c.ms.progressive=" + who);
        }
        if (verbAt > 0) {
            String before = tokens.get(verbAt - 1);
            if (AUXILIARIES.contains(before)) {
                f.add(FeatureNames.joined("c.ms.aux=", who, before));
            }
        }
    }

    private static final Set<String> AUXILIARIES = WordSet.of("is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
            "could", "should", "must", "to", "also", "jointly", "further");

    private static String subjectKind(List<String> tokens, int[] starts, int to, Sentence sentence, List<Mention> mentions, Context ctx) {
        for (int i = 0; i < to; i++) {
            String w = tokens.get(i);
            if (w.equals("we") || w.equals("our") || w.equals("us")) {
                return "we";
            }
        }
        int b = sentence.start() + (to < tokens.size() ? starts[to] : sentence.text().length());
        boolean speaker = false;
        boolean participant = false;
        boolean third = false;
        boolean unknown = false;
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.DATE || m.start() >= b) {
                continue;
            }
            String code = m.kind() == MentionKind.PERSON ? m.country() : m.normalized();
            if (code == null) {
                unknown = true;
            } else if (code.equals(ctx.speakerSide())) {
                speaker = true;
            } else if (ctx.participants().contains(code)) {
                participant = true;
            } else {
                third = true;
            }
        }
        if (speaker && (participant || third)) {
            return "both";
        }
        if (speaker) {
            return "speaker";
        }
        if (participant && third) {
            return "others";
        }
        if (participant) {
            return "participant";
        }
        if (third) {
            return "third";
        }
        for (int i = 0; i < to; i++) {
            String w = tokens.get(i);
            if (JOINT_OPENERS.contains(w)) {
                return "joint";
            }
            if (w.equals("he") || w.equals("she") || w.equals("i")) {
                return "speaker";
            }
            if (THING_NOUNS.contains(w)) {
                return "thing";
            }
        }
        return unknown ? "unknown" : to == 0 ? "none" : "other";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * Who tokens {@code [from, to)} name: "we", both sides, the side the sentence speaks for, a participant of the
     * release, a third party, a thing, or no one: the subject before a modal, the addressee after a call.
     */
    private static String who(List<String> tokens, int[] starts, int from, int to, Sentence sentence, List<Mention> mentions, Context ctx) {
        for (int i = to - 1; i >= from; i--) {
            String w = tokens.get(i);
            if (w.equals("we") || w.equals("us") || w.equals("our")) {
                return "we";
            }
            if (JOINT_OPENERS.contains(w) || w.equals("all")) {
                return "joint";
            }
        }
        if (from >= to) {
            return "none";
        }
        int a = sentence.start() + starts[from];
        int b = sentence.start() + (to < tokens.size() ? starts[to] : sentence.text().length());
        String found = null;
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.DATE || m.start() < a || m.start() >= b) {
                continue;
            }
            String code = m.kind() == MentionKind.PERSON ? m.country() : m.normalized();
            String relation = code == null ? "unknown" : code.equals(ctx.speakerSide()) ? "speaker"
                    : ctx.participants().contains(code) ? "participant" : "third";
            found = relation; // the last one before the modal, the first one after the call: both are read the same way here
        }
        if (found != null) {
            return found;
        }
        for (int i = from; i < to; i++) {
            if (THING_NOUNS.contains(tokens.get(i))) {
                return "thing";
            }
            if (tokens.get(i).equals("he") || tokens.get(i).equals("she") || tokens.get(i).equals("i")) {
                return "speaker";
            }
            if (tokens.get(i).equals("they") || tokens.get(i).equals("them")) {
                return "joint";
            }
        }
        return "other";
    }

    /** Lower-case words (apostrophes kept: "won't" reads as "won" and "'t"), and the marks that end clauses; each word's start in {@code starts}. */
    static List<String> tokens(String text, int[] starts) {
        return tokens(text, null, starts, null, null);
    }

    /**
     * {@link #tokens(String, int[])} from the sentence's lower-case text when the caller has it (null: made here); a
     * word {@code known} holds is its string there, not a new copy, and its slot is in {@code slots} (-1 for others).
     */
    static List<String> tokens(String text, String lowerCase, int[] starts, WordIndex known, int[] slots) {
        List<String> out = new ArrayList<>(text.length() / 5);
        String lower = lowerCase != null && lowerCase.length() == text.length() ? lowerCase : text.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() != text.length()) {
            // a character that lower-cases to two ('İ'): fold char by char, so that the offsets stay those of the text
            char[] folded = new char[text.length()];
            for (int k = 0; k < folded.length; k++) {
                folded[k] = Character.toLowerCase(text.charAt(k));
            }
            lower = new String(folded);
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            // KeywordAutomaton.isWordChar is Character.isLetterOrDigit with ASCII looked up in a table: the test of every
            // character of every sentence the model reads
            if (KeywordAutomaton.isWordChar(c)) {
                int start = i;
                int hash = 0;
                while (i < n && KeywordAutomaton.isWordChar(text.charAt(i))) {
                    hash = 31 * hash + lower.charAt(i);
                    i++;
                }
                int slot = known == null ? -1 : known.find(lower, start, i, hash);
                if (slots != null) {
                    slots[out.size()] = slot;
                }
                starts[out.size()] = start;
                out.add(slot >= 0 ? known.word(slot) : lower.substring(start, i));
            } else if ((c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && !out.isEmpty()) {
                int start = i + 1;
                i++;
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                String word = "'" + lower.substring(start, i); // "'ll", "'s": rare enough to be cut out and looked up
                if (slots != null) {
                    slots[out.size()] = known == null ? -1 : known.find(word, 0, word.length(), word.hashCode());
                }
                starts[out.size()] = start - 1;
                out.add(word);
            } else {
                if (c == ':' || c == ';') {
                    if (slots != null) {
                        slots[out.size()] = -1;
                    }
                    starts[out.size()] = i;
                    out.add(c == ':' ? ":" : ";");
                }
                i++;
            }
        }
        return out;
    }
}
