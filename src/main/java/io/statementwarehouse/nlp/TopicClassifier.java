package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multi-label topics from the closed list of EXTRACTION.md section 4, from a keyword lexicon found by Aho-Corasick
 * automata (one per case mode, whole words apart from stems).
 *
 * <ul>
 *   <li>Keywords ({@code topic_keywords.csv}): lower-case ones match in any case, ones with capitals (UN, AI, BRI)
 *   only as written. A lower-case keyword also matches its regular plural ("refugee", "refugees"), and one ending
 *   in {@code *} is a stem: it matches every word that starts with it ("migra*": migration, migrants, migratory).
 *   A keyword listed under several topics gives all of them ("alliance": political and security); one listed as
 *   {@code NONE} blocks ("national security advisor" is no topic at all).</li>
 *   <li>The names of the organizations of the reference data count for the topic of their kind
 *   ({@code topic_organization_kinds.csv}: a UN agency or a regional group is multilateral affairs, an armed group a
 *   security matter), or for what the lexicon lists under one of their names.</li>
 *   <li>Overlapping keywords resolve to the longest ("energy security" is ENERGY, not SECURITY_DEFENSE); an
 *   organization's name counts besides the keywords inside it.</li>
 *   <li>A keyword in the name of an office ({@code topic_reading_words.csv}: "Under Secretary for Civilian Security,
 *   Democracy, and Human Rights", "Minister of Defense") names a portfolio, not what the statement is about: it does not
 *   count.</li>
 *   <li>A general noun right after a keyword of another topic ("energy partnership", "digital infrastructure", "trade
 *   relations", "defence relationship"), or before one it is "on" or "in" ("partnerships on food security"), counts
 *   only for that one: the words around it say what partnership, infrastructure or relations are meant.</li>
 *   <li>A keyword in the possessive right before another ("Ukraine's sovereignty", "Syria's chemical weapons") says
 *   whose, not what: it counts only for the topics the one after it names too; a name in the possessive before words of
 *   no topic ("Ukraine's reconstruction", "the ROK Air Force's acquisition of cargo aircraft") counts for none.</li>
 *   <li>A group's name before a noun of its members ("NATO Allies", "G7 Leaders reiterated ...") names a side of the
 *   statement: not multilateral affairs as its subject (its other topics count).</li>
 *   <li>Support for a state, its government, its president or its people ("reaffirmed their strong support for the
 *   government and people of Ukraine", "support for the interim government", "we stand with the people of Syria") is about the relations between the sides: one hit for
 *   POLITICAL, besides the subject matter the sentence names.</li>
 *   <li>A meeting with a state's leader or minister by title and name ("will meet with President Laurentino Cortizo
 *   Cohen"), or bilateral meetings or talks, is about the relations too: one hit for POLITICAL.</li>
 *   <li>A keyword in a time frame ("amid the COVID-19 pandemic", "during the pandemic") says when, not what: it does not
 *   count.</li>
 *   <li>A topic is kept when it has at least a third of the hits of the strongest one, the strongest first: a
 *   commitment names its subject matter, and labellers give every subject it names, all the areas of a list too
 *   ("cooperation across trade, migration, human rights, political, economic and development areas" has six labels);
 *   at most {@value #MAX_TOPICS}, half the closed list, a bound no labelled sentence reaches (four, the bound until
 *   2026-12-07, cut the areas of such lists).</li>
 *   <li>With no hit at all, the topics of the release's title; with none there either, POLITICAL, the relations
 *   between the sides, which is what an undertaking without a subject matter (to meet, to stay in contact, to visit)
 *   is about.</li>
 * </ul>
 */
public final class TopicClassifier {

    static final String BLOCK = "NONE";
    static final String DEFAULT_TOPIC = "POLITICAL";
    static final int MAX_TOPICS = 8;
    /** A topic is kept with at least this share of the hits of the strongest topic. */
    private static final double KEEP_SHARE = 1.0 / 3;
    private static final String STEM = "*";

    /**
     * What a keyword of the automata stands for: its topics as indexes of {@link #order} (none: it blocks), and whether it
     * is a general noun that a keyword of another topic beside it makes that topic's matter ({@link Reading#genericHeads()}).
     */
    private record Entry(int[] topics, boolean genericHead) {
    }

    /** Keywords of one case mode, all stems or none (stems without their {@code *}), with what each stands for. */
    private record Part(List<String> words, List<Entry> entries, boolean ignoreCase, boolean stems) {
    }

    /** Keywords whose matches compete for the text among themselves, the longest first. */
    private record Group(List<Part> parts) {
    }

    /**
     * The keywords of one case mode, all stems or none, of both groups in one automaton: whole words are found by the
     * cheaper walk from word starts, stems by the scan of every position. A keyword stands for an entry of the lexicon's
     * group, of the organizations' group, or of both (null where it is none of that group's). The organizations' names
     * searched by a pass of their own was a second walk from every capitalized word of every sentence read for topics,
     * and a second pass over its characters.
     */
    private record Pass(KeywordAutomaton automaton, Entry[] ofKeywords, Entry[] ofOrganizations, boolean stems) {
    }

    /** The topics in the order of the closed list ({@code topics.csv}), for a stable order of ties. */
    private final List<String> order;
    /** The words that tell how a keyword stands in its sentence ({@code topic_reading_words.csv}). */
    private final Reading reading;
    /**
     * The passes over a text that find both groups' keywords, in the order of the groups' parts: the lexicon's keywords,
     * and apart from them the organizations' names, since a name counts besides the keywords inside it ("UN Human Rights
     * Council" is multilateral and about human rights; "Trade and Technology Council" about trade and technology).
     */
    private final List<Pass> passes;

    public TopicClassifier(ReferenceData reference) {
        this(CsvTables.read("reference/topics.csv").stream().map(r -> r.get("topic_code")).toList(), reference.topicKeywords(),
                organizationKeywords(reference, reference.topicKeywords(), CsvTables.read("reference/topic_organization_kinds.csv")),
                Reading.of(CsvTables.read("reference/topic_reading_words.csv")));
    }

    TopicClassifier(List<String> closedList, Map<String, List<String>> keywordsByTopic, Map<String, List<String>> organizationKeywords) {
        this(closedList, keywordsByTopic, organizationKeywords, Reading.of(List.of()));
    }

    TopicClassifier(List<String> closedList, Map<String, List<String>> keywordsByTopic, Map<String, List<String>> organizationKeywords,
                    Reading reading) {
        this.order = List.copyOf(closedList);
        this.reading = reading;
        this.passes = passes(group(keywordsByTopic), group(organizationKeywords));
        this.political = order.indexOf(DEFAULT_TOPIC);
        this.multilateral = order.indexOf(MULTILATERAL);
    }

    static final String MULTILATERAL = "MULTILATERAL";
    /** The index of MULTILATERAL in {@link #order} (-1 in a closed list without it). */
    private final int multilateral;

    /** The index of POLITICAL in {@link #order} (-1 in a closed list without it). */
    private final int political;

    /**
     * The word classes of {@code topic_reading_words.csv}, by kind. {@code offices}: the words that open the name of an
     * office ("Secretary", "Ministry"), as written; {@code genericHeads}: general nouns ("partnership", "infrastructure")
     * that a keyword of another topic right before them makes that topic's matter; {@code members}: nouns of a group's
     * members ("allies", "leaders") that make its name before them a side; {@code forums}: words after those that make
     * it a meeting again ("summit"); the last three in lower case.
     */
    record Reading(Set<String> offices, Set<String> genericHeads, Set<String> members, Set<String> forums) {

        static Reading of(List<Map<String, String>> rows) {
            Map<String, Set<String>> byKind = new java.util.HashMap<>();
            for (Map<String, String> row : rows) {
                byKind.computeIfAbsent(row.get("kind"), k -> new java.util.HashSet<>()).add(row.get("word"));
            }
            return new Reading(Set.copyOf(byKind.getOrDefault("OFFICE", Set.of())),
                    Set.copyOf(byKind.getOrDefault("GENERIC_HEAD", Set.of())), Set.copyOf(byKind.getOrDefault("MEMBERS", Set.of())),
                    Set.copyOf(byKind.getOrDefault("FORUM", Set.of())));
        }
    }

    private Group group(Map<String, List<String>> keywordsByTopic) {
        // keyword (as matched) to its topics; a keyword blocked anywhere stays blocked
        Map<String, Set<String>> lower = new LinkedHashMap<>();
        Map<String, Set<String>> exact = new LinkedHashMap<>();
        keywordsByTopic.forEach((topic, keywords) -> {
            if (!BLOCK.equals(topic) && !order.contains(topic)) {
                throw new IllegalArgumentException("topic not in the closed list: " + topic);
            }
            for (String k : keywords) {
                boolean caseless = k.equals(k.toLowerCase(Locale.ROOT));
                for (String form : forms(k, caseless)) {
                    Set<String> topics = (caseless ? lower : exact).computeIfAbsent(form, f -> new LinkedHashSet<>());
                    if (BLOCK.equals(topic)) {
                        topics.clear();
                        topics.add(BLOCK);
                    } else if (!topics.contains(BLOCK)) {
                        topics.add(topic);
                    }
                }
            }
        });
        List<Part> parts = new ArrayList<>();
        for (boolean stems : new boolean[] {false, true}) {
            addPart(parts, lower, true, stems);
            addPart(parts, exact, false, stems);
        }
        return new Group(List.copyOf(parts));
    }

    private void addPart(List<Part> parts, Map<String, Set<String>> keywords, boolean ignoreCase, boolean stems) {
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        keywords.forEach((k, topics) -> {
            if (k.endsWith(STEM) == stems) {
                chosen.put(k, topics);
            }
        });
        if (!chosen.isEmpty()) {
            parts.add(new Part(chosen.keySet().stream().map(TopicClassifier::withoutStem).toList(), entries(chosen), ignoreCase, stems));
        }
    }

    /**
     * One pass per case mode and kind (whole words, stems), in the order the groups list their parts (the same order for
     * both), each over the keywords of both groups in that mode.
     */
    private static List<Pass> passes(Group keywords, Group organizations) {
        List<Pass> out = new ArrayList<>();
        for (boolean stems : new boolean[] {false, true}) {
            for (boolean ignoreCase : new boolean[] {true, false}) {
                Part k = partOf(keywords, ignoreCase, stems);
                Part o = partOf(organizations, ignoreCase, stems);
                if (k == null && o == null) {
                    continue;
                }
                Map<String, Integer> index = new LinkedHashMap<>();
                for (Part part : java.util.Arrays.asList(k, o)) {
                    if (part != null) {
                        part.words().forEach(w -> index.putIfAbsent(w, index.size()));
                    }
                }
                out.add(new Pass(new KeywordAutomaton(List.copyOf(index.keySet()), ignoreCase), entriesByWord(k, index),
                        entriesByWord(o, index), stems));
            }
        }
        return List.copyOf(out);
    }

    private static Part partOf(Group group, boolean ignoreCase, boolean stems) {
        for (Part p : group.parts()) {
            if (p.ignoreCase() == ignoreCase && p.stems() == stems) {
                return p;
            }
        }
        return null;
    }

    /** For each word of a pass: its entry in {@code part} (null when the part does not have it, or there is no part). */
    private static Entry[] entriesByWord(Part part, Map<String, Integer> index) {
        Entry[] out = new Entry[index.size()];
        if (part != null) {
            for (int i = 0; i < part.words().size(); i++) {
                out[index.get(part.words().get(i))] = part.entries().get(i);
            }
        }
        return out;
    }

    /**
     * The names, aliases and codes (those written with capitals) of the organizations, by topic: the topics of their
     * kind, or, for an organization the lexicon lists by one of its names, the topics listed for it ("NATO": security
     * and multilateral, for "the Alliance" and "North Atlantic Treaty Organization" too; "EU" as {@code NONE}: the
     * Union is a side of the talks, not a subject matter). Names the lexicon lists are left to it.
     */
    static Map<String, List<String>> organizationKeywords(ReferenceData reference, Map<String, List<String>> lexicon,
                                                          List<Map<String, String>> kinds) {
        Map<String, List<String>> topicsOfKind = new LinkedHashMap<>();
        for (Map<String, String> row : kinds) {
            topicsOfKind.computeIfAbsent(row.get("kind"), k -> new ArrayList<>()).add(row.get("topic"));
        }
        Map<String, Set<String>> listed = new java.util.HashMap<>();
        lexicon.forEach((topic, keywords) -> keywords.forEach(k -> listed.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(topic)));
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Organization o : reference.organizations().values()) {
            List<String> names = new ArrayList<>();
            for (String name : concat(o.name(), o.aliases(), o.code())) {
                // A name without capitals would match common words.
                if (name != null && !name.isBlank() && !name.equals(name.toLowerCase(Locale.ROOT))) {
                    names.add(name);
                }
            }
            Set<String> topics = new LinkedHashSet<>();
            names.stream().filter(listed::containsKey).forEach(n -> topics.addAll(listed.get(n)));
            if (topics.isEmpty()) {
                topics.addAll(topicsOfKind.getOrDefault(o.kind(), List.of()));
            }
            if (topics.contains(BLOCK)) {
                continue;
            }
            for (String name : names) {
                if (!listed.containsKey(name)) {
                    topics.forEach(topic -> out.computeIfAbsent(topic, t -> new ArrayList<>()).add(name));
                }
            }
        }
        return out;
    }

    private static List<String> concat(String name, List<String> aliases, String code) {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        all.add(code);
        return all;
    }

    /** The surfaces a keyword matches: itself, its regular plural (lower case, not a stem), both apostrophes. */
    private static List<String> forms(String keyword, boolean caseless) {
        List<String> forms = new ArrayList<>();
        forms.add(keyword);
        if (caseless && !keyword.endsWith(STEM)) {
            String plural = plural(keyword);
            if (plural != null) {
                forms.add(plural);
            }
        }
        if (keyword.indexOf('\'') >= 0) {
            for (String f : List.copyOf(forms)) {
                forms.add(f.replace('\'', '\u2019'));
            }
        }
        return forms;
    }

    /** The regular English plural of a keyword's last word, or null when its last character is no letter. */
    static String plural(String keyword) {
        char last = keyword.charAt(keyword.length() - 1);
        if (!Character.isLetter(last)) {
            return null;
        }
        if (last == 'y' && keyword.length() > 2 && "aeiou".indexOf(keyword.charAt(keyword.length() - 2)) < 0) {
            return keyword.substring(0, keyword.length() - 1) + "ies";
        }
        if (last == 's' || last == 'x' || keyword.endsWith("ch") || keyword.endsWith("sh")) {
            return keyword + "es";
        }
        return keyword + "s";
    }

    private static String withoutStem(String keyword) {
        return keyword.endsWith(STEM) ? keyword.substring(0, keyword.length() - 1) : keyword;
    }

    private List<Entry> entries(Map<String, Set<String>> keywords) {
        List<Entry> out = new ArrayList<>(keywords.size());
        // a general noun is known by its form, so that the matches of other keywords are not read again for it
        keywords.forEach((k, topics) -> out.add(new Entry(topics.contains(BLOCK) ? new int[0]
                : topics.stream().mapToInt(order::indexOf).toArray(), reading.genericHeads().contains(k))));
        return out;
    }

    private record Hit(int start, int end, Entry entry) {
    }

    /** Topics of a text, the strongest first. */
    public List<String> topics(String text) {
        return topics(text, null);
    }

    /**
     * Topics of a sentence, the strongest first; when it names no subject matter ("they agreed to remain in close
     * coordination"), those of its release's title ("Readout of the Trilateral Fentanyl Committee Meeting"), which
     * says what the release is about, and failing that POLITICAL.
     */
    public List<String> topics(String text, String releaseTitle) {
        List<String> own = found(text);
        if (!own.isEmpty()) {
            return own;
        }
        List<String> ofTitle = releaseTitle == null ? List.of() : found(releaseTitle);
        return ofTitle.isEmpty() ? List.of(DEFAULT_TOPIC) : ofTitle;
    }

    /**
     * A phrase that points back to subject matter named before ("on these matters", "this important issue", "to
     * continue these discussions", "further advance the cooperation"): a sentence that names no subject matter of its own
     * but holds one is about what the sentences before it were about, as labellers read it ("Counternarcotics topics
     * coded SECURITY_DEFENSE": "resolved to continue their close cooperation on this important issue"). A demonstrative
     * (or "the" before a noun of joint activity) and up to two words before a general noun of subject matter or activity;
     * or a connective to what was said before ("In this respect, ...", "In this regard", "To that end") or a reply to it
     * ("In response, Minister Faisal expressed that Saudi Arabia intends to continue its cooperation with Japan": the
     * cooperation on the oil supply the sentence before spoke of).
     */
    private static final AnchoredPattern REFERS_BACK = AnchoredPattern.compile(
            "\\b(?:these|those|this|that|both|such)\\s+(?:[a-z]+\\s+){0,2}?(?:issues?|matters?|efforts?|discussions?|needs?|areas?"
            + "|topics?|questions?|goals?|priorities|fronts?|initiatives?|challenges?|steps|subjects?|work|agenda|cooperation"
            + "|commitments|respect|regard|end)\\b|\\bthe\\s+(?:cooperation|efforts|work|discussions)\\b|\\bin\\s+response\\b");

    /** Whether a text points back to subject matter named before it ({@link #REFERS_BACK}). */
    public boolean refersBack(String text) {
        // in lower case, the pattern's first words found by its anchors (a case-blind regex tried at every character of
        // every statement was 5% of the extraction in a JFR profile)
        return REFERS_BACK.find(text.toLowerCase(Locale.ROOT));
    }

    /** The topics the keywords of a text name, the strongest first; empty when it names none (no title, no default). */
    public List<String> named(String text) {
        return found(text);
    }

    /** The topics of a text, the strongest first; {@code fallback} when it names none (its release title's, computed once). */
    public List<String> topicsOr(String text, List<String> fallback) {
        List<String> own = found(text);
        return own.isEmpty() ? fallback : own;
    }

    /** The topics the keywords of a text name, the strongest first; empty when it names none. */
    private List<String> found(String text) {
        int[] counts = new int[order.size()];
        count(text, counts);
        int max = 0;
        for (int n : counts) {
            max = Math.max(max, n);
        }
        if (max == 0) {
            return List.of();
        }
        List<Integer> kept = new ArrayList<>();
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] > 0 && counts[t] >= KEEP_SHARE * max) {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt((Integer t) -> -counts[t]).thenComparingInt(t -> t));
        List<String> out = new ArrayList<>(Math.min(kept.size(), MAX_TOPICS));
        for (int i = 0; i < kept.size() && i < MAX_TOPICS; i++) {
            out.add(order.get(kept.get(i)));
        }
        return out;
    }

    /**
     * Adds to {@code counts} the topics of both groups' matches in a text, each group's overlapping matches resolved to
     * the longest among them. A group's matches are listed in the order its own automata gave them: pass by pass, and
     * within a pass in the order of the shared automaton, which finds a group's keywords in the same order.
     */
    private void count(String text, int[] counts) {
        List<Hit> keywordHits = new ArrayList<>();
        List<Hit> organizationHits = new ArrayList<>();
        for (Pass pass : passes) {
            Entry[] ofKeywords = pass.ofKeywords();
            Entry[] ofOrganizations = pass.ofOrganizations();
            if (pass.stems()) {
                pass.automaton().scan(text, (start, end, k) -> {
                    if (ofKeywords[k] != null) {
                        addStem(text, start, end, ofKeywords[k], keywordHits);
                    }
                    if (ofOrganizations[k] != null) {
                        addStem(text, start, end, ofOrganizations[k], organizationHits);
                    }
                });
            } else {
                pass.automaton().scanWords(text, (start, end, k) -> {
                    if (ofKeywords[k] != null) {
                        keywordHits.add(new Hit(start, end, ofKeywords[k]));
                    }
                    if (ofOrganizations[k] != null) {
                        organizationHits.add(new Hit(start, end, ofOrganizations[k]));
                    }
                });
            }
        }
        List<Hit> kept = new ArrayList<>(keywordHits.size() + organizationHits.size());
        resolve(keywordHits, text, kept);
        resolve(organizationHits, text, kept);
        // most sentences have neither word: the frame is read back from a match only in those that do
        boolean timeFrames = text.contains("amid") || text.contains("during") || text.contains("Amid") || text.contains("During");
        for (Hit h : kept) {
            if (inNameOfOffice(text, h.start()) || modifiedGenericHead(text, h, kept) || (timeFrames && inTimeFrame(text, h.start()))) {
                continue;
            }
            Hit possessed = possessedBy(text, h, kept);
            if (possessed == null && Character.isUpperCase(text.charAt(h.start())) && possessive(text, h.end())) {
                continue;
            }
            boolean side = multilateral >= 0 && has(h.entry().topics(), multilateral) && namesMembers(text, h);
            for (int t : h.entry().topics()) {
                if ((possessed == null || has(possessed.entry().topics(), t)) && !(side && t == multilateral)) {
                    counts[t]++;
                }
            }
        }
        if (political >= 0 && SUPPORT_OF_A_STATE.find(text)) {
            counts[political]++;
        }
        if (political >= 0 && MEETING_A_LEADER.find(text)) {
            counts[political]++;
        }
    }

    /**
     * A meeting with a state's leader or minister named by title and name ("will meet with President Laurentino Cortizo
     * Cohen", "pleased to meet Prime Minister Morawiecki again", "Palestinian Authority President Mahmoud Abbas"), or
     * bilateral meetings or talks: the visit itself is the relations between the sides, which labellers give POLITICAL
     * besides what the meeting is to discuss. One hit, as support for a state ({@link #SUPPORT_OF_A_STATE}). A title
     * without a name ("meeting with the President of Indonesia"), officials, leaders or counterparts of no state named
     * ("meet with EU leaders", "senior officials from the United Nations") and "meet" as "satisfy" ("to meet shared
     * security challenges") are not read so. Found from its first words ({@link AnchoredPattern}).
     */
    private static final AnchoredPattern MEETING_A_LEADER = AnchoredPattern.compile(
            "\\b(?:meet|meets|meeting|met)\\s+(?:with\\s+)?(?:[A-Z][\\w'\u2019.-]*\\s+){0,4}?(?:President|Prime\\s+Minister|Foreign\\s+Minister|Minister|Chancellor|King|Crown\\s+Prince|Emir|Taoiseach)\\s+(?:[A-Z][\\w.]*\\s+)*[A-Z]"
            + "|\\bbilateral\\s+(?:meetings?|talks)\\b");

    /**
     * Support, commitment or solidarity for a state's government or people, or standing with a people: "support for the
     * government and people of Ukraine", "support to the Tunisian government", "commitment to the Cambodian people", "stand
     * with the people of Syria". Labellers give such statements POLITICAL, the relations between the sides, besides what
     * else they name ("support for the people of Burma ... toward ... democracy": governance and political). The people
     * must be a state's, by a name before it or "of" a name after it: "stand with the people suffering atrocities" names
     * no side. A government needs no name (there is no government of anything but a state: "support for the interim
     * government in Libya", "fully support a future Syrian government"), and nor does a state's leader by title
     * ("support for President-elect Arevalo", "support for President Yoon's vision"). Found from its first words ({@link AnchoredPattern}): the regex runs only where
     * "support", "commitment", "solidarity" or "stand" starts, on statements only.
     */
    private static final AnchoredPattern SUPPORT_OF_A_STATE = AnchoredPattern.compile(
            "\\b(?:support|commitment|solidarity)\\s+(?:for|to|with)\\s+the\\s+(?:[A-Z][\\w'\u2019-]*\\s+)+(?:[Gg]overnment|[Pp]eople)\\b"
            + "|\\b(?:support|commitment|solidarity)\\s+(?:for|to|with)\\s+the\\s+(?:[Gg]overnment\\s+and\\s+(?:the\\s+)?)?(?:people|[Gg]overnment)"
            + "(?:\\s+and\\s+(?:the\\s+)?people)?\\s+of\\s+[A-Z]"
            + "|\\bstand(?:s|ing)?\\s+(?:in\\s+solidarity\\s+)?with\\s+the\\s+(?:[A-Z][\\w'\u2019-]*\\s+people\\b|people\\s+of\\s+[A-Z])"
            + "|\\b(?:support|commitment|solidarity)\\s+(?:for|to|of)\\s+President(?:-elect)?\\s+[A-Z]"
            + "|\\bsupport\\s+(?:(?:for|to|of)\\s+)?(?:the|a|an)\\s+(?:[\\w'\u2019-]+\\s+){0,2}?[Gg]overnment\\b"
            // not the government's own work: "support the Government of Honduras' vaccine campaign", "the government's efforts"
            + "(?!['\u2019]s\\b)(?!\\s+of\\s+(?:the\\s+)?(?:[A-Z][\\w-]*\\s+)*[A-Z][\\w-]*['\u2019])");

    /** "amid" or "during", an article and perhaps one word more, right before a match: {@link #inTimeFrame}. */
    private static final Pattern TIME_FRAME = Pattern.compile("\\b(?:[Aa]mid|[Dd]uring)\\s+(?:(?:the|this|a|an|its|their)\\s+)?(?:[\\w-]+\\s+)?$");

    /** How many characters before a match {@link #inTimeFrame} reads. */
    private static final int TIME_FRAME_CHARS = 40;

    /**
     * Whether a match stands in a time frame: right after "amid" or "during", an article and perhaps one word more ("amid
     * the COVID-19 pandemic", "to promote human rights during the pandemic", "amid the COVID-19 crisis"). It says when
     * the statement holds, not what it is about: labellers do not give such statements HEALTH. Only a few characters
     * before the match are read.
     */
    private static boolean inTimeFrame(String text, int start) {
        int from = Math.max(0, start - TIME_FRAME_CHARS);
        return TIME_FRAME.matcher(text).region(from, start).useTransparentBounds(true).find();
    }

    /** The most words read back from a match for the office whose name it may stand in. */
    private static final int OFFICE_NAME_WORDS = 14;

    /**
     * Whether a match written with a capital stands in the name of an office: read back over capitalized words, commas
     * and "and", "the", "of", "for", "&amp;", it reaches an office word followed by "of" or "for" ("Assistant Secretary of
     * State for International Organization Affairs", "Under Secretary for Economic Growth, Energy, and the Environment",
     * "Department of Homeland Security"). Labellers do not read a portfolio as subject matter; a keyword in lower case
     * ("the Minister discussed defense cooperation") or after any other word is read as usual. Only capitalized matches
     * are read back, a few words each: no pass over the sentence.
     */
    private boolean inNameOfOffice(String text, int start) {
        if (reading.offices().isEmpty() || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int at = start;
        // whether the word read before (the next in the text) was "of" or "for"
        boolean afterOfOrFor = false;
        for (int n = 0; n < OFFICE_NAME_WORDS; n++) {
            int end = at;
            while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == ',')) {
                end--;
            }
            int begin = end;
            while (begin > 0 && (Character.isLetterOrDigit(text.charAt(begin - 1)) || text.charAt(begin - 1) == '-'
                    || text.charAt(begin - 1) == '&')) {
                begin--;
            }
            if (begin == end) {
                return false;
            }
            if (Character.isUpperCase(text.charAt(begin))) {
                if (afterOfOrFor && reading.offices().contains(text.substring(begin, end))) {
                    return true;
                }
                afterOfOrFor = false;
            } else if (isWord(text, begin, end, "of") || isWord(text, begin, end, "for")) {
                afterOfOrFor = true;
            } else if (isWord(text, begin, end, "and") || isWord(text, begin, end, "the") || isWord(text, begin, end, "&")) {
                afterOfOrFor = false;
            } else {
                return false;
            }
            at = begin;
        }
        return false;
    }

    /**
     * Whether a match is a general noun ({@link Reading#genericHeads()}) right after a match of other topics, joined by a
     * space or a hyphen ("strategic energy partnership": energy, not the relationship; "rebuild its energy
     * infrastructure", "digital infrastructure", "global health partnerships"), or followed by "on" or "in"
     * and, perhaps after one word, a match of other topics ("U.S.-African partnerships on food security", "partnership in
     * civil space"). The words around it say what the noun is about, as the longest match does for the compounds the
     * lexicon lists ("energy security"). Not "to" or "for": they name the recipient ("assistance to Ukraine", "assistance
     * for Palestinian civilians" is aid, whatever the country).
     */
    private boolean modifiedGenericHead(String text, Hit h, List<Hit> kept) {
        if (!h.entry().genericHead()) {
            return false;
        }
        boolean joined = h.start() > 0 && (text.charAt(h.start() - 1) == ' ' || text.charAt(h.start() - 1) == '-');
        Matcher after = HEAD_COMPLEMENT.matcher(text).region(h.end(), text.length());
        int complement = after.lookingAt() ? after.end() : -1;
        for (Hit m : kept) {
            if (m == h || m.entry().topics().length == 0 || !disjoint(m.entry().topics(), h.entry().topics())) {
                continue;
            }
            if ((joined && m.end() == h.start() - 1) || (complement >= 0 && atOrOneWordAfter(text, complement, m.start()))) {
                return true;
            }
        }
        return false;
    }

    /** The preposition (and article) that open what a general noun is about: "partnerships on", "cooperation in the". */
    private static final Pattern HEAD_COMPLEMENT = Pattern.compile("\\s+(?:on|in)\\s+(?:(?:the|our|their)\\s+)?");

    /** Whether {@code at} is {@code from}, or the start of the word after the one at {@code from}. */
    private static boolean atOrOneWordAfter(String text, int from, int at) {
        if (at == from) {
            return true;
        }
        int i = from;
        while (i < at && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        if (i == from || i == at) {
            return false;
        }
        while (i < at && text.charAt(i) == ' ') {
            i++;
        }
        return i == at;
    }

    private static boolean disjoint(int[] a, int[] b) {
        for (int x : a) {
            if (has(b, x)) {
                return false;
            }
        }
        return true;
    }

    private static boolean has(int[] topics, int topic) {
        for (int t : topics) {
            if (t == topic) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a match ends in the possessive ("Ukraine's ", "NATO's "). A name in the possessive before words of no
     * topic ("support for Ukraine's long-term needs", "Ukraine's reform ambitions", "NATO's Open Door policy", "the ROK Air
     * Force's acquisition of cargo aircraft") says whose, as before a keyword ({@link #possessedBy}): it counts for no
     * topic of its own, the words after it or elsewhere in the sentence say what the statement is about. Only names (a
     * match written with a capital): "the alliance's work" counts as usual.
     */
    private static boolean possessive(String text, int e) {
        return e + 3 <= text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019') && text.charAt(e + 1) == 's'
                && text.charAt(e + 2) == ' ';
    }

    /**
     * The match of some topic right after a match in the possessive ("Ukraine's sovereignty and territorial integrity",
     * "Ukraine's energy infrastructure", "NATO's Article 5"), or null. The possessor says whose sovereignty or
     * infrastructure is meant; what the statement is about is the thing possessed: labellers give "commitment to
     * Ukraine's sovereignty and territorial integrity" POLITICAL, not the conflict, and "NATO's Article 5" security,
     * not multilateral affairs. The possessor keeps only the topics the thing possessed names too.
     */
    private static Hit possessedBy(String text, Hit h, List<Hit> kept) {
        int e = h.end();
        if (!possessive(text, e)) {
            return null;
        }
        for (Hit m : kept) {
            if (m.start() == e + 3 && m.entry().topics().length > 0) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether a name written with a capital is followed by a noun of its members ({@link Reading#members()}), perhaps
     * after "'s": "our other NATO Allies", "President Biden and other G7 Leaders reiterated their commitment", "ASEAN
     * member states". The group is then a side (the allies supported, the leaders who commit), not multilateral affairs
     * as the subject matter, as labellers read it; unless a forum word follows ("the G7 Leaders' Summit", "a virtual G7
     * leaders' meeting"). Read only after a multilateral name found: a few characters each.
     */
    private boolean namesMembers(String text, Hit h) {
        if (reading.members().isEmpty() || !Character.isUpperCase(text.charAt(h.start()))) {
            return false;
        }
        int at = skipPossessive(text, h.end());
        int end = wordEnd(text, at);
        if (end == at || !reading.members().contains(text.substring(at, end).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int next = skipPossessive(text, end);
        int nextEnd = wordEnd(text, next);
        return nextEnd == next || !reading.forums().contains(text.substring(next, nextEnd).toLowerCase(Locale.ROOT));
    }

    /** The start of the word after spaces and a possessive ("'s ", "' ") from {@code at}. */
    private static int skipPossessive(String text, int at) {
        int i = at;
        if (i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')) {
            i++;
            if (i < text.length() && text.charAt(i) == 's') {
                i++;
            }
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether {@code text} holds {@code word} between {@code begin} and {@code end} (no copy: read for every capitalized match). */
    private static boolean isWord(String text, int begin, int end, String word) {
        return end - begin == word.length() && text.startsWith(word, begin);
    }

    /** Adds to {@code kept} one group's matches, overlapping matches resolved to the longest. */
    private static void resolve(List<Hit> hits, String text, List<Hit> kept) {
        if (hits.isEmpty()) {
            return;
        }
        hits.sort(Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed().thenComparingInt(Hit::start));
        boolean[] taken = new boolean[text.length() + 1];
        for (Hit h : hits) {
            boolean free = true;
            for (int i = h.start(); i < h.end() && free; i++) {
                free = !taken[i];
            }
            if (!free) {
                continue;
            }
            Arrays.fill(taken, h.start(), h.end(), true);
            kept.add(h);
        }
    }

    /** Keeps a stem's match that starts a word, run on to the end of its word ("migra" in "migration"). */
    private static void addStem(String text, int start, int end, Entry entry, List<Hit> hits) {
        if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            return;
        }
        int to = end;
        while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
            to++;
        }
        hits.add(new Hit(start, to, entry));
    }
}
