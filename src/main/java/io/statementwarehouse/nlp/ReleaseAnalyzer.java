package io.statementwarehouse.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.statementwarehouse.ingest.Release;

/**
 * The extraction of one release, in order: sentences, entity and date mentions, the release's sides,
 * each sentence's statement, the event date. A pure function of the release and the reference data.
 */
public final class ReleaseAnalyzer {

    private static final Pattern OF_BETWEEN = Pattern.compile("\\s*,?\\s*of\\s+(?:the\\s+)?");
    private static final Pattern SPACES = Pattern.compile("\\s+");


    /** What a title is "on" when it is the meeting itself: up to seven words before a noun of meeting. */
    private static final Pattern ON_A_MEETING = Pattern.compile(
            "(?i)(?:the\\s+)?(?:\\S+\\s+){0,6}?(?:meeting|summit|dialogue|talks|visit|call|consultations?|conversation|forum|ministerial)\\b");
    /** A sentence that says something: three words of letters. */
    private static final Pattern SAYS_SOMETHING = Pattern.compile("\\p{L}{2,}\\W+\\p{L}+\\W+\\p{L}+");
    private static final AnchoredPattern JOINT_TITLE = AnchoredPattern.compile(
            "(?i)\\b(?:joint\\s+(?:[\\w'’]+\\s+){0,2}?statement|joint\\s+declaration|joint\\s+communiqu|communiqu[eé]|leaders['’]\\s+statement|"
                    + "statement\\s+of\\s+the\\s+g\\d|declaration\\s+on|declaration\\s+of\\s+the\\s+(?:heads|leaders|ministers|foreign\\s+ministers)\\b|joint\\s+readout|trilateral\\s+statement|joint\\s+press\\s+statement|"
                    // a meeting's chairs speak for all of it: "Co-Chairs' Statement on the ASEAN-China ... Meeting", "Chair's Statement"
                    + "co-?chairs?['’]?\\s+statement|chair(?:man|person)?['’]s\\s+statement)");
    private static final AnchoredPattern EVENT_VERBS = AnchoredPattern.compile(
            "(?i)\\b(?:held|hold|holds|met|meet|meets|spoke|speak|speaks|talks|call|called|visit|visited|travel|traveled|travelled|"
                    + "signed|hosted|attended|convened|discussed|announced|issued|released|took\\s+place)\\b");

    /** Between a demonym and a name: only title words ("Deputy Prime Minister"). */
    private static final Pattern TITLE_WORDS_ONLY = Pattern.compile("^\\s*(?:[A-Z][\\p{L}.\\-]*\\s+){0,5}$");

    private final ReferenceData reference;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final EntityExtractor entities;
    private final DateExtractor dates = new DateExtractor();
    private final StatementClassifier classifier;
    private final StatementFeatures features = StatementFeatures.load();
    /** The learned decision; null: the rules decide alone. */
    private final StatementModel model;

    /** With the statement model shipped in the resources (the rules alone if there is none). */
    public ReleaseAnalyzer(ReferenceData reference) {
        this(reference, StatementModel.shipped());
    }

    public ReleaseAnalyzer(ReferenceData reference, StatementModel model) {
        this.reference = reference;
        this.entities = new EntityExtractor(reference);
        this.classifier = new StatementClassifier(reference);
        this.model = model;
    }

    /** What the model weighs for one sentence: its features, and what the cue rules made of it. */
    public record SentenceEvidence(Sentence sentence, List<String> features, Statement rule) {
    }

    public AnalyzedRelease analyze(Release release) {
        return analyze(release, null);
    }

    /**
     * Analyzes a release, and hands each sentence's evidence to {@code evidence} (when not null): what a model is
     * trained on, computed exactly as when the model decides.
     */
    public AnalyzedRelease analyze(Release original, java.util.function.Consumer<SentenceEvidence> evidence) {
        Release release = UnicodeSpaces.plain(original);
        LocalDate published = release.publishedDate();
        List<Sentence> sentences = splitter.split(release.body(), release.bodyStart());
        String home = reference.homeOf(release.source());
        if (home == null) {
            // a source the table does not list and whose name names no country ("Prime Minister's Office"): its address
            home = reference.homeOfUrl(release.url());
        }
        List<Mention> entityMentions = withInferredCountries(entities.extract(release.title(), sentences, published, home), release,
                sentences);

        List<Mention> mentions = new ArrayList<>(entityMentions);
        Map<Integer, List<Mention>> bySentence = new HashMap<>();
        for (Mention m : entityMentions) {
            bySentence.computeIfAbsent(m.sentenceNo(), k -> new ArrayList<>()).add(m);
        }
        List<Mention> dateMentions = new ArrayList<>();
        // Each sentence read once for the trigger words of both the date rules and the statement cues.
        List<SentenceTriggers.Reading> readings = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            SentenceTriggers.Reading reading = classifier.read(s);
            readings.add(reading);
            dateMentions.addAll(dates.extract(s.text(), s.start(), s.index(), release.referenceDate(), reading.dateTriggers()));
        }
        mentions.addAll(dateMentions);
        mentions.sort((a, b) -> a.sentenceNo() != b.sentenceNo() ? Integer.compare(a.sentenceNo(), b.sentenceNo())
                : Integer.compare(a.start(), b.start()));

        ReleaseContext ctx = context(release, home, bySentence, sentences);
        ctx.title = release.title();
        List<Statement> statements = new ArrayList<>(sentences.size());
        String genre = StatementFeatures.genre(release.title());
        StatementClass previous = null;
        StatementClass listLead = null;
        boolean[] canHoldStatement = TranscriptTurns.canHoldStatement(release.body(), sentences);
        ctx.readBackOver(sentences, bySentence, canHoldStatement, Quotations.inside(release.body(), sentences));
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            ctx.reading = i;
            if (!canHoldStatement[i]) {
                // a journalist's question, a moderator's words, any question: no side's statement (nor read for one)
                previous = StatementClass.NONE;
                statements.add(Statement.none(null, 0));
                continue;
            }
            List<Mention> sentenceMentions = bySentence.getOrDefault(s.index(), List.of());
            Statement rule = classifier.classify(s, sentenceMentions, ctx, readings.get(i), model == null);
            if (model == null && evidence == null) {
                statements.add(classifier.appealOfAllSides(rule, ctx));
                continue;
            }
            // A sentence that ends with a colon leads the list items after it ("We intend to: ... Promoting ..."), until a
            // sentence that is no item.
            if (listLead != null && !StatementFeatures.looksLikeListItem(s.text())) {
                listLead = null;
            }
            if (listLead == null && ctx.evidence.isEmpty() && !s.text().endsWith(":")) {
                // No cue of any rule matched (not even one a veto stopped) and no list around it: no statement (the
                // model is trained the same way, so it never learns from these). Most sentences of a release; building
                // their features was most of the model's cost. Letting the model also read the sentences with a cue
                // word but no match (half of those it read) gave the same F1 cross-validated (0.881 vs 0.878 by release,
                // the same mean over sources) at twice the cost (docs/BENCHMARKS.md).
                previous = rule.statementClass();
                statements.add(rule);
                continue;
            }
            List<String> f = features.of(s, readings.get(i).lower(), rule, sentenceMentions, ctx.evidence,
                    new StatementFeatures.Context(ctx.voice(), ctx.participants, i, genre, previous, listLead));
            previous = rule.statementClass();
            if (s.text().endsWith(":")) {
                listLead = rule.statementClass();
            }
            if (evidence != null) {
                evidence.accept(new SentenceEvidence(s, f, rule));
            }
            statements.add(classifier.appealOfAllSides(model == null ? rule : decide(rule, model.predict(f), f, s, readings.get(i).lower(), sentenceMentions, ctx), ctx));
        }
        planItems(release, sentences, statements, bySentence, ctx);
        inheritIntoListItems(sentences, statements);
        topicsReferredBack(sentences, statements);
        LocalDate eventDate = eventDate(sentences, dateMentions, release.referenceDate());
        mentions = EntityExtractor.withoutUnnamedTitleHolders(mentions);
        if (release != original) {
            sentences = UnicodeSpaces.exact(sentences, original.body());
            mentions = UnicodeSpaces.exactSurfaces(mentions, original);
        }
        return new AnalyzedRelease(original, sentences, mentions, statements, eventDate, home);
    }

    /**
     * The model's class among those the rules' evidence allows ({@link #allowedClasses}), with the rules' reading of who
     * commits and to whom where the rules found a statement of that class; otherwise read anew for the model's class.
     * The confidence is the model's probability of the class given that the class is one of those allowed.
     */
    private Statement decide(Statement rule, StatementModel.Prediction p, List<String> features, Sentence s, String lower,
                             List<Mention> mentions, ReleaseContext ctx) {
        Map<StatementClass, Double> probabilities = p.probabilities();
        double none = probabilities.getOrDefault(StatementClass.NONE, 0.0);
        // What the spec decides, the rules' reading stands whatever the model, whose doubt stays in the confidence:
        // - a hope for a named party's act ("He hoped China will continue offering vaccines") is a call on it ("expressed hope
        //   that Peru would meet it halfway": DEMAND); the few labelled hopes, mostly about things, taught the model to doubt them;
        // - a side's announced visit, meeting or signing is its pledge (EXTRACTION.md section 2); the labelled engagements,
        //   nearly all of the speaking side's own schedule, taught the model to doubt another side's.
        if ((StatementClassifier.HOPE_FOR_A_PARTY.equals(rule.rule()) && !rule.counterparts().isEmpty())
                || StatementClassifier.announcesEngagement(rule, lower)) {
            return kept(rule, s, ctx, Math.round((1 - none) * 1000) / 1000.0);
        }
        if (p.statementClass() == StatementClass.NONE) {
            return Statement.none(rule.speaker(), rule.speakerActorKey());
        }
        Set<StatementClass> allowed = allowedClasses(rule, features, classifier::classesOfCue);
        StatementClass cls = null;
        double total = none;
        for (StatementClass c : allowed) {
            double pc = probabilities.getOrDefault(c, 0.0);
            total += pc;
            if (cls == null || pc > probabilities.getOrDefault(cls, 0.0)) {
                cls = c;
            }
        }
        // A call ("should", "urged X to", "hoped that the two sides will ...") is of the kind the rules read (whom it addresses,
        // EXTRACTION.md sections 2 and 7), so the model only tells whether it is a statement at all: the labelled calls are
        // few, and its probability for a statement is often spread over classes the rules leave out ("hoped that", learned
        // from a few hopes of the other side's acts, read as a demand or an intent)
        boolean call = rule.statementClass() == StatementClass.APPEAL || rule.statementClass() == StatementClass.DEMAND;
        if (cls == null || (call ? none >= 0.5 : probabilities.getOrDefault(cls, 0.0) < none)) {
            // NONE is likelier than any class allowed (cross-validated: the likeliest class, NONE included, does as well as
            // any threshold on NONE's probability, docs/EXTRACTION.md)
            return Statement.none(rule.speaker(), rule.speakerActorKey());
        }
        if (rule.statementClass() == StatementClass.DEMAND && cls == StatementClass.APPEAL && allowed.contains(StatementClass.DEMAND)) {
            // Whom a call addresses is the rules' reading (the spec's distinction: an addressee among the speakers or not),
            // which the model, with few demands to learn from, cannot overrule: a call the rules read as on another party
            // alone stays a demand (cross-validated DEMAND F1 0.697 -> 0.707, the same commitments)
            cls = StatementClass.DEMAND;
        }
        double confidence = Math.round(Math.min(1.0, probabilities.getOrDefault(cls, 0.0) / total) * 1000) / 1000.0;
        if (rule.statementClass() == cls) {
            return kept(rule, s, ctx, confidence);
        }
        return classifier.decided(cls, rule, s, mentions, ctx, confidence, null);
    }

    /** The rules' statement as they read it, with its topics and the model's confidence. */
    private Statement kept(Statement rule, Sentence s, ReleaseContext ctx, double confidence) {
        return new Statement(rule.statementClass(), rule.polarity(), rule.scope(), rule.committers(), rule.counterparts(),
                classifier.topics(s.text(), ctx), rule.speaker(), rule.speakerActorKey(), confidence, rule.cue(), rule.rule());
    }

    /**
     * The statement classes (NONE aside) that the rules' evidence leaves open to the model. The spec decides some
     * questions by what the rules read and the labelled releases show too rarely for a model to learn:
     * <ul>
     * <li>a call ("should", "it is necessary to", "urged X to") that no cue of an undertaking speaks for is no pledge and
     * no intent (EXTRACTION.md section 2): the model may tell whether it is a statement, and of which kind of call;</li>
     * <li>a call whose addressees include the speaking side ("called on both sides to", "called on China and the United
     * States to", "both agreed on the need for ...") is an appeal, never a demand;</li>
     * <li>"called on the Foreign Minister" with no action asked of anyone is a visit, a past event: no statement, unless
     * an undertaking was found beside it (cross-validated: one false alarm fewer, no statement lost); so is a cue that only
     * read the talk itself or the audience ("I will leave it to the Hungarians to speak to", "you'll come back");</li>
     * <li>a sentence whose every matched cue was vetoed: the model may overrule a veto, but only for the classes those cues
     * speak for ({@code classesOfCue}; "continues to deepen", vetoed as a trend, is a pledge or nothing, not an intent the
     * words might suggest).</li>
     * </ul>
     */
    static Set<StatementClass> allowedClasses(Statement rule, List<String> features) {
        return allowedClasses(rule, features, cueRule -> Set.of());
    }

    /** {@link #allowedClasses(Statement, List)} with the classes each cue of the lexicon can give, by its rule name. */
    static Set<StatementClass> allowedClasses(Statement rule, List<String> features,
                                              java.util.function.Function<String, Set<StatementClass>> classesOfCue) {
        Set<StatementClass> allowed = java.util.EnumSet.of(StatementClass.PLEDGE, StatementClass.INTENT, StatementClass.APPEAL,
                StatementClass.DEMAND);
        boolean call = rule.statementClass() == StatementClass.APPEAL || rule.statementClass() == StatementClass.DEMAND;
        // The features read once, in a plain loop: three streams over them were a hundredth of the analysis in a JFR profile.
        boolean candidate = false;
        boolean undertakingCandidate = false;
        boolean courtesyCall = false;
        boolean talkOnly = false;
        boolean otherVeto = false;
        for (String f : features) {
            courtesyCall |= f.equals(COURTESY_CALL);
            if (f.startsWith(VETO_REASON)) {
                boolean talk = TALK_ITSELF.contains(f);
                talkOnly |= talk;
                otherVeto |= !talk;
            }
            if (f.startsWith("candidate=")) {
                candidate = true;
                undertakingCandidate |= f.startsWith("PLEDGE", 10) || f.startsWith("INTENT", 10);
            }
        }
        if (call && !undertakingCandidate) {
            allowed.remove(StatementClass.PLEDGE);
            allowed.remove(StatementClass.INTENT);
        }
        if (rule.statementClass() == StatementClass.APPEAL && "JOINT".equals(rule.scope())) {
            allowed.remove(StatementClass.DEMAND);
        }
        boolean noCandidate = !candidate;
        if ((courtesyCall || (talkOnly && !otherVeto)) && noCandidate) {
            // a briefer's own talk ("I will leave it to the Hungarians to speak to", "I'll refer you to", "what I will say is")
            // or the audience's ("you'll come back") is no statement, as the spec decides; the model, which weighs a veto as
            // one feature among many, overruled some of them when retrained
            allowed.clear();
        }
        if (rule.statementClass() == StatementClass.NONE && noCandidate) {
            Set<StatementClass> ofCues = java.util.EnumSet.noneOf(StatementClass.class);
            for (String f : features) {
                if (f.startsWith("cue=")) {
                    ofCues.addAll(classesOfCue.apply(f.substring(4)));
                }
            }
            if (!ofCues.isEmpty()) {
                allowed.retainAll(ofCues);
            }
        }
        return allowed;
    }

    /** Paragraphs that open with an action verb: a release with at least this many is a plan whose items are its undertakings. */
    private static final int PLAN_ITEMS = 2;

    /**
     * The items of an action plan ("Establish new reporting requirements ...", "Offer passports with ..."): paragraphs
     * that open with an action verb's base form are the speaking side's undertakings (PLEDGE) when the release has
     * several of them. Few labelled releases are plans, so a model cannot learn this; it is a rule over the release's
     * structure, applied after the model to the sentences it left without a statement.
     */
    private void planItems(Release release, List<Sentence> sentences, List<Statement> statements, Map<Integer, List<Mention>> bySentence,
                           ReleaseContext ctx) {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (startsParagraph(release.body(), s.start(), release.bodyStart()) && features.opensWithActionVerb(s.text())) {
                items.add(i);
            }
        }
        if (items.size() < PLAN_ITEMS) {
            return;
        }
        for (int i : items) {
            Statement st = statements.get(i);
            if (st.statementClass() != StatementClass.NONE) {
                continue;
            }
            Sentence s = sentences.get(i);
            Statement d = classifier.decided(StatementClass.PLEDGE, st, s, bySentence.getOrDefault(s.index(), List.of()), ctx, 0.7, null);
            statements.set(i, new Statement(d.statementClass(), d.polarity(), d.scope(), d.committers(), d.counterparts(), d.topics(),
                    d.speaker(), d.speakerActorKey(), d.confidence(), s.text().substring(0, Math.min(s.text().length(), s.text().indexOf(' ') < 0
                    ? s.text().length() : s.text().indexOf(' '))), "plan-item"));
        }
    }

    /** Whether the text at {@code start} opens a paragraph: the body's first text, or the first after a line break. */
    private static boolean startsParagraph(String body, int start, int bodyStart) {
        int i = start - 1;
        while (i >= bodyStart && i < body.length() && (body.charAt(i) == ' ' || body.charAt(i) == '\t' || body.charAt(i) == '\r')) {
            i--;
        }
        return i < bodyStart || body.charAt(i) == '\n';
    }


    private static final String COURTESY_CALL = "veto.reason=courtesy-call";
    private static final String VETO_REASON = "veto.reason=";
    /** The vetoes of a cue that reads the talk itself, or the audience, as the one who acts. */
    private static final Set<String> TALK_ITSELF = Set.of(VETO_REASON + "discourse", VETO_REASON + "audience");


    /** A bulleted line: a dash, dot or star and a space ("- merge the Bureau into SPC"), or a letter in brackets ("(a) "). */
    private static final AnchoredPattern BULLET_ITEM = AnchoredPattern.compile("^\\s*(?:[\\-•*▪◦–]\\s|\\(?[a-z]\\)\\s)");
    private static final AnchoredPattern GERUND_ITEM = AnchoredPattern.compile("^[\\-•*\\s]*[A-Z][a-z]+ing\\b");

    /**
     * "We intend to advance this agenda using the following approach:" followed by items that start
     * with a gerund ("Creating ...", "Supporting ..."): each item is an undertaking of the same kind.
     */
    private void inheritIntoListItems(List<Sentence> sentences, List<Statement> statements) {
        Statement lead = null;
        // a list punctuated as one sentence: a first item after the lead that ends with a semicolon, and every item after an
        // item that does ("... will be held in July 2020: the Dialogue on Human Rights (10 July), ...; the Dialogue on Climate
        // Change: 16 July 2020."); headings and paragraphs after a lead are no items
        boolean afterSemicolonItem = false;
        boolean afterLead = false;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Statement st = statements.get(i);
            boolean semicolonList = afterSemicolonItem || (afterLead && s.text().endsWith(";"));
            // a bulleted item after the lead ("Leaders agreed to:" / "- merge the Bureau into SPC"), whatever its first word
            boolean item = GERUND_ITEM.find(s.text()) || (lead != null && BULLET_ITEM.find(s.text()))
                    || (lead != null && semicolonList && SAYS_SOMETHING.matcher(s.text()).find());
            afterSemicolonItem = item && s.text().endsWith(";");
            afterLead = s.text().endsWith(":");
            if (lead != null && item && st.statementClass() == StatementClass.NONE) {
                st = new Statement(lead.statementClass(), lead.polarity(), lead.scope(), lead.committers(), st.counterparts(),
                        classifier.topics(s.text()), lead.speaker(), lead.speakerActorKey(), Math.round(lead.confidence() * 90) / 100.0,
                        lead.cue(), "list-item");
                statements.set(i, st);
            } else if (lead != null && !item) {
                lead = null;
            }
            if (s.text().endsWith(":") && st.statementClass().isCommitment()) {
                lead = st;
            }
        }
    }

    /** How many sentences back a statement that points back to earlier subject matter looks for it. */
    private static final int REFERRED_BACK_WITHIN = 3;

    /**
     * A statement that names no subject matter but points back to it ("The leaders agreed to remain in close touch on
     * these matters", "They committed to continuing these discussions") takes the topics of the nearest sentence before
     * it, within {@value #REFERRED_BACK_WITHIN}, that names some, rather than its title's or POLITICAL. Cross-validated
     * topic F1 in docs/EXTRACTION.md.
     */
    private void topicsReferredBack(List<Sentence> sentences, List<Statement> statements) {
        TopicClassifier topics = classifier.topicClassifier();
        for (int i = 1; i < sentences.size(); i++) {
            Statement st = statements.get(i);
            String text = sentences.get(i).text();
            if (st.statementClass() == StatementClass.NONE || !topics.refersBack(text) || !topics.named(text).isEmpty()) {
                continue;
            }
            for (int j = i - 1; j >= Math.max(0, i - REFERRED_BACK_WITHIN); j--) {
                List<String> before = topics.named(sentences.get(j).text());
                if (!before.isEmpty()) {
                    statements.set(i, new Statement(st.statementClass(), st.polarity(), st.scope(), st.committers(), st.counterparts(),
                            before, st.speaker(), st.speakerActorKey(), st.confidence(), st.cue(), st.rule()));
                    break;
                }
            }
        }
    }

    /** Where a title names the venue of the talks, not their sides. */
    private static final Pattern VENUE = Pattern.compile("(?i)\\b(?:on\\s+(?:the\\s+)?sidelines\\s+of|on\\s+the\\s+margins?\\s+of|in\\s+the\\s+margins?\\s+of)\\b");

    /** A title's verb of discussing: the countries after it are what the talks are about. */
    private static final Pattern DISCUSS_IN_TITLE = Pattern.compile("(?i)\\s(?:discuss|discusses|discussed|discussing)\\s");

    /** Where {@code pattern} first matches in {@code title}, when that is before {@code from} (or {@code from} is -1); else {@code from}. */
    private static int earlierStart(Pattern pattern, String title, int from) {
        Matcher m = pattern.matcher(title == null ? "" : title);
        return m.find() && (from < 0 || m.start() < from) ? m.start() : from;
    }

    /** The sides of a release: the source's own, and the countries its title (or first sentence) names. */
    private ReleaseContext context(Release release, String sourceHome, Map<Integer, List<Mention>> bySentence, List<Sentence> sentences) {
        Set<String> participants = new LinkedHashSet<>();
        // Countries a title is "on" ("Joint Statement on Venezuela") are its subject, not its sides; unless what it is on is
        // the meeting itself ("Joint Statement on India-EU Leaders' Meeting", "Readout on the U.S.-Japan Dialogue")
        int on = release.title() == null ? -1 : release.title().indexOf(" on ");
        if (on >= 0 && ON_A_MEETING.matcher(release.title()).region(on + 4, release.title().length()).lookingAt()) {
            on = -1;
        }
        // "... meets US secretary of state on sidelines of NATO meeting": where they met is no side
        on = earlierStart(VENUE, release.title(), on);
        // "Indonesia, China Discuss Regional Stability, Ukraine Crisis", "Blinken, Lavrov discuss Ukraine": what they discuss
        // is the talks' matter, the sides name it before the verb
        on = earlierStart(DISCUSS_IN_TITLE, release.title(), on);
        final int subjectFrom = on;
        List<Mention> titleSides = bySentence.getOrDefault(Mention.TITLE, List.of()).stream()
                .filter(m -> subjectFrom < 0 || m.start() < subjectFrom).toList();
        boolean jointTitle = release.title() != null && JOINT_TITLE.find(release.title());
        if (jointTitle) {
            titleSides = withoutGroupMeetingVenue(release.title(), titleSides);
        }
        Set<String> titled = sidesOf(titleSides);
        if (release.title() != null) {
            // "EU-Central Asia Ministerial Meeting", "Central Asian leaders and the EU Council President": a region as a side
            // is its countries
            titled.addAll(classifier.regions().countriesAsSides(subjectFrom < 0 ? release.title() : release.title().substring(0, subjectFrom)));
        }
        // A news medium reporting talks whose sides its title names, its own country not among them ("Bulgarian and German
        // foreign ministers hold phone conversation" by an agency of Azerbaijan, "Australia, New Zealand agree to ..." by an
        // Indonesian site), is the reporter, not a side: its country neither speaks nor commits. A title naming one side
        // ("Prime Minister receives Chinese Ambassador" by a national agency) leaves the other to the medium's own country.
        String home = sourceHome != null && titled.size() >= 2 && !titled.contains(sourceHome) && reference.isNewsMedium(release.source())
                ? null : sourceHome;
        if (home != null && !reference.isGovernmentOffice(release.source()) && !namedAnywhere(home, bySentence)
                && (titled.size() >= 2 || (!titleSides.isEmpty() && titleSides.get(0).start() == 0))) {
            // A paper or site that is no government's office, reporting others' affairs without ever naming its own country ("New
            // Zealand ministers to visit Pacific island countries" in an Indian paper): its country is no side of them. Not when
            // the title's subject is an office it does not name ("President receives Georgian foreign minister" by a national
            // agency): its own.
            home = null;
        }
        if (home != null) {
            participants.add(home);
        }
        Set<String> named = new LinkedHashSet<>(titled);
        // A title that names one side only ("Head of State had telephone talk with Tajik President") from a source whose own side
        // is unknown (a national agency the table does not list) leaves the other side to the first sentence too ("President
        // Kassym-Jomart Tokayev had a telephone conversation with President Emomali Rahmon of Tajikistan")
        boolean oneSideTitled = home == null && isOneCountry(named);
        if (named.isEmpty() || (named.size() == 1 && named.contains(home)) || oneSideTitled) {
            // the first sentence that says something: not a paragraph's number ("1.") or a dateline alone
            int first = 0;
            while (first < sentences.size() - 1 && !SAYS_SOMETHING.matcher(sentences.get(first).text()).find()) {
                first++;
            }
            // "Wang Yi met with several foreign officials on the sidelines of the UN Summit of the Future": the venue is no side
            // there either
            List<Mention> firstMentions = bySentence.getOrDefault(sentences.isEmpty() ? 0 : sentences.get(first).index(), List.of());
            int venue = sentences.isEmpty() ? -1 : earlierStart(VENUE, sentences.get(first).text(), -1);
            if (venue >= 0) {
                int venueStart = sentences.get(first).start() + venue;
                firstMentions = firstMentions.stream().filter(m -> m.start() < venueStart).toList();
            }
            Set<String> firstSides = sidesOf(firstMentions);
            firstSides.removeAll(named);
            if (!oneSideTitled) {
                named.addAll(firstSides);
            } else if (isOneCountry(firstSides)) {
                // only the one country the title left out: a first sentence naming several ("will visit Tonga, Cook Islands and
                // Samoa", "with his counterparts from the SCO member states") lists destinations or a venue, not the other side
                named.addAll(firstSides);
            }
        }
        participants.addAll(named);
        boolean joint = jointTitle;
        if (!joint && !sentences.isEmpty()) {
            joint = JOINT_TITLE.find(sentences.get(0).text());
        }
        ReleaseContext ctx = new ReleaseContext(home, participants, joint);
        if (joint && titled.size() == 1 && !reference.countries().containsKey(titled.iterator().next())) {
            // "G7 Leaders' Statement", "Quad Leaders' Joint Statement": a group's own text speaks as the group, whichever
            // member's site publishes it (dev.json: a G7 statement's "we" is G7)
            ctx.weSides = new LinkedHashSet<>(titled);
        }
        return ctx;
    }

    /**
     * A place right before a title's country, set off by a comma, after a comma or "in"/"at": "Cape Town, " in "..., Cape Town,
     * South Africa, 1 June 2023", "Summit in Hiroshima, " (not "visits San Jose, ", "to San Jose, ": the side visited).
     */
    private static final Pattern CITY_BEFORE = Pattern.compile("(?:,|\\bin|\\bat)\\s+\\p{Lu}[\\p{L}'’.-]*(?:[\\s/-]+\\p{Lu}[\\p{L}'’.-]*){0,3},\\s*$");

    /** What follows a venue's country in a title: its end, or the date of the meeting. */
    private static final Pattern DATE_OR_END = Pattern.compile("^\\s*(?:$|[,(]\\s*(?:on\\s+)?(?:\\d|(?:January|February|March|April|May|June|July|August|"
            + "September|October|November|December)\\b))");

    /**
     * A group's joint text titled with where it met ("Joint Statement of the BRICS Ministers of Foreign Affairs, Nizhny
     * Novgorod, Russian Federation, 10 June 2024"): the host country after the city is the venue, not a side, so the group
     * speaks alone (the labelled G7 statements: the group, not the member that hosts or publishes). Only in a joint text
     * (the caller's check) that names a group: elsewhere a "City, Country" title names the side visited ("Travel to San Jose,
     * Costa Rica").
     */
    private List<Mention> withoutGroupMeetingVenue(String title, List<Mention> titleSides) {
        if (titleSides.stream().noneMatch(this::isGroupSide)) {
            return titleSides;
        }
        List<Mention> out = new ArrayList<>(titleSides.size());
        int previousEnd = 0;
        for (Mention m : titleSides) {
            boolean venue = false;
            if (m.kind() == MentionKind.COUNTRY && m.start() >= previousEnd && m.end() <= title.length()) {
                Matcher city = CITY_BEFORE.matcher(title.substring(previousEnd, m.start()));
                venue = city.find() && DATE_OR_END.matcher(title.substring(m.end())).find();
            }
            if (!venue) {
                out.add(m);
            }
            previousEnd = Math.max(previousEnd, m.end());
        }
        return out;
    }

    /** Whether a mention is an organization that takes part in talks as one side ({@link #SIDE_KINDS}). */
    private boolean isGroupSide(Mention m) {
        if (m.kind() != MentionKind.ORGANIZATION || !m.resolved()) {
            return false;
        }
        Organization o = reference.organizations().get(m.normalized());
        return o != null && SIDE_KINDS.contains(o.kind());
    }

    /** Whether any mention of the release (title or body) names {@code side}: the country or group itself, or a person of it. */
    private static boolean namedAnywhere(String side, Map<Integer, List<Mention>> bySentence) {
        for (List<Mention> ms : bySentence.values()) {
            for (Mention m : ms) {
                if (((m.kind() == MentionKind.COUNTRY || m.kind() == MentionKind.ORGANIZATION) && m.resolved() && side.equals(m.normalized()))
                        || (m.kind() == MentionKind.PERSON && side.equals(m.country()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the sides are one country (not a group, nor several). */
    private boolean isOneCountry(Set<String> sides) {
        return sides.size() == 1 && reference.countries().containsKey(sides.iterator().next());
    }

    /** Organizations that take part in talks as one side ("EU-AU Commission-to-Commission meeting", "GCC-UK ministerial"). */
    private static final Set<String> SIDE_KINDS = Set.of("INTERGOVERNMENTAL", "GROUP");

    /** The countries, and the organizations that act as one side, that mentions name (a person counts for their country). */
    private Set<String> sidesOf(List<Mention> mentions) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.ORGANIZATION) {
                if (isGroupSide(m)) {
                    out.add(m.normalized());
                }
            } else if (m.kind() == MentionKind.COUNTRY && m.resolved()) {
                out.add(m.normalized());
            } else if (m.kind() == MentionKind.PERSON && m.country() != null && m.country().length() == 3) {
                out.add(m.country());
            }
        }
        return out;
    }

    /**
     * A person the reference data does not know still has a side when the text says it: a demonym or
     * country right before the title ("Azerbaijani Deputy Prime Minister Shahin Mustafayev") or
     * "of Canada" right after the name. Later bare family names ("Mustafayev") inherit it.
     */
    private static List<Mention> withInferredCountries(List<Mention> mentions, Release release, List<Sentence> sentences) {
        Map<String, String> familyCountry = new HashMap<>();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.kind() == MentionKind.PERSON && m.country() == null) {
                String country = null;
                String family = familyName(m.normalized());
                country = familyCountry.get(family);
                if (country == null && i > 0) {
                    Mention prev = mentions.get(i - 1);
                    String between = textBetween(release, sentences, prev, m);
                    if (prev.kind() == MentionKind.COUNTRY && prev.sentenceNo() == m.sentenceNo() && between != null
                            && TITLE_WORDS_ONLY.matcher(between).matches() && !placeOfOffice(release, prev)) {
                        country = prev.normalized();
                    }
                }
                if (country == null && i + 1 < mentions.size()) {
                    Mention next = mentions.get(i + 1);
                    String between = textBetween(release, sentences, m, next);
                    if (next.kind() == MentionKind.COUNTRY && next.sentenceNo() == m.sentenceNo() && between != null
                            && OF_BETWEEN.matcher(between).matches()) {
                        country = next.normalized();
                    }
                }
                if (country != null) {
                    familyCountry.putIfAbsent(family, country);
                }
                m = new Mention(m.sentenceNo(), m.start(), m.end(), m.kind(), m.surface(), m.normalized(), m.resolved(), country,
                        m.actorKey());
            }
            out.add(m);
        }
        return out;
    }

    /** Words before a country that make it the place of an office ("Special Representative for the DPRK", "Ambassador to Japan"). */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?:\\b(?:to|for|in|at|with|on)\\s+(?:the\\s+)?|\\()$");

    /** Whether a country mention is the place of an office rather than a person's side, or an acronym in brackets. */
    private static boolean placeOfOffice(Release release, Mention country) {
        String text = country.sentenceNo() == Mention.TITLE ? release.title() : release.body();
        if (text == null || country.start() > text.length()) {
            return false;
        }
        return PLACE_BEFORE.matcher(text.substring(Math.max(0, country.start() - 12), country.start())).find();
    }

    private static String familyName(String name) {
        String[] parts = SPACES.split(name.strip());
        return parts[parts.length - 1];
    }

    private static String textBetween(Release release, List<Sentence> sentences, Mention a, Mention b) {
        if (a.sentenceNo() == Mention.TITLE) {
            String t = release.title();
            return b.start() >= a.end() && b.start() <= t.length() ? t.substring(a.end(), b.start()) : null;
        }
        return b.start() >= a.end() ? release.body().substring(a.end(), b.start()) : null;
    }

    /** The date of the main event: the first day-level date in the opening sentences that reports it. */
    private static LocalDate eventDate(List<Sentence> sentences, List<Mention> dateMentions, LocalDate published) {
        for (int pass = 0; pass < 2; pass++) {
            for (Mention m : dateMentions) {
                if (m.sentenceNo() > 1 || m.normalized().length() != 10) {
                    continue;
                }
                Sentence s = sentences.get(m.sentenceNo());
                if (pass == 0 && !EVENT_VERBS.find(s.text())) {
                    continue;
                }
                return LocalDate.parse(m.normalized());
            }
        }
        return null;
    }
}
