package io.statementwarehouse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.statementwarehouse.ingest.Release;
import io.statementwarehouse.ingest.ReleaseKeys;

/** The rules of EXTRACTION.md sections 2, 3 and 5 on single sentences, with the real reference data. */
class ExtractionTests {

    static ReferenceData reference;
    static ReleaseAnalyzer analyzer;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load();
        analyzer = new ReleaseAnalyzer(reference);
    }

    private static AnalyzedRelease analyze(String source, String title, LocalDate date, String body) {
        return analyzer.analyze(new Release(ReleaseKeys.releaseKey(source, title), title, source, title, null, date, null, body, 0,
                "test", 1, ReleaseKeys.textHash(body), null));
    }

    /** Each sentence, analyzed as a release of its own, is no statement. */
    private static void assertNoStatement(String source, String title, String... sentences) {
        assertEachClass(StatementClass.NONE, source, title, sentences);
    }

    /** Each sentence, analyzed as a release of its own, is a statement of class {@code expected}. */
    private static void assertEachClass(StatementClass expected, String source, String title, String... sentences) {
        for (String sentence : sentences) {
            assertThat(only(source, title, sentence).statementClass()).as(sentence).isEqualTo(expected);
        }
    }

    /** The statement's class and, in order, its committers. */
    private static void assertClassAndCommitters(Statement s, StatementClass expected, String... committers) {
        assertThat(s.statementClass()).isEqualTo(expected);
        assertThat(s.committers()).containsExactly(committers);
    }

    private static Statement only(String source, String title, String sentence) {
        AnalyzedRelease a = analyze(source, title, LocalDate.of(2024, 11, 14), sentence);
        assertThat(a.statements()).hasSize(1);
        return a.statements().get(0);
    }

    @Test
    void pledgesIntentsAppealsAndDemands() {
        assertThat(only("White House", "Readout", "The Secretary will travel to Berlin.").statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(only("White House", "Readout", "The leaders committed to deepen economic cooperation.").statementClass())
                .isEqualTo(StatementClass.PLEDGE);
        assertThat(only("White House", "Readout", "President Biden invited Prime Minister Sunak to visit Washington.").statementClass())
                .isEqualTo(StatementClass.INTENT);
        assertThat(only("White House", "Readout", "We call on the Taliban to reverse this decision.").statementClass())
                .isEqualTo(StatementClass.DEMAND);
        Statement negative = only("Xinhua", "China and Japan hold talks", "China will never seek hegemony, Wang said.");
        assertThat(negative.statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(negative.polarity()).isEqualTo("NEGATIVE");
        assertThat(negative.committers()).containsExactly("CHN");
    }

    @Test
    void aSanctionsNoticesLegalEffectsAreNoCall() {
        // the corpus's designations repeat OFAC's wording of what a designation does in law; a call in the same notice stays one
        String title = "Sanctioning Entities Supporting Russia's War";
        String body = "As a result of today's action, all property and interests in property of the entities above that are in the United "
                + "States or in the possession or control of U.S. persons are blocked and must be reported to OFAC.\n\n"
                + "VESSEL TYPE: General Cargo\n\nRussia must end its war against Ukraine.";
        List<ReleaseAnalyzer.SentenceEvidence> evidence = new java.util.ArrayList<>();
        AnalyzedRelease a = analyzer.analyze(new Release(ReleaseKeys.releaseKey("U.S. Department of State", title), title,
                "U.S. Department of State", title, null, LocalDate.of(2022, 6, 28), null, body, 0, "test", 1, ReleaseKeys.textHash(body),
                null), evidence::add);
        assertThat(a.statements().get(0).statementClass()).isEqualTo(StatementClass.NONE);
        // the rules read the call as one (the veto of the legal effects does not reach it); whether it is kept is the model's
        // judgement, whose doubt about a short call inside a sanctions notice is near even
        assertThat(evidence).filteredOn(e -> e.sentence().text().startsWith("Russia must"))
                .singleElement().satisfies(e -> assertThat(e.rule().statementClass()).isEqualTo(StatementClass.DEMAND));
        // a vessel type is no person ("General" is no title there)
        assertThat(a.mentions()).filteredOn(m -> m.kind() == MentionKind.PERSON).isEmpty();
    }

    @Test
    void theItemsOfAListPunctuatedAsOneSentenceShareItsLead() {
        // "They confirmed that the following two dialogues will be held in July 2020:" then items ending with semicolons
        AnalyzedRelease a = analyze("European Union", "XIII EU-Mexico Joint Committee", LocalDate.of(2020, 6, 22),
                "They confirmed that the following two dialogues will be held in July 2020:\n\nEU-Mexico High Level Dialogue on Human "
                        + "Rights (10 July 2020), by videoconference;\n\nEU-Mexico High Level Dialogue on Climate Change: 16 July 2020, by "
                        + "videoconference.\n\nThe Joint Committee was chaired by the two vice ministers.");
        assertThat(a.statements()).extracting(Statement::statementClass).containsExactly(StatementClass.PLEDGE, StatementClass.PLEDGE,
                StatementClass.PLEDGE, StatementClass.NONE);
        assertThat(a.statements().get(2).rule()).isEqualTo("list-item");
    }

    @Test
    void aPublicSchedulesEngagementsAreAnnouncedEngagements() {
        // a schedule's meeting with a foreign counterpart is an announced engagement (the spec's "will meet with ..."); the
        // internal meetings and the press briefing are not
        AnalyzedRelease a = analyze("U.S. Department of State", "Public Schedule - July 23, 2021", LocalDate.of(2021, 7, 22),
                "SECRETARY ANTONY J. BLINKEN\n\n9:30 a.m. Secretary Blinken meets with Iraqi Foreign Minister Dr. Fuad Hussein, at the "
                        + "Department of State.\n\n(CLOSED PRESS COVERAGE)\n\nUnder Secretary Nuland attends meetings and briefings, from the "
                        + "Department of State.\n\n2:00 p.m. Principal Deputy Spokesperson Jalina Porter holds a telephonic press briefing.");
        assertThat(a.sentences()).extracting(Sentence::text).contains("9:30 a.m. Secretary Blinken meets with Iraqi Foreign Minister Dr. "
                + "Fuad Hussein, at the Department of State.");
        assertThat(a.statements().stream().filter(s -> s.statementClass() == StatementClass.PLEDGE).map(Statement::rule))
                .containsExactly("scheduled-engagement");
    }

    @Test
    void anActAsTheSubjectIsNoActorAndThePossessiveSaysWhose() {
        // "Opening these consultations with Denmark reflects our commitment ...": the commitment is the speaker's, Denmark is
        // what the act concerns; a participle before a noun ("Acting Assistant Secretary Reeker will travel") is a title
        Statement opening = firstOf(new ReleaseAnalyzer(reference, null),
                "Opening these consultations with Denmark reflects our commitment to reaffirming and reinvigorating America's alliances.");
        assertThat(opening.committers()).containsExactly("USA");
        Statement acting = firstOf(new ReleaseAnalyzer(reference, null),
                "Acting Assistant Secretary for European and Eurasian Affairs Philip T. Reeker will travel to Milan June 20-22.");
        assertClassAndCommitters(acting, StatementClass.PLEDGE, "USA");
    }

    @Test
    void theSidesOfAReleaseOnAMeetingAndAfterAParagraphNumber() {
        // what a title is "on" is its subject ("Joint Statement on Venezuela"), unless it is the meeting itself; and a
        // paragraph's number is no first sentence to read the sides from
        AnalyzedRelease a = analyze("Government of India", "Joint Statement on India-EU Leaders' Meeting (May 08, 2021)", LocalDate.of(2021, 5, 8),
                "1. We appreciated the strides made in our partnership in the recent past. In this regard, we agreed to advance the "
                        + "implementation of the actions set out in the Roadmap 2025.");
        Statement agreed = a.statements().get(a.statements().size() - 1);
        assertThat(agreed.scope()).isEqualTo("JOINT");
        assertThat(agreed.committers()).containsExactlyInAnyOrder("IND", "EU");
        AnalyzedRelease on = analyze("U.S. Department of State", "Joint Statement on Venezuela", LocalDate.of(2021, 5, 8),
                "We agreed to continue to press for free and fair elections.");
        assertThat(on.statements().get(0).committers()).doesNotContain("VEN");
    }

    @Test
    void aWeThatSaysBothSidesIsJointEvenWhenTheCueHoldsIt() {
        // "We both promote", "Our governments work side-by-side", "as we work together": the sides together (the cue of a
        // policy stated by "we" holds its own subject, which the joint reading did not see)
        for (String s : List.of("Our governments work side-by-side to advance common goals for our peoples and for the region.",
                "We both promote a multilateral global system, based on rules designed to protect and benefit all.")) {
            Statement st = only("U.S. Department of State", "Secretary Blinken's Meeting with Estonian Foreign Minister Tsahkna", s);
            assertThat(st.scope()).as(s).isEqualTo("JOINT");
            assertThat(st.committers()).as(s).containsExactlyInAnyOrder("USA", "EST");
        }
        // a "we" of one side alone stays that side's
        assertThat(only("U.S. Department of State", "Secretary Blinken's Meeting with Estonian Foreign Minister Tsahkna",
                "We support Ukraine.").scope()).isEqualTo("SELF");
    }

    @Test
    void theRegisterOfOtherForeignMinistries() {
        // verb phrases of one subject listed with commas ("discussed X, agreed to Y, and ..."): each read on its own
        Statement listed = only("Ministry of Foreign Affairs of Ukraine", "Foreign Minister holds talks with Mongolian counterpart",
                "The ministers discussed the development of political dialogue between Ukraine and Mongolia, agreed to hold political "
                        + "consultations between the two foreign ministries, and cooperate in international organizations.");
        assertThat(listed.statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(listed.scope()).isEqualTo("JOINT");
        // "affirmed to" + verb, "reached (a) consensus / agreement on": an agreement on future conduct
        assertThat(only("Vietnam News Agency", "Vietnamese, Malaysian foreign ministers hold talks",
                "They affirmed to maintain close coordination at international and regional forums.").statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(only("Vietnam News Agency", "Vietnamese, Malaysian foreign ministers hold talks",
                "The two ministers reached a consensus on major orientations to prepare the anniversary celebrations.").statementClass())
                .isEqualTo(StatementClass.PLEDGE);
        // a side that is (continues to be, remains) a strong supporter of something: its firm position, as "firmly supports"
        assertThat(only("UK Government", "PM call with President Erdogan", "The Prime Minister emphasised that the UK continues to be a "
                + "strong supporter of a comprehensive, just and lasting settlement of the Cyprus issue.").statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(only("UK Government", "PM call with President Erdogan", "Turkey is a close friend of the United Kingdom.").statementClass())
                .isEqualTo(StatementClass.NONE);
        // "keenness" among the nouns of willingness (the Gulf agencies' register)
        assertThat(only("Saudi Press Agency", "Crown Prince makes phone call to Japanese Prime Minister",
                "They also emphasized the two countries' keenness to enhance cooperation within the framework of Vision 2030.").statementClass())
                .isEqualTo(StatementClass.INTENT);
        // a proposal of a joint undertaking, in the gerund
        Statement proposal = only("Ministry of Foreign Affairs of Turkmenistan", "Turkmenistan and Palestine hold political consultations",
                "The Turkmen side proposed holding a business council with the participation of the private sector.");
        assertThat(proposal.statementClass()).isEqualTo(StatementClass.APPEAL);
        // a need stressed in the passive, naming no one: the rules read the sides' appeal, not a demand on nobody (whether it is
        // a statement at all, the model decides)
        Statement need = firstOf(new ReleaseAnalyzer(reference, null),
                "At the end of the meeting, the need to continue consultations between the foreign ministries of the two countries was emphasized.");
        assertThat(need.statementClass()).isEqualTo(StatementClass.APPEAL);
        assertThat(need.scope()).isEqualTo("JOINT");
    }

    @Test
    void aRequestForAnotherPartysHelpIsADemandOnIt() {
        // EXTRACTION.md section 7: a call on the other side only ("asked the ambassador to continue efforts") is a demand; so is
        // asking for its support, cooperation or understanding when the text says whose
        Statement s = only("Government of the Republic of Korea", "Foreign Minister's call", "Minister Kang asked for Colombia's support for her candidacy.");
        assertThat(s.statementClass()).isEqualTo(StatementClass.DEMAND);
        assertThat(s.counterparts()).containsExactly("COL");
        assertThat(only("UK Government", "PM meeting", "The Prime Minister requested the support of Japan for the bid.").statementClass())
                .isEqualTo(StatementClass.DEMAND);
        // nobody's help in particular: no call on anyone
        assertThat(only("UK Government", "PM meeting", "The Prime Minister asked for support.").statementClass()).isEqualTo(StatementClass.NONE);
    }

    @Test
    void aStatementThatPointsBackToEarlierSubjectMatterTakesItsTopics() {
        AnalyzedRelease a = analyze("U.S. Department of State", "Readout of the Working Group Meeting", LocalDate.of(2024, 11, 14),
                "The delegations discussed counternarcotics cooperation and the trafficking of illicit drugs. "
                        + "The two sides resolved to continue their close cooperation on this important issue. "
                        + "The two sides agreed to meet again next year.");
        assertThat(a.statements().get(1).statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(a.statements().get(1).topics()).containsExactly("SECURITY_DEFENSE");
        // no pointer back: the relations between the sides, as before
        assertThat(a.statements().get(2).topics()).containsExactly("POLITICAL");
    }

    @Test
    void commitmentNounsAfterMoreVerbsOfAffirmingAndShowing() {
        // pledging, promising, demonstrating or reflecting a commitment or support is making it, in any tense or as a gerund;
        // and "the readiness of X to", "remains open to" are an intent (verb classes of the cue lexicon, not phrases)
        ReleaseAnalyzer rules = new ReleaseAnalyzer(reference, null);
        for (String s : List.of("The Prime Minister pledged Canada's full support for the people of Ghana.",
                "The leaders once again demonstrated their commitment to close cooperation on energy.",
                "The Minister showed Japan's steadfast support for Ukraine throughout the visit.",
                "The Minister spoke with his counterpart, reaffirming the United Kingdom's support for Estonia.",
                "Both countries share a commitment to continue to support the peace process.")) {
            assertThat(firstOf(rules, s).statementClass()).as(s).isEqualTo(StatementClass.PLEDGE);
        }
        for (String s : List.of("The Secretary underscored the readiness of the United States to engage in talks with Seoul.",
                "The Minister said that Japan remains open to dialogue with Pyongyang.")) {
            assertThat(firstOf(rules, s).statementClass()).as(s).isEqualTo(StatementClass.INTENT);
        }
        assertThat(firstOf(rules, "The Secretary said that the United States wants to see a more integrated and prosperous region.")
                .statementClass()).isEqualTo(StatementClass.INTENT);
        // a second verb phrase of the same subject after "and" is read on its own: the first verb (thanks, a report) does not
        // make the second a report
        assertThat(firstOf(rules, "The Secretary thanked the activists for their courage and offered U.S. support for free elections.")
                .statementClass()).isEqualTo(StatementClass.INTENT);
        // an absolute clause after "with" has its own subject: "..., with the Secretary expressing U.S. support for ..."
        assertThat(firstOf(rules, "They discussed the region, with the Secretary expressing U.S. support for the dialogue between the parties.")
                .statementClass()).isEqualTo(StatementClass.PLEDGE);
        // a parenthesis between en dashes (British and Commonwealth usage) ends before the clause's own subject
        assertThat(firstOf(rules, "Building on the programmes launched last year \u2013 backed by new funding \u2013 our countries will develop "
                + "a joint plan for clean energy.").statementClass()).isEqualTo(StatementClass.PLEDGE);
        // a clause coordinated with "and" and a subject of its own is read on its own: the call before it does not govern it
        assertThat(firstOf(rules, "They reiterated the call for aid to reach Gaza and the Prime Minister confirmed UK support for the air drops.")
                .statementClass()).isEqualTo(StatementClass.PLEDGE);
        // reported "would" after a long subject: an official's full title may run to nine words
        assertThat(firstOf(rules, "The Secretary conveyed that Assistant Secretary of State for African Affairs Molly Phee would head "
                + "the delegation.").statementClass()).isEqualTo(StatementClass.PLEDGE);
        // one's focus or priority on an action is an aim; an aim as the subject of "must" is a call on no one in particular
        assertThat(firstOf(rules, "The Prime Minister reiterated her focus on agreeing a trade deal with the Gulf states.").statementClass())
                .isEqualTo(StatementClass.INTENT);
        assertThat(firstOf(rules, "The leaders underlined that the priority must now be to support Egypt's peace plan.").statementClass())
                .isEqualTo(StatementClass.APPEAL);
        // telling one's own officials to act is an undertaking of one's own, not a call on another party
        assertThat(firstOf(rules, "The two leaders directed their officials to conclude the trade agreement by June.").statementClass())
                .isEqualTo(StatementClass.PLEDGE);
    }

    @Test
    void whatTheInternationalCommunityMustDoIncludesTheSpeaker() {
        ReleaseAnalyzer rules = new ReleaseAnalyzer(reference, null);
        for (String s : List.of("The international community must do more to end the famine in Sudan, the Secretary said.",
                "The Minister urged the international community to join us in stepping up humanitarian assistance to Haiti.")) {
            Statement st = firstOf(rules, s);
            assertThat(st.statementClass()).as(s).isEqualTo(StatementClass.APPEAL);
            assertThat(st.scope()).as(s).isEqualTo("JOINT");
        }
        // a call on a third party stays a demand
        assertThat(firstOf(rules, "The Minister urged the Taliban to reopen schools for girls.").statementClass())
                .isEqualTo(StatementClass.DEMAND);
        // asking one's own official to act is sending them, an undertaking of one's own; the UN includes every state
        assertThat(firstOf(rules, "The President has asked Secretary of State Antony Blinken to lead the delegation to the summit in Lima.")
                .statementClass()).isEqualTo(StatementClass.PLEDGE);
        Statement reform = firstOf(rules, "The two sides agreed on the need for a reformed United Nations to address global challenges.");
        assertThat(reform.statementClass()).isNotEqualTo(StatementClass.DEMAND);
        // a side does not "expect" itself to act: a mediator's expectation of "both sides" is a call on the others
        assertThat(firstOf(rules, "The Secretary said the United States expects both sides to return to the negotiating table.")
                .statementClass()).isEqualTo(StatementClass.DEMAND);
        // expecting an action of another party, without "to": "he expected a significant de-escalation" is a call on it
        assertThat(firstOf(rules, "The Secretary conveyed that the United States expected an immediate withdrawal of the troops.")
                .statementClass()).isEqualTo(StatementClass.DEMAND);
        // staying in contact is an undertaking, which beats the call beside it
        assertThat(firstOf(rules, "We remain in close contact with our partners in the region and call on all parties to show restraint.")
                .statementClass()).isEqualTo(StatementClass.PLEDGE);
        // a long list of addressees still ends in what they are called on to do; a call on a person with nothing asked is a visit
        assertThat(firstOf(rules, "The Secretary called on business leaders, members of civil society, philanthropists, foundations, "
                + "universities and the private sector to make new commitments to the fund.").statementClass()).isEqualTo(StatementClass.DEMAND);
        assertThat(firstOf(rules, "The Secretary called on the Prime Minister of Fiji at his residence in Suva during the visit of the "
                + "delegation, accompanied by the Ambassador.").statementClass()).isEqualTo(StatementClass.NONE);
    }

    @Test
    void theImportanceOrNecessityOfAnActionInItsOtherForms() {
        ReleaseAnalyzer rules = new ReleaseAnalyzer(reference, null);
        for (String s : List.of("The two sides emphasised the importance to find concrete solutions to rebalance trade.",
                "The two leaders concurred on the necessity that the rule of law is firmly respected.",
                "The ministers agreed on the necessity to strengthen cooperation on supply chains.")) {
            assertThat(firstOf(rules, s).statementClass()).as(s).isEqualTo(StatementClass.APPEAL);
        }
        // the importance a party attaches to something is no call
        assertThat(firstOf(rules, "I want to underscore the importance that the European Union attaches to its relations with Peru.")
                .statementClass()).isNotEqualTo(StatementClass.APPEAL);
    }

    /** The first sentence's statement by the rules alone, in a readout of the State Department. */
    /** The text of each sentence of a release that holds a statement, in order. */
    @Test
    void aPersonReadFromABareTitleIsAMentionOnlyWhereTheReleaseNamesThem() {
        // "The Prime Minister" of a UK readout in 2021 is Boris Johnson: he speaks (the statement is the UK's), but the release
        // never names him, so he is no person it mentions; the counterpart it names is
        AnalyzedRelease unnamed = analyze("UK Government", "PM call with President Biden", LocalDate.of(2021, 6, 1),
                "The Prime Minister spoke to President Biden this evening. The Prime Minister committed to deepen cooperation on climate.");
        assertThat(unnamed.statements().get(1).committers()).containsExactly("GBR");
        assertThat(unnamed.mentions()).filteredOn(m -> m.kind() == MentionKind.PERSON).extracting(Mention::normalized)
                .containsOnly("Joe Biden");
        // named once, the bare title is a mention of him as well
        AnalyzedRelease named = analyze("UK Government", "PM call with President Biden", LocalDate.of(2021, 6, 1),
                "Prime Minister Boris Johnson spoke to President Biden this evening. The Prime Minister committed to deepen "
                        + "cooperation on climate.");
        assertThat(named.mentions()).filteredOn(m -> m.kind() == MentionKind.PERSON).extracting(Mention::surface, Mention::normalized)
                .contains(org.assertj.core.groups.Tuple.tuple("Prime Minister", "Boris Johnson"));
    }

    private static List<String> sentencesWithStatements(AnalyzedRelease release) {
        List<String> found = new java.util.ArrayList<>();
        for (int i = 0; i < release.statements().size(); i++) {
            if (release.statements().get(i).statementClass() != StatementClass.NONE) {
                found.add(release.sentences().get(i).text());
            }
        }
        return found;
    }

    private static Statement firstOf(ReleaseAnalyzer rules, String body) {
        String title = "Readout of the Secretary's meeting";
        return rules.analyze(new Release(ReleaseKeys.releaseKey("U.S. Department of State", body), title, "U.S. Department of State", title,
                null, LocalDate.of(2024, 11, 14), null, body, 0, "test", 1, ReleaseKeys.textHash(body), null)).statements().get(0);
    }

    @Test
    void aSourceThatSpeaksForNoKnownSideIsNoProblem() {
        AnalyzedRelease a = analyze("Some Ministry", "Talks", LocalDate.of(2024, 1, 5),
                "China strengthens cooperation with Kenya, the minister said. Both sides should act. He urged them to comply.");
        assertThat(a.statements()).extracting(Statement::statementClass).contains(StatementClass.PLEDGE, StatementClass.APPEAL);
    }

    @Test
    void hardNegativesAreNotCommitments() {
        for (String s : List.of("This will help save lives.",
                "They discussed opportunities to enhance cooperation.",
                "The Secretary thanked Spain for its recent commitment to the coalition.",
                "Discussions may be conducted alternately in China and the United States.",
                "The two leaders held talks in Beijing on Monday.",
                "The decision will have consequences.",
                "The Minister expressed the belief that Chile will overcome its difficulties.",
                "The two ministers agreed that the two economies are highly complementary.",
                "Relations between the two countries have continued to improve in recent years.")) {
            assertThat(only("White House", "Readout", s).statementClass()).as(s).isEqualTo(StatementClass.NONE);
        }
    }

    @Test
    void theSidesOfAJointUndertaking() {
        Statement s = only("Xinhua", "Chinese, Kenyan presidents hold talks", "Both sides should deepen cooperation in trade, Xi said.");
        assertThat(s.statementClass()).isEqualTo(StatementClass.APPEAL);
        assertThat(s.scope()).isEqualTo("JOINT");
        assertThat(s.committers()).containsExactlyInAnyOrder("CHN", "KEN");
        assertThat(s.topics()).contains("TRADE");
    }

    @Test
    void aThirdCountryOwnUndertakingIsItsOwn() {
        // Who commits is the rules' reading (the model decides the class, and reads this sentence as NONE at 0.67: the
        // labelled releases have few announcements of a counterpart's own steps); the rules alone make it Guatemala's.
        ReleaseAnalyzer rules = new ReleaseAnalyzer(reference, null);
        String body = "The Government of Guatemala will increase its border patrols.";
        String title = "Readout of the Secretary's call with Guatemala";
        Statement s = rules.analyze(new Release(ReleaseKeys.releaseKey("State Department", title), title, "State Department", title, null,
                LocalDate.of(2024, 11, 14), null, body, 0, "test", 1, ReleaseKeys.textHash(body), null)).statements().get(0);
        assertClassAndCommitters(s, StatementClass.PLEDGE, "GTM");
    }

    @Test
    void countriesNamesShortFormsDemonymsButNotPronounsOrDatelines() {
        AnalyzedRelease a = analyze("Xinhua", "China-Azerbaijan talks", LocalDate.of(2024, 11, 14),
                "BAKU, Nov. 14 (Xinhua) -- Let us note that the U.S.-Japan alliance and Azerbaijani, Emirati and Israeli officials "
                        + "met in Baku, and Moscow's position was heard.");
        assertThat(a.mentions()).filteredOn(m -> m.kind() == MentionKind.COUNTRY && m.sentenceNo() >= 0).extracting(Mention::normalized)
                .containsExactly("USA", "JPN", "AZE", "ARE", "ISR", "RUS");
        // "Korea" alone is the Republic of Korea (in all 10 labelled releases that write it so); North Korea stays the DPRK
        AnalyzedRelease k = analyze("Ministry of Foreign Affairs, Republic of Korea", "Foreign Minister meets Brazilian Ambassador",
                LocalDate.of(2024, 5, 16), "The minister said Korea will provide relief supplies to Brazil, and that Korean companies "
                        + "and North Korea were discussed.");
        assertThat(k.mentions()).filteredOn(m -> m.kind() == MentionKind.COUNTRY).extracting(Mention::normalized)
                .containsSubsequence("KOR", "BRA", "KOR", "PRK");
    }

    @Test
    void aShortNameAfterTheFullOneAndRolesOnTheReleaseDate() {
        AnalyzedRelease a = analyze("Xinhua", "Talks", LocalDate.of(2024, 11, 14),
                "Chinese Vice Premier Ding Xuexiang held talks. Ding said China is ready to help.");
        List<Mention> persons = a.mentions().stream().filter(m -> m.kind() == MentionKind.PERSON).toList();
        assertThat(persons).extracting(Mention::normalized).containsExactly("Ding Xuexiang", "Ding Xuexiang");
        assertThat(persons).allSatisfy(m -> assertThat(m.country()).isEqualTo("CHN"));
        assertThat(reference.roleOn("fumio-kishida", LocalDate.of(2023, 5, 1)).role()).isEqualTo("HEAD_OF_GOVERNMENT");
    }

    @Test
    void officialsBelowTheMinistersResolveWithTheRoleTheyHeldOnTheReleaseDate() {
        AnalyzedRelease a = analyze("U.S. Department of State", "Deputy Secretary Sherman's Travel", LocalDate.of(2022, 6, 10),
                "Deputy Secretary Sherman will meet Special Representative for the DPRK Sung Kim. Spokesperson Ned Price said Sherman "
                        + "would also call Press Secretary Karine Jean-Pierre.");
        assertThat(a.mentions()).filteredOn(m -> m.kind() == MentionKind.PERSON && m.sentenceNo() >= 0)
                .extracting(Mention::normalized, Mention::resolved, Mention::country, m -> reference.roleOfActor(m.actorKey()).role())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Wendy Sherman", true, "USA", "DEPUTY_FOREIGN_MINISTER"),
                        org.assertj.core.groups.Tuple.tuple("Sung Kim", true, "USA", "SPECIAL_ENVOY"),
                        org.assertj.core.groups.Tuple.tuple("Ned Price", true, "USA", "SPOKESPERSON"),
                        org.assertj.core.groups.Tuple.tuple("Wendy Sherman", true, "USA", "DEPUTY_FOREIGN_MINISTER"),
                        org.assertj.core.groups.Tuple.tuple("Karine Jean-Pierre", true, "USA", "PRESS_SECRETARY"));
        // Karine Jean-Pierre was Principal Deputy Press Secretary before 13 May 2022
        assertThat(reference.roleOn("karine-jean-pierre", LocalDate.of(2022, 3, 1)).role()).isEqualTo("DEPUTY_PRESS_SECRETARY");
        // out of office: Sherman left in July 2023, so a bare "Sherman" in 2024 is nobody the reference data knows ...
        assertThat(reference.hasRoleOn("wendy-sherman", LocalDate.of(2024, 5, 10))).isFalse();
        AnalyzedRelease later = analyze("U.S. Department of State", "Remarks", LocalDate.of(2024, 5, 10),
                "The delegation met Sherman and the Ambassador.");
        assertThat(later.mentions()).filteredOn(m -> m.kind() == MentionKind.PERSON).extracting(Mention::normalized)
                .doesNotContain("Wendy Sherman");
        // ... and before she took office in April 2021 neither
        assertThat(reference.hasRoleOn("wendy-sherman", LocalDate.of(2021, 3, 1))).isFalse();
    }

    @Test
    void aBareFamilyNameAfterAKnownFullNameIsThatPersonEvenWhenAnotherIsKnownByIt() {
        // "Fernandez" in 2022 could be Argentina's President; after "Jose W. Fernandez" in the same release it is the Under
        // Secretary (issue 15: later short mentions linked to the full name)
        assertThat(personsIn(analyze("U.S. Department of State", "Under Secretary Fernandez's Travel", LocalDate.of(2022, 6, 10),
                "Under Secretary for Economic Growth, Energy, and the Environment Jose W. Fernandez will travel to Brussels. "
                        + "Fernandez will meet European Commission officials."), 1)).extracting(Mention::normalized, Mention::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Jose Fernandez", "USA"));
        // "Choi" is Choi Sang-mok's short form; after "Choi Jong-kun" it is the Vice Minister
        assertThat(personsIn(analyze("Government of the Republic of Korea", "First Vice FM Choi Jong-kun Meets Deputy Secretary",
                LocalDate.of(2021, 6, 1), "First Vice Foreign Minister Choi Jong-kun met the Deputy Secretary. Choi stressed the alliance."), 1))
                .extracting(Mention::normalized).containsExactly("Choi Jong-kun");
    }

    /** The persons a sentence of a release names. */
    private static List<Mention> personsIn(AnalyzedRelease a, int sentenceNo) {
        return a.mentions().stream().filter(m -> m.kind() == MentionKind.PERSON && m.sentenceNo() == sentenceNo).toList();
    }

    @Test
    void unknownNamesAreKeptUnresolved() {
        AnalyzedRelease a = analyze("State Department", "Travel", LocalDate.of(2022, 3, 1),
                "Special Envoy Zanzibar Quillfeather will meet the Ruritanian Cooperation Council.");
        assertThat(a.mentions()).filteredOn(m -> !m.resolved()).extracting(Mention::kind, Mention::normalized)
                .contains(org.assertj.core.groups.Tuple.tuple(MentionKind.PERSON, "Zanzibar Quillfeather"),
                        org.assertj.core.groups.Tuple.tuple(MentionKind.ORGANIZATION, "Ruritanian Cooperation Council"));
    }

    @Test
    void theTwoSidesOfAReleaseOnSeveralMeetingsAreTheMeetingsTwo() {
        // one side's meetings with two others, told one after the other: "both sides" is the pair of the meeting just told
        AnalyzedRelease a = analyze("Ministry of Foreign Affairs of Pakistan", "Foreign Minister meets Australian and Canadian counterparts",
                LocalDate.of(2024, 9, 25), "Foreign Minister Ishaq Dar met Foreign Minister Penny Wong of Australia in New York. "
                        + "Both sides agreed to boost bilateral trade and academic partnerships.\n\n"
                        + "Later, Foreign Minister Dar met Foreign Minister Melanie Joly of Canada. "
                        + "The two ministers agreed to strengthen economic and trade relations.");
        List<Statement> pledges = a.statements().stream().filter(st -> st.statementClass() == StatementClass.PLEDGE).toList();
        assertThat(pledges).extracting(st -> Set.copyOf(st.committers())).containsExactly(Set.of("PAK", "AUS"), Set.of("PAK", "CAN"));
        // where the sentence names a pair, it is that pair; where nothing names one, every side of the release
        AnalyzedRelease all = analyze("Ministry of Foreign Affairs of Pakistan", "Foreign Minister meets Australian and Canadian counterparts",
                LocalDate.of(2024, 9, 25), "The meetings were held in New York. Both sides agreed to boost bilateral trade.");
        assertThat(all.statements().get(1).committers()).containsExactlyInAnyOrder("PAK", "AUS", "CAN");
    }

    @Test
    void aSideQuotedAsTheSpeakerSpeaksForTheSentence() {
        // a news site's report whose title names the sides: the organization quoted as saying it is the one who calls on Russia
        AnalyzedRelease a = analyze("Balkan News Wire", "Russia's war on Ukraine: EU extends sanctions", LocalDate.of(2023, 3, 14),
                "\"Russia must withdraw its troops from Ukraine without delay,\" the EU said.");
        Statement s = a.statements().get(0);
        assertClassAndCommitters(s, StatementClass.DEMAND, "EU");
        assertThat(s.counterparts()).contains("RUS");
    }

    @Test
    void aRegionAsASideIsItsCountries() {
        // a region joined to another side in the title: the participants are its countries with the other side
        AnalyzedRelease a = analyze("European External Action Service", "Joint Communique: EU-Central Asia Ministerial Meeting",
                LocalDate.of(2021, 11, 22), "The participants reaffirmed their joint commitment to a strong partnership.");
        assertThat(a.statements().get(0).committers()).containsExactlyInAnyOrder("EU", "KAZ", "KGZ", "TJK", "TKM", "UZB");
        // a region heading the subject, the speaking side among its countries
        Statement baltic = only("Ministry of Foreign Affairs of Lithuania", "Foreign Minister visits Kyiv",
                "The Ministers of the Baltic states expressed their strong support for Ukraine's sovereignty.");
        assertThat(baltic.committers()).containsExactlyInAnyOrder("LTU", "LVA", "EST");
        // an office's portfolio names no region as a side
        Statement office = only("U.S. Department of State", "Assistant Secretary Lu's travel",
                "Assistant Secretary for South and Central Asian Affairs Donald Lu will travel to Texas to meet business leaders.");
        assertThat(office.committers()).containsExactly("USA");
    }

    @Test
    void aDemandNamesTheSideThatMakesItAndTheAddressee() {
        Statement s = only("Xinhua", "Wang Yi holds talks with U.S. counterpart", "Wang urged the U.S. side to change course.");
        assertClassAndCommitters(s, StatementClass.DEMAND, "CHN");
        assertThat(s.counterparts()).containsExactly("USA");
        assertThat(s.scope()).isEqualTo("SELF");
    }

    @Test
    void theImportanceOfAnActionIsACallButOfAPrincipleIsNone() {
        Statement joint = only("Xinhua", "Chinese, Kenyan presidents hold talks",
                "Xi stressed the importance of deepening cooperation between the two countries.");
        assertThat(joint.statementClass()).isEqualTo(StatementClass.APPEAL);
        assertThat(joint.scope()).isEqualTo("JOINT");
        assertThat(only("White House", "Readout", "The President stressed the importance of the Treaty on the Non-Proliferation of Nuclear Weapons.")
                .statementClass()).isEqualTo(StatementClass.NONE);
        assertThat(only("White House", "Readout", "It is necessary to step up cooperation on climate, the President said.").statementClass())
                .isEqualTo(StatementClass.APPEAL);
    }

    @Test
    void aCourtesyCallIsNoCallToAct() {
        assertThat(only("State Department", "Readout", "The Ambassador called on the Foreign Minister of Egypt.").statementClass())
                .isEqualTo(StatementClass.NONE);
    }

    @Test
    void theItemsOfAnActionPlanAreTheSpeakingSidesUndertakings() {
        AnalyzedRelease a = analyze("State Department", "Action Plan", LocalDate.of(2022, 4, 14),
                "This plan lists our actions.\n\nEstablish new reporting tools for the programs.\n\nOffer training to local partners.\n\n"
                        + "The office opened in 2019.");
        assertThat(a.statements()).extracting(Statement::statementClass)
                .containsExactly(StatementClass.NONE, StatementClass.PLEDGE, StatementClass.PLEDGE, StatementClass.NONE);
        assertThat(a.statements().get(1).committers()).containsExactly("USA");
        assertThat(a.statements().get(2).committers()).containsExactly("USA");
        // one paragraph opening with a verb is no plan
        assertThat(only("State Department", "Notice", "Offer letters are sent in May.").statementClass()).isEqualTo(StatementClass.NONE);
    }

    @Test
    void aGroupThatTheTitleNamesIsASideOfTheTalks() {
        // EU-AU talks: "the two Commissions" are both sides, not the EU alone
        Statement s = only("European Union", "Fourth EU-AU Commission-to-Commission meeting",
                "The two Commissions agreed to enhance youth skills development.");
        assertThat(s.statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(s.scope()).isEqualTo("JOINT");
        assertThat(s.committers()).containsExactlyInAnyOrder("EU", "AU");
        Statement pm = only("Australian Government", "Joint Statement by Prime Minister Albanese and Prime Minister Marape of Papua New Guinea",
                "The Prime Ministers reaffirmed their shared commitment to the Comprehensive Strategic and Economic Partnership.");
        assertThat(pm.committers()).containsExactlyInAnyOrder("AUS", "PNG");
    }

    @Test
    void callsThatIncludeTheSpeakingSideAreAppealsWhatTheModelSays() {
        ReleaseAnalyzer withModel = new ReleaseAnalyzer(reference, StatementModel.shipped());
        String body = "Li called on China and Brazil to deepen their cooperation on trade. Li also called on both sides to expand exchanges.";
        AnalyzedRelease a = withModel.analyze(new Release(ReleaseKeys.releaseKey("Xinhua", "t"), "t", "Xinhua", "Chinese premier meets Brazilian president",
                null, LocalDate.of(2024, 5, 2), null, body, 0, "test", 1, ReleaseKeys.textHash(body), null));
        assertThat(a.statements()).allSatisfy(s -> {
            assertThat(s.statementClass()).isEqualTo(StatementClass.APPEAL);
            assertThat(s.committers()).containsExactlyInAnyOrder("CHN", "BRA");
        });
    }

    @Test
    void aWillingnessGovernsTheUndertakingsItIntroduces() {
        Statement s = only("Xinhua", "Chinese, Kenyan presidents hold talks",
                "Xi said China is willing to continue to deepen cooperation with Kenya in agriculture.");
        assertClassAndCommitters(s, StatementClass.INTENT, "CHN");
        // its own undertaking after the willingness is a pledge
        assertThat(only("Xinhua", "Chinese, Kenyan presidents hold talks",
                "China is ready to talk and will continue to deepen cooperation with Kenya, Xi said.").statementClass())
                .isEqualTo(StatementClass.PLEDGE);
    }

    @Test
    void aShortMentionOfAnUnknownPersonKeepsTheSideOfTheFullOne() {
        AnalyzedRelease a = analyze("Xinhua", "Chinese vice premier meets Ruritanian envoy", LocalDate.of(2024, 5, 2),
                "The vice premier met visiting Kenyan Special Envoy Otieno Wamalwa. Wamalwa said Kenya will continue to work with China.");
        assertThat(a.statements().get(1).committers()).containsExactly("KEN");
    }

    @Test
    void decisionsAndSharedResolutionsOfTheSidesArePledges() {
        for (String text : List.of("The two Ministers concurred that they would strengthen cooperation on climate.",
                "The two Ministers concurred to cooperate on the reform of the United Nations.",
                "The Ministers decided to develop a roadmap for the coming year.",
                "The two Ministers shared the view to cooperate toward a free and open international order.",
                "Japan and Brazil are teaming up to develop clean hydrogen.")) {
            Statement s = only("MOFA Japan", "Japan-Brazil Foreign Ministers' Meeting", text);
            assertThat(s.statementClass()).as(text).isEqualTo(StatementClass.PLEDGE);
            assertThat(s.committers()).as(text).containsExactlyInAnyOrder("JPN", "BRA");
        }
        // a decision reported to the press is no undertaking
        assertThat(only("MOFA Japan", "Press conference", "The Minister confirmed to reporters that the meeting took place.").statementClass())
                .isEqualTo(StatementClass.NONE);
    }

    @Test
    void proposalsOfCooperationAreAppeals() {
        assertThat(only("MOFA Japan", "Japan-Brazil Foreign Ministers' Meeting", "The Minister suggested close collaboration on vaccines.")
                .statementClass()).isEqualTo(StatementClass.APPEAL);
        assertThat(only("MOFA Japan", "Japan-Brazil Foreign Ministers' Meeting",
                "Minister Hayashi requested cooperation to improve the investment environment.").statementClass()).isEqualTo(StatementClass.APPEAL);
    }

    @Test
    void aNeedWithNoOneNamedIsAnAppealOfTheSides() {
        Statement s = only("Xinhua", "Chinese, Kenyan presidents hold talks", "The partnership is needed now to jointly address the climate crisis.");
        assertThat(s.statementClass()).isEqualTo(StatementClass.APPEAL);
        assertThat(s.committers()).containsExactlyInAnyOrder("CHN", "KEN");
    }

    @Test
    void nonBreakingSpacesReadAsSpacesAndTheSentenceIsKeptAsRead() {
        String body = "President Biden and President L\u00f3pez Obrador\u00a0also\u00a0reaffirmed\u00a0their\u00a0commitment to address the root causes of migration.";
        AnalyzedRelease a = analyze("White House", "Readout of President Biden\u2019s Meeting with President L\u00f3pez Obrador of Mexico",
                LocalDate.of(2023, 1, 9), body);
        assertThat(a.statements().get(0).statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(a.statements().get(0).committers()).containsExactlyInAnyOrder("USA", "MEX");
        // the sentence and the mentions are cut from the text as read: the warehouse traces them to the exact characters
        assertThat(a.sentences().get(0).text()).isEqualTo(body);
        for (Mention m : a.mentions()) {
            if (m.sentenceNo() != Mention.TITLE) {
                assertThat(body.substring(m.start(), m.end())).isEqualTo(m.surface());
            }
        }
    }

    @Test
    void aBodyOrProgrammeOfTheSidesActsForAllOfThem() {
        AnalyzedRelease a = analyze("White House", "Readout of the Vice President\u2019s Meeting with President Herzog of Israel",
                LocalDate.of(2023, 7, 20), "The Vice President and President Herzog launched a new initiative on climate-smart farming. "
                        + "This initiative will deploy Israeli and American technology to farmers in Africa. "
                        + "The Working Group will hold its first meeting in March. "
                        + "The visit will give new impetus to relations.");
        assertThat(a.statements().get(1).statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(a.statements().get(1).scope()).isEqualTo("JOINT");
        assertThat(a.statements().get(1).committers()).containsExactlyInAnyOrder("USA", "ISR");
        assertThat(a.statements().get(2).statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(a.statements().get(3).statementClass()).as("a prediction about an event").isEqualTo(StatementClass.NONE);
    }

    @Test
    void eachOfTheSidesUndertakesSeverally() {
        Statement s = only("White House", "Readout of President Biden\u2019s Meeting with Prime Minister Kishida of Japan",
                "They condemned the attack, and each pledged to continue to support Ukraine in its self-defense.");
        assertThat(s.statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(s.scope()).isEqualTo("JOINT");
        assertThat(s.committers()).containsExactlyInAnyOrder("USA", "JPN");
    }

    @Test
    void aimsWrittenAsWantsAndWishesAreIntentsButSpeechActsAreNot() {
        for (String s : List.of("In doing so, we look to build on the 1951 Status of Forces Agreement.",
                "The United States is looking to strengthen its relationships with like-minded partners.",
                "The Prime Minister said he would like to work closely with Poland to maintain a free and open international order.",
                "He expressed his firm intent to deepen cooperation between the United States and Israel.")) {
            assertThat(only("White House", "Readout of a call with Prime Minister Tusk of Poland", s).statementClass()).as(s)
                    .isEqualTo(StatementClass.INTENT);
        }
        for (String s : List.of("I would like to thank the Foreign Minister for welcoming me today.", "I want to thank you very much.",
                "He expressed his wish for the long-lasting prosperity of the Royal Family.")) {
            assertThat(only("White House", "Remarks", s).statementClass()).as(s).isEqualTo(StatementClass.NONE);
        }
        assertThat(only("White House", "Readout", "The Minister stated that she would like to continue to work closely with Japan.")
                .statementClass()).as("the wish governs the undertaking after it").isEqualTo(StatementClass.INTENT);
    }

    @Test
    void undertakingsInTheRegistersOfOtherGovernmentsAndOfOngoingConduct() {
        String title = "Japan-Jordan Summit Meeting";
        for (String s : List.of("Prime Minister Kishida stated that Japan would continue its support for Jordan.",
                "In response, President Joko also stated that he would cooperate towards the success of the summit.",
                "The EU has currently committed over EUR 200 million in programmes supporting the Pacific.",
                "We stand resolutely together against Russia's unprovoked attack.")) {
            assertThat(only("Ministry of Foreign Affairs of Japan", title, s).statementClass()).as(s).isEqualTo(StatementClass.PLEDGE);
        }
        for (String s : List.of("DFC is working together with the International Finance Corporation to provide financing support.",
                "The United States is taking concrete steps to ensure our efforts are survivor-centered.")) {
            assertThat(only("State Department", "Press statement", s).statementClass()).as(s).isEqualTo(StatementClass.PLEDGE);
        }
        assertThat(only("White House", "Readout", "The Deputy Secretary offered U.S. support for an inclusive democracy.").statementClass()
                .isCommitment()).as("an offer").isTrue();
        for (String s : List.of("The Prime Minister stated that the visit would give new momentum to relations.",
                "He said that it would be difficult to reach an agreement this year.")) {
            assertThat(only("Ministry of Foreign Affairs of Japan", title, s).statementClass()).as(s).isEqualTo(StatementClass.NONE);
        }
    }

    @Test
    void whatLooksLikeAnUndertakingButIsAPrincipleAThanksOrAnotherPartysStep() {
        for (String s : List.of("They agreed on the importance of the Nuclear Non-Proliferation Treaty as the cornerstone of the regime.",
                "In response, the President expressed his gratitude for Japan's support in various fields.",
                "The United States reaffirms its belief that Slovenia is a very well qualified candidate.",
                "I will not be able to match this welcome when you visit us in Brussels.")) {
            assertThat(only("White House", "Readout", s).statementClass()).as(s).isEqualTo(StatementClass.NONE);
        }
        // No cue fires on these (the model still weighs their words): "shared" as an adjective is no verb of sharing,
        // admiring someone's commitment makes none
        ReleaseAnalyzer rules = new ReleaseAnalyzer(reference, null);
        for (String body : List.of("Our close alliance is based on a shared commitment to democracy and human rights.",
                "I continue to admire Pope Francis for his commitment to promoting religious tolerance.")) {
            AnalyzedRelease a = rules.analyze(new Release(1L, "t", "White House", "Readout", null, LocalDate.of(2024, 1, 5), null, body, 0,
                    "test", 1, ReleaseKeys.textHash(body), null));
            assertThat(a.statements().get(0).statementClass()).as(body).isEqualTo(StatementClass.NONE);
        }
        Statement call = only("Prime Minister's Office", "PM call with Prime Minister of Vietnam",
                "The Prime Minister encouraged the Vietnamese government to commit to net zero by 2050.");
        assertThat(call.statementClass()).as("the addressee of a directive undertakes, not the speaker").isEqualTo(StatementClass.DEMAND);
    }

    @Test
    void anAppealAndAnAgreementHaveEverySideInThem() {
        Statement appeal = only("White House", "Readout of President Biden\u2019s Call with Prime Minister Netanyahu of Israel",
                "The President emphasized the need to close the remaining gaps in the negotiations.");
        assertThat(appeal.statementClass()).isEqualTo(StatementClass.APPEAL);
        assertThat(appeal.scope()).isEqualTo("JOINT");
        assertThat(appeal.committers()).containsExactlyInAnyOrder("USA", "ISR");
        Statement agreed = only("Ministry of External Affairs of India", "India-EU Leaders' Meeting",
                "We agreed to advance the implementation of the actions set out in the India-EU Roadmap 2025.");
        assertThat(agreed.scope()).isEqualTo("JOINT");
        assertThat(agreed.committers()).containsExactlyInAnyOrder("IND", "EU");
    }

    @Test
    void aCallOnAGroupIsADemandUnlessTheSpeakerBelongsToIt() {
        Statement outside = only("State Department", "Senior Bureau Official Moy at the ASEAN Regional Forum",
                "Senior Bureau Official Moy urged ASEAN to take immediate action to hold the Burmese regime accountable.");
        assertThat(outside.statementClass()).isEqualTo(StatementClass.DEMAND);
        assertThat(outside.counterparts()).contains("ASEAN");
        Statement inside = only("White House", "Readout of the G7 Leaders' Call", "President Biden urged G7 members to step up their support.");
        assertThat(inside.statementClass()).as("the United States is in the G7").isEqualTo(StatementClass.APPEAL);
        assertThat(only("State Department", "Joint Statement on Quantum Cooperation",
                "Promoting dialogue to encourage the formation of collaborative networks and the sharing of data.").statementClass())
                .as("encouraging something, not someone, calls on no one").isNotEqualTo(StatementClass.DEMAND);
        Statement expects = only("White House", "Readout of Mr. Finer's Meetings in Kosovo and Serbia",
                "Mr. Finer reiterated that the United States expects both sides to re-engage in the EU-facilitated Dialogue.");
        assertThat(expects.statementClass()).as("an expectation of others is a call on them").isEqualTo(StatementClass.DEMAND);
        Statement encouraged = only("European External Action Service", "HR/VP Borrell visits Brazil",
                "The High Representative strongly encouraged Brazil to follow up on its commitments regarding deforestation.");
        assertThat(encouraged.statementClass()).as("encouraging another government is a call on it").isEqualTo(StatementClass.DEMAND);
    }

    @Test
    void theSpeakersMoneyAndTheMembersOfTheTalksAsSubjects() {
        Statement funds = only("State Department", "The United States Announces Humanitarian Assistance for Africa",
                "This assistance will provide lifesaving support to refugees and displaced persons across Africa.");
        assertClassAndCommitters(funds, StatementClass.PLEDGE, "USA");
        Statement allies = only("State Department", "Secretary Blinken's Travel to the NATO Summit",
                "Allies will also adopt a new Strategic Concept to guide the Alliance's work over the next decade.");
        assertThat(allies.statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(allies.scope()).isEqualTo("JOINT");
        assertThat(only("White House", "Readout", "Russian leaders will pay a high price.").statementClass())
                .as("members of a third party are no side").isEqualTo(StatementClass.NONE);
    }

    @Test
    void whatAPartyIsToUndergoIsAWarningNotACall() {
        assertThat(only("UK Government", "PM statement on the coup", "The junta must now bear the consequences of its choices.").statementClass())
                .as("to face or bear consequences is no action asked of anyone").isEqualTo(StatementClass.NONE);
        assertThat(only("UK Government", "PM statement on the coup", "The junta must release all political prisoners.").statementClass())
                .as("an action asked of another party").isEqualTo(StatementClass.DEMAND);
    }

    @Test
    void aWillOrACommitmentBelongsToItsPossessor() {
        Statement wish = only("European External Action Service", "HR/VP visits Chile",
                "The visit demonstrated the European Union's wish to deepen its partnership with Chile.");
        assertClassAndCommitters(wish, StatementClass.INTENT, "EU");
        assertThat(only("State Department", "Secretary Blinken's call with the Foreign Minister of Japan",
                "He expressed concern that these tests show the DPRK's determination to expand its missile programme.").statementClass())
                .as("another party's determination, seen by the speaker, is no undertaking").isEqualTo(StatementClass.NONE);
    }

    @Test
    void inATranscriptOnlyTheSidesSpeakAndRunningTheTalkIsNoUndertaking() {
        AnalyzedRelease briefing = analyze("U.S. Department of State", "Department Press Briefing", LocalDate.of(2022, 3, 1), """
                MR PRICE: Good afternoon. I'll start with two updates. The United States will continue to support the people of Ukraine.

                QUESTION: Will the United States send more aid? The Europeans will also provide air defence systems, won't they.

                MR PRICE: We will continue to provide security assistance. We'll take a final question.

                MODERATOR: We'll go to the line of Jane Doe of Reuters.
                """);
        List<String> found = sentencesWithStatements(briefing);
        assertThat(found).as("the spokesman's undertakings, nothing of the press, the moderator or of running the briefing")
                .containsExactly("The United States will continue to support the people of Ukraine.",
                        "MR PRICE: We will continue to provide security assistance.");
        assertThat(only("U.S. Department of State", "Readout", "The United States will resume participation in the parole program.")
                .statementClass()).as("resuming a programme is an undertaking").isEqualTo(StatementClass.PLEDGE);
        assertThat(only("U.S. Department of State", "Readout", "Secretary Blinken will take action to protect the sea lanes.").statementClass())
                .isEqualTo(StatementClass.PLEDGE);
    }

    @Test
    void aHopeForTheOtherSidesActIsACallOnIt() {
        AnalyzedRelease talks = analyze("Xinhua", "Chinese FM holds talks with Canadian FM", LocalDate.of(2024, 6, 3), """
                BEIJING, June 3 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Canadian Foreign Minister Melanie Joly in Beijing.

                It is hoped that the Canadian side will honour its commitments, stop interfering in China's internal affairs and meet China halfway, Wang said.

                Wang expressed the hope that he and Joly will keep in close touch.
                """);
        Statement hope = talks.statements().get(1);
        assertThat(hope.statementClass()).isEqualTo(StatementClass.DEMAND);
        assertThat(hope.counterparts()).containsExactly("CAN");
        Statement own = talks.statements().get(2);
        assertThat(own.statementClass()).as("the hoper among those hoped to act: his own intention").isEqualTo(StatementClass.INTENT);
        assertThat(own.committers()).containsExactly("CHN");
        assertThat(only("Ministry of Foreign Affairs of the People's Republic of China", "Talks",
                "Both sides should work hard to ensure that the summit will achieve full success.").statementClass())
                .as("the call is the working hard; the summit's success is what it is for, no pledge").isEqualTo(StatementClass.APPEAL);
    }

    @Test
    void aHopeThatTheSidesRelationsWillBeFurtheredIsTheHopersIntent() {
        String xinhua = "Xinhua";
        for (String hope : List.of("Li also expressed the hope that people-to-people and cultural exchanges will be strengthened.",
                "Li expressed a hope that the friendship between the two countries will continue to be strengthened for mutual benefit.")) {
            Statement s = only(xinhua, "Chinese premier meets Malaysian prime minister", hope);
            assertThat(s.statementClass()).as(hope).isEqualTo(StatementClass.INTENT);
            assertThat(s.scope()).as(hope).isEqualTo("SELF");
            assertThat(s.committers()).as(hope).containsExactly("CHN");
        }
        assertThat(only(xinhua, "Chinese premier meets Malaysian prime minister",
                "Li expressed the hope that bilateral cooperation will yield more results.").statementClass())
                .as("a hope about what cooperation will bring is no aim of the hoper's").isEqualTo(StatementClass.NONE);
    }

    @Test
    void gladToHostAndADeclaredReadinessAreOffers() {
        Statement glad = only("Anadolu Agency", "Turkish, Turkmen foreign ministers meet",
                "\"We will be glad to host President Serdar Berdimuhamedov in our country early next year,\" Cavusoglu said.");
        assertClassAndCommitters(glad, StatementClass.INTENT, "TUR");
        assertThat(only("IRNA", "Iranian minister sends message", "Foreign Minister Zarif declared Iran's readiness to provide any "
                + "assistance to Turkey.").statementClass()).isEqualTo(StatementClass.INTENT);
        assertThat(only("U.S. Department of State", "Department Press Briefing",
                "I would be happy to take your questions.").statementClass()).as("no offer of the side's conduct").isEqualTo(StatementClass.NONE);
        assertThat(only("Xinhua", "Chinese FM holds talks with Indonesian FM", "China also welcomes more imports of high-quality "
                + "products from Indonesia, Wang said.").statementClass()).as("an offer to buy").isEqualTo(StatementClass.INTENT);
    }

    @Test
    void undertakingsOfTheNewsAgenciesRegister() {
        String daily = "China Daily";
        String title = "Xi meets Belgian foreign minister";
        for (String pledge : List.of(
                "He said China would maintain its reform and opening-up policy and work with the international community.",
                "Xi told Vanackere that China would work to further develop China-Belgium relations.",
                "Both parties undertook to give impetus to the negotiations of the agreements yet to be formalized.",
                "Xi met Vanackere, pledging closer ties.",
                "Ambassador Yao said that China strictly follows the principle of non-interference in other countries' internal affairs.",
                "China's commitment to develop China-Belgium relations remains unchanged.",
                "Underlining China's commitment to promoting peace in the region, he stressed the importance of dialogue.",
                "Xi and Vanackere are set to hold talks on Friday.")) {
            assertThat(only(daily, title, pledge).statementClass()).as(pledge).isEqualTo(StatementClass.PLEDGE);
        }
        for (String none : List.of("As I said, we would prefer that.", "He was told he would never walk again.",
                "We supported a statement reaffirming the UN's role in promoting democracy.")) {
            assertThat(only("U.S. Department of State", "Department Press Briefing", none).statementClass()).as(none)
                    .isEqualTo(StatementClass.NONE);
        }
    }

    @Test
    void agreedInTalksToAndWhatIsNoUndertaking() {
        assertThat(only("Kyodo", "Japan, U.S. agree to strengthen alliance", "The top diplomats of Japan and the United States agreed "
                + "in phone talks Thursday to strengthen their bilateral alliance.").statementClass()).isEqualTo(StatementClass.PLEDGE);
        for (String none : List.of("It should be noted that a series of earthquakes have been recorded in Japan since January 1.",
                "The Council decided to list eight individuals and seven entities under the EU Global Human Rights Sanctions Regime.",
                "The Council of the EU decided to prolong the restrictive measures targeting those responsible.",
                "They live in a country that continues to progress.",
                "He wished the 20th National Congress of the Communist Party of China a success.")) {
            assertThat(only("Council of the EU", "Press release", none).statementClass()).as(none).isEqualTo(StatementClass.NONE);
        }
    }

    @Test
    void anAgreementCoordinatedWithTalksIsBothSidesAfterAnAdjunct() {
        // the adjunct "on Tuesday" after the counterpart's name in apposition is no subject: the minister is, and what he agreed
        // with his counterpart in the call, both agreed
        Statement s = only("Yonhap", "S. Korea, China agree to push for high-level exchanges", "SEOUL, Feb. 16 (Yonhap) -- Foreign "
                + "Minister Chung Eui-yong spoke by phone with his Chinese counterpart, Wang Yi, on Tuesday and agreed to push for "
                + "high-level exchanges, the foreign ministry said.");
        assertThat(s.statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(s.scope()).isEqualTo("JOINT");
        assertThat(s.committers()).containsExactlyInAnyOrder("KOR", "CHN");
    }

    @Test
    void aHopeThatBothSidesWillActIsAnAppealWhateverItsVerbOfSaying() {
        String mfa = "Ministry of Foreign Affairs of the People's Republic of China";
        for (String hope : List.of("Wang Yi hoped that the two sides will strengthen cooperation in trade.",
                "Wang Yi expressed the hope that the two countries will strengthen cooperation in trade.",
                "Wang Yi said he hoped that the two sides would strengthen cooperation in trade.")) {
            Statement s = only(mfa, "Wang Yi holds talks with Brazilian foreign minister", hope);
            assertThat(s.statementClass()).as("a call that includes the speaker (EXTRACTION.md section 7): " + hope)
                    .isEqualTo(StatementClass.APPEAL);
            assertThat(s.scope()).as(hope).isEqualTo("JOINT");
        }
        assertThat(only(mfa, "Remarks", "Wang Yi said he believed that the visit would give new impetus to relations.").statementClass())
                .as("a belief reported with 'would' is no pledge").isEqualTo(StatementClass.NONE);
    }

    @Test
    void aModalAndItsVerbApartByAPhraseBetweenCommas() {
        Statement s = only("Xinhua", "Chinese FM holds phone talks with French president's diplomatic counselor",
                "France and China should, through this visit, speak in one voice to uphold multilateralism, Wang said.");
        assertThat(s.statementClass()).isEqualTo(StatementClass.APPEAL);
        assertThat(s.committers()).containsExactlyInAnyOrder("CHN", "FRA");
        assertThat(only("U.S. Department of State", "Remarks", "We have to, as I said, document it.").statementClass())
                .as("a speaker's aside is no phrase of the call").isEqualTo(StatementClass.NONE);
    }

    @Test
    void aDemandIsACallNotTheNounOfAMarketOrOfAnotherPartysClaims() {
        String state = "U.S. Department of State";
        assertNoStatement(state, "Readout", "The Assad regime met those demands with a brutal assault.",
                "The agencies responsible for drug demand reduction took part.",
                "The project will help to meet growing demand for electricity.",
                "We are pushing out the 80 million doses that have already been announced.");
        Statement reiterated = only(state, "Statement", "We reiterate our demand that Russia upholds its obligations under international law.");
        assertThat(reiterated.statementClass()).isEqualTo(StatementClass.DEMAND);
        assertThat(reiterated.counterparts()).containsExactly("RUS");
        Statement group = only("Ministry of Foreign Affairs of the People's Republic of China", "Foreign Ministry Spokesperson's Remarks",
                "Lin Jian said that the EU should correct its wrong practices and stop abusing trade remedy measures.");
        assertThat(group.statementClass()).as("a group the speaking side is not in, called on").isEqualTo(StatementClass.DEMAND);
        assertThat(group.committers()).containsExactly("CHN");
        assertThat(group.scope()).isEqualTo("SELF");
        assertThat(only(state, "Readout", "The EU should act now, Secretary Blinken said.").committers())
                .as("the caller when the subject is the addressee: the speaking side").containsExactly("USA");
    }

    @Test
    void theOpeningAppositionOfAJointTextNamesItsWeEvenWithoutACommitment() {
        AnalyzedRelease g7 = analyze("U.S. Department of State", "G7 Foreign Ministers' Statement on Russia and Ukraine",
                LocalDate.of(2022, 2, 19), """
                We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States of America and the High Representative of the European Union, remain gravely concerned about Russia's military build-up.

                We call on Russia to choose the path of diplomacy.

                We will judge Russia by its deeds.
                """);
        assertThat(g7.statements().get(0).statementClass()).as("a concern, no statement").isEqualTo(StatementClass.NONE);
        assertThat(g7.statements().get(1).statementClass()).isEqualTo(StatementClass.DEMAND);
        assertThat(g7.statements().get(1).committers()).as("the group its apposition's head names").containsExactly("G7");
        assertThat(g7.statements().get(2).committers()).containsExactly("G7");
        AnalyzedRelease leaders = analyze("Ministry of External Affairs of India", "Joint Statement on India-EU Leaders' Meeting",
                LocalDate.of(2021, 5, 8), """
                We, the leaders of the European Union (EU) and its Member States and India, met in Porto.

                We agreed to advance the implementation of the India-EU Roadmap 2025.
                """);
        assertThat(leaders.statements().get(1).committers()).as("the sides listed, a group among them")
                .containsExactlyInAnyOrder("EU", "IND");
        AnalyzedRelease group = analyze("White House", "G7 Leaders' Statement", LocalDate.of(2024, 2, 16), """
                We call on the Russian government to fully clarify the circumstances around his death.

                Russia must stop its war of aggression.
                """);
        assertThat(group.statements()).extracting(Statement::committers).as("a group's own text, on a member's site: the group's voice")
                .containsExactly(List.of("G7"), List.of("G7"));
        Statement solidarity = only("White House", "G7 Leaders' Statement on the Earthquake in Türkiye and Syria",
                "We stand in solidarity with the people of Türkiye and Syria and pledge our continued support.");
        assertThat(solidarity.committers()).as("'we' and its predicate: those it stands with are no committers").containsExactly("G7");
        Statement vision = only("White House", "ASEAN-U.S. Leaders' Joint Vision Statement",
                "We are also committed to expanding local and regional sustainable manufacturing capacity.");
        assertThat(vision.scope()).as("a joint vision statement is a joint statement").isEqualTo("JOINT");
        assertThat(vision.committers()).contains("USA", "ASEAN");
    }

    @Test
    void aMustOrShouldIsNoDemandWhenItSetsANoticesTermsIncludesTheSpeakerOrRegretsThePast() {
        String state = "U.S. Department of State";
        assertNoStatement(state, "Media Note", "Students must meet all the following requirements:", "All attendees will need to be vaccinated and boosted.",
                "Members of the public who wish to access the meeting should contact the committee by June 15.",
                "I realize that there are more women that should have been nominated.");
        for (String appeal : List.of("Every country in the world needs to reduce emissions and invest in climate resilience.",
                "All countries should step up their efforts to end the pandemic.")) {
            assertThat(only(state, "Statement", appeal).statementClass()).as("every state, the speaker among them: " + appeal)
                    .isEqualTo(StatementClass.APPEAL);
        }
        assertThat(only(state, "Statement", "All countries should respect the purposes and principles of the UN Charter.").statementClass())
                .as("no call on another party").isNotEqualTo(StatementClass.DEMAND);
        for (String shared : List.of("We also urged continued support to Syrian refugees and host countries.",
                "We call for continued support to the Global Polio Eradication Initiative.")) {
            assertThat(only(state, "Statement", shared).statementClass()).as("an effort the speakers take part in: " + shared)
                    .isEqualTo(StatementClass.APPEAL);
        }
        assertThat(only(state, "Statement", "Russia must withdraw its forces from Ukraine.").statementClass())
                .as("a named party is still called on").isEqualTo(StatementClass.DEMAND);
        Statement both = only("White House", "G7 Leaders' Statement",
                "We demand that Iran cease its malicious activities and we stand ready to adopt further sanctions.");
        assertThat(both.statementClass()).as("'and we' opens a clause of its own: the undertaking outranks the call")
                .isEqualTo(StatementClass.PLEDGE);
    }

    @Test
    void wordsOfCallingInAnotherSenseAreNoCalls() {
        String state = "U.S. Department of State";
        assertNoStatement(state, "Readout", "Olivia established multiple metrics to develop a power demand profile for the embassy.",
                "The programme shows diplomats our country and everything it has to offer.",
                "In turn, the expansion should enable other internet service providers to make new investments.",
                "No child on Earth should have to go hungry.",
                "President Macron is said to be seeking exemptions for everything that has to do with electric vehicles.");
        assertNoStatement(state, "Remarks", "So I'll take that.", "And then I'll have each of them say just a slight bit about their work.");
        assertNoStatement(state, "Readout", "In Burkina Faso, we are encouraged by the transition government's proposal to ECOWAS.",
                "They welcomed the call for proposals released by the two science agencies.",
                "Ambassador Goldberg is expected to assume duties as U.S. Ambassador to the Republic of Korea later this summer.",
                "The Houthis will bear the responsibility for the consequences should they continue to threaten lives.");
        assertThat(only(state, "Statement", "We encourage other donors to increase their support to the refugees.").statementClass())
                .isEqualTo(StatementClass.DEMAND);
    }

    @Test
    void aPlanNamedOrTalkedAboutIsNoIntent() {
        assertNoStatement("U.S. Department of State", "Readout",
                "Both sides identified areas of mutual engagement and established an action plan to reach shared goals.",
                "Mexican and U.S. officials spoke about plans for strategic security cooperation.");
        assertThat(only("U.S. Department of State", "Readout", "The United States plans to open an embassy in Honiara.").statementClass())
                .isEqualTo(StatementClass.INTENT);
    }

    @Test
    void theImportanceOfKeepingAStateOrANeedDiscussedIsNoCall() {
        assertNoStatement("White House", "Readout",
                "They reaffirmed the importance of maintaining peace and stability across the Taiwan Strait.",
                "Mr. Sullivan also discussed the importance of Israel and Egypt concluding talks, and the need for Egypt to ensure the flow of aid.");
        assertThat(only("U.S. Department of State", "Readout", "They discussed the humanitarian needs of the people and underscored the need "
                + "for both sides to facilitate the movement of relief.").statementClass())
                .as("a verb of its own before the need: stressed, not discussed").isNotEqualTo(StatementClass.NONE);
    }

    @Test
    void theRegisterOfNewsAgenciesOfOtherGovernments() {
        AnalyzedRelease talks = analyze("Xinhua", "Chinese vice premier meets Russian officials", LocalDate.of(2019, 9, 5), """
                VLADIVOSTOK, Sept. 5 (Xinhua) -- Chinese Vice Premier Hu Chunhua met Russian Deputy Prime Minister Yury Trutnev on Thursday.

                Hu added that his country was also ready to boost people-to-people and cultural exchanges jointly with Russia.

                On the occasion, they also extended the best New Year wishes to the governments and people of the two countries.

                Hu said the two leaders reached consensus on a range of issues.
                """);
        Statement ready = talks.statements().get(1);
        assertThat(ready.statementClass()).as("'his country': the speaker's").isEqualTo(StatementClass.INTENT);
        assertThat(ready.committers()).containsExactly("CHN");
        assertThat(talks.statements().get(2).statementClass()).as("wishes extended, no wish to act").isEqualTo(StatementClass.NONE);
        assertThat(talks.statements().get(3).statementClass()).as("a consensus on issues, no undertaking named").isEqualTo(StatementClass.NONE);
        assertNoStatement("Xinhua", "Wang Yi holds talks with Saudi FM", "After an in-depth exchange of views, the two sides reached broad "
                + "consensus on bilateral relations, practical cooperation and multilateral coordination.");
        assertThat(only("Xinhua", "Wang Yi holds talks with Saudi FM",
                "The two sides reached consensus on further strengthening cooperation in trade.").statementClass())
                .as("a consensus on a future act").isEqualTo(StatementClass.PLEDGE);
        Statement agreeing = only("Vietnam News Agency", "Vietnamese, Russian PMs hold talks",
                "Prime Minister Pham Minh Chinh and his Russian counterpart Mikhail Mishustin held talks in Hanoi on January 14, agreeing to "
                        + "increase dialogue and enhance political trust.");
        assertThat(agreeing.statementClass()).as("an agreement in a participle clause").isEqualTo(StatementClass.PLEDGE);
        assertThat(agreeing.scope()).isEqualTo("JOINT");
        for (String impersonal : List.of("Xi said the next step is to promote such cooperation towards a high-end direction.",
                "The more difficulties bilateral relations face, the more important it is to safeguard and develop economic cooperation, said the premier.")) {
            assertThat(only("Xinhua", "Xi holds talks with Tajik president", impersonal).statementClass()).as(impersonal)
                    .isEqualTo(StatementClass.APPEAL);
        }
        assertNoStatement("Xinhua", "Xi holds talks with Tajik president", "The key to the success of the talks was the preparation by both teams.");
    }

    @Test
    void wishesAndHopesOfAMinistryAndTheSpeakerWithAnother() {
        String mfa = "Ministry of Foreign Affairs of the People's Republic of China";
        Statement wished = only(mfa, "Wang Yi meets Vietnamese deputy prime minister",
                "Wang Yi wished that both sides would enhance political trust and promote exchanges at all levels.");
        assertThat(wished.statementClass()).isEqualTo(StatementClass.APPEAL);
        assertThat(only(mfa, "Foreign Ministry Spokesperson's Regular Press Conference",
                "We hope relevant parties will resolve disputes through dialogue and consultation.").statementClass())
                .as("parties the speaker is not, hoped to act").isEqualTo(StatementClass.DEMAND);
        assertThat(only(mfa, "Xi holds phone talks with Trump",
                "Xi noted that it is inevitable that China and the U.S. will have some divergences between them.").statementClass())
                .as("a prediction, no undertaking").isEqualTo(StatementClass.NONE);
        AnalyzedRelease talks = analyze("Bernama", "Anwar meets Singapore PM", LocalDate.of(2025, 5, 26), """
                Malaysian Prime Minister Anwar Ibrahim met Singapore Prime Minister Lawrence Wong in Putrajaya.

                According to Anwar, he and Wong also agreed to expand cooperation in the digital economy.
                """);
        assertThat(talks.statements().get(1).committers()).as("'he and Wong': the speaker and the other")
                .containsExactlyInAnyOrder("MYS", "SGP");
        AnalyzedRelease reception = analyze("Vietnam News Agency", "Prime Minister receives Chinese Ambassador", LocalDate.of(2021, 8, 24), """
                Prime Minister Pham Minh Chinh received Chinese Ambassador to Vietnam Xiong Bo in Hanoi on August 24.

                He hoped China will continue offering vaccines and transfer vaccine production technology to Vietnam.
                """);
        Statement hope = reception.statements().get(1);
        assertThat(hope.statementClass()).as("a hope for a named party's act is a call on it (EXTRACTION.md section 7)")
                .isEqualTo(StatementClass.DEMAND);
        assertThat(hope.counterparts()).contains("CHN");
    }

    @Test
    void theSubjectOfWhatIsSaidAndAnotherPartysCommitmentSeenInAnAct() {
        AnalyzedRelease talks = analyze("Xinhua", "Xi meets Kazakh president", LocalDate.of(2024, 7, 2), """
                ASTANA, July 2 (Xinhua) -- Chinese President Xi Jinping met with Kazakh President Kassym-Jomart Tokayev in Astana on Tuesday.

                Xi said China and Kazakhstan should deepen cooperation in energy and connectivity.

                Xi said Tokayev has visited China twice this year, demonstrating Kazakhstan's commitment to the partnership.
                """);
        Statement call = talks.statements().get(1);
        assertThat(call.statementClass()).isEqualTo(StatementClass.APPEAL);
        assertThat(call.scope()).as("the clause said has its own subject: both countries").isEqualTo("JOINT");
        assertThat(call.committers()).containsExactlyInAnyOrder("CHN", "KAZ");
        assertThat(talks.statements().get(2).statementClass()).as("a commitment another party showed by a past act, seen by the speaker")
                .isEqualTo(StatementClass.NONE);
    }

    @Test
    void aForeignMinistryPressConferenceKeepsTheSpokespersonsWordsOnly() {
        AnalyzedRelease presser = analyze("Ministry of Foreign Affairs of the People's Republic of China",
                "Foreign Ministry Spokesperson's Regular Press Conference", LocalDate.of(2024, 5, 6), """
                At the invitation of the Government of Serbia, President Xi Jinping will pay a state visit to Serbia from May 7 to 8.

                Global Daily: A think tank said the United States will expand its export controls to more chips. What is your comment?

                Hua Ming: China firmly opposes such moves. China will take necessary measures to safeguard its legitimate rights and interests.

                Example TV: Will China send a delegation to the summit?

                Hua Ming: We will release information in due course.
                """);
        List<String> found = sentencesWithStatements(presser);
        assertThat(found).as("the announcement and the spokesperson's undertaking; nothing the journalists report or ask")
                .contains("At the invitation of the Government of Serbia, President Xi Jinping will pay a state visit to Serbia from May 7 to 8.",
                        "China will take necessary measures to safeguard its legitimate rights and interests.")
                .noneMatch(t -> t.contains("export controls") || t.contains("delegation"));
    }

    @Test
    void aGovernmentsAddressSaysForWhomAnUnlistedSourceSpeaks() {
        String body = "The Prime Minister agreed to deepen cooperation on the digital economy.";
        Release fromSingapore = new Release(ReleaseKeys.releaseKey("Prime Minister's Office", body), "PM meets President of Viet Nam",
                "Prime Minister's Office", "PM meets President of Viet Nam", "https://www.pmo.gov.sg/Newsroom/pm-meets-president", LocalDate.of(2024, 5, 6),
                null, body, 0, "test", 1, ReleaseKeys.textHash(body), null);
        Statement s = analyzer.analyze(fromSingapore).statements().get(0);
        assertThat(s.statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(s.committers()).as("www.pmo.gov.sg: Singapore's government, not the first country the title names").containsExactly("SGP");
        assertThat(reference.homeOfUrl("https://www.mofa.go.jp/press/release")).isEqualTo("JPN");
        assertThat(reference.homeOfUrl("https://www.gov.uk/government/news/pm-call")).isEqualTo("GBR");
        assertThat(reference.homeOfUrl("https://www.eeas.europa.eu/eeas/statement")).isEqualTo("EU");
        assertThat(reference.homeOfUrl("https://www.bbc.co.uk/news/world")).as("a news site speaks for no government").isNull();
        assertThat(reference.homeOfUrl("not a url")).isNull();
    }

    @Test
    void callsOnTheOtherSideInTheRegisterOfAForeignMinistry() {
        String mfa = "Ministry of Foreign Affairs of the People's Republic of China";
        for (String call : List.of("China urges the US side to stop arming Taiwan.", "The US should stop smearing China.",
                "We ask the Japanese side to handle the issue properly.", "Wang Yi said the US side should correct its mistakes.",
                "The Chinese side requested that the UK stop meddling in Hong Kong affairs.",
                "China hopes the EU will adopt a rational and pragmatic policy toward China.")) {
            Statement s = only(mfa, "Foreign Ministry Spokesperson's Remarks", call);
            assertThat(s.statementClass()).as(call).isEqualTo(StatementClass.DEMAND);
            assertThat(s.committers()).as(call).containsExactly("CHN");
        }
        assertThat(only(mfa, "Remarks", "China and Russia should jointly oppose hegemonism.").statementClass())
                .as("a call that includes the speaker").isEqualTo(StatementClass.APPEAL);
        assertThat(only("U.S. Department of State", "Readout", "Israelis should be able to live in peace and without fear.").statementClass())
                .as("a state hoped for, not an act asked of anyone").isNotEqualTo(StatementClass.DEMAND);
        Statement ownMinisters = only("White House", "G7 Leaders' Statement", "We ask our Finance Ministers to convene shortly to discuss budget support.");
        assertThat(ownMinisters.statementClass()).as("the speakers' own ministers, sent to act").isEqualTo(StatementClass.PLEDGE);
    }

    @Test
    void whoActsInTheRegisterOfAgenciesAndMinistries() {
        // another side's announced visit, in its host's release: the traveller's pledge (EXTRACTION.md section 2), which the
        // model, taught by releases announcing their own side's schedule, doubted
        Statement visit = only("Ministry of Foreign Affairs of the Russian Federation", "Mongolian Foreign Minister's working visit",
                "Mongolian Foreign Minister Battsetseg Batmunkh will pay a working visit to Russia on September 10-12.");
        assertClassAndCommitters(visit, StatementClass.PLEDGE, "MNG");
        // an apposition between commas stays inside the subject when the verb follows it
        Statement met = only("Xinhua", "Xi, Putin hold talks", "Chinese President Xi Jinping and his Russian counterpart, Vladimir Putin, "
                + "met here Monday and agreed to deepen energy cooperation.");
        assertThat(met.scope()).isEqualTo("JOINT");
        assertThat(met.committers()).containsExactlyInAnyOrder("CHN", "RUS");
        // a relative clause with a subject of its own ("during which they ...")
        Statement during = only("Ministry of External Affairs of India", "EAM speaks to US Secretary of State",
                "External Affairs Minister S Jaishankar spoke to US Secretary of State Antony Blinken on Friday, during which they "
                        + "expressed commitment to expand the strategic partnership.");
        assertThat(during.scope()).isEqualTo("JOINT");
        assertThat(during.committers()).containsExactlyInAnyOrder("IND", "USA");
        // a pseudo-cleft names its subject after "what": the sides together, an appeal, not a demand on nobody
        Statement cleft = only("Ministry of Foreign Affairs of the People's Republic of China", "Wang Yi holds phone call with Blinken",
                "Wang Yi said that what both sides should do is to stay calm and manage differences.");
        assertThat(cleft.statementClass()).isEqualTo(StatementClass.APPEAL);
        // a mission speaks for the country that sends it, not for its host
        Statement embassy = only("Chinese Embassy in North Macedonia (China News)", "Wang Yi holds phone call with Blinken",
                "The two sides agreed to maintain communication.");
        assertThat(embassy.committers()).doesNotContain("MKD").contains("CHN");
        // "the two countries" of a release on several meetings: the two the sentence named before it
        Statement pair = only("China Daily", "President holds talks with dignitaries",
                "China and Russia follow a path of peaceful development, and the two countries are both dedicated to safeguarding "
                        + "international equality and justice, he said.");
        assertThat(pair.committers()).containsExactlyInAnyOrder("CHN", "RUS");
        // a sanction decided is a measure taken, as the labelled notices read it, not an undertaking
        assertThat(only("Xinhua", "China sanctions US defense companies",
                "China has decided to sanction five US defense industry companies, a foreign ministry spokesperson said on Sunday.")
                .statementClass()).isEqualTo(StatementClass.NONE);
        // the modal of a call governs the verb coordinated with it: the call is the statement, not an undertaking
        assertThat(only("Xinhua", "Xi, Putin hold talks", "The two sides should deepen cooperation, and firmly support each other "
                + "in safeguarding their core interests, Xi said.").statementClass()).isEqualTo(StatementClass.APPEAL);
        // a decision dated between its verb and its infinitive, as agencies write it
        assertThat(only("Xinhua", "China, Russia upgrade ties", "The two leaders decided on Wednesday to upgrade the bilateral "
                + "relationship to a comprehensive strategic partnership.").statementClass()).isEqualTo(StatementClass.PLEDGE);
        // help asked of a party for the speaker's own cause: a demand on that party, not an appeal that includes the speaker
        Statement sought = only("Ministry of Foreign Affairs of Bangladesh", "Foreign Minister meets Indonesian envoy",
                "He sought Indonesia's support towards Bangladesh's bid to become a Sectoral Dialogue Partner of ASEAN.");
        assertThat(sought.statementClass()).isEqualTo(StatementClass.DEMAND);
        assertThat(sought.counterparts()).contains("IDN").doesNotContain("BGD");
        // a country's own body names no side of its own: the country speaks
        assertThat(only("The State Council of the PRC", "Premier Li calls for closer China-India cooperation",
                "Premier Li Keqiang called for closer China-India cooperation.").committers()).containsExactlyInAnyOrder("CHN", "IND");
        // where the ministers met is not a side of their talks
        assertThat(only("Anadolu Agency", "Turkish foreign minister meets US secretary of state on sidelines of NATO meeting",
                "They stressed the need to prioritize dialogue and negotiations.").committers()).containsExactlyInAnyOrder("TUR", "USA");
        // nor in the first sentence, when the title names no side; and what a title says they discuss is their matter
        AnalyzedRelease sidelines = analyze("Xinhua", "Wang Yi meets foreign officials on sidelines of UN summit", LocalDate.of(2024, 9, 23),
                "Chinese Foreign Minister Wang Yi on Monday met with several foreign officials on the sidelines of the UN Summit of the "
                        + "Future in New York.\n\nWang called for maintaining the political foundation of bilateral relations.");
        assertThat(sidelines.statements().get(1).committers()).doesNotContain("UN");
        assertThat(only("Antara", "Indonesia, China Discuss Regional Stability, Ukraine Crisis",
                "The two Foreign Ministers will also hold the High-Level Dialogue next year.").committers())
                .containsExactlyInAnyOrder("IDN", "CHN");
        // a wish for others' recovery, in a condolence message, is no intent
        assertThat(only("Kuwait News Agency", "Amir sends condolences", "The Amir also wished for the swift recovery of those injured.")
                .statementClass()).isEqualTo(StatementClass.NONE);
        // opposition stated is a firm position, as "firmly oppose" (train.json)
        assertThat(only("Xinhua", "China opposes EU probe", "China has expressed strong opposition to the European Union's "
                + "anti-dumping investigation into Chinese solar panels, a spokesperson said on Thursday.").statementClass()).isEqualTo(StatementClass.PLEDGE);
        // readiness for talks, and anticipation of a visit, are intents
        assertThat(only("TASS", "Lavrov sends telegram", "Lavrov said he is ready for constructive dialogue.").statementClass())
                .isEqualTo(StatementClass.INTENT);
        assertThat(only("Astana Times", "Tokayev meets Xi", "Tokayev expressed anticipation for Xi's state visit to Astana in July.")
                .statementClass()).isEqualTo(StatementClass.INTENT);
        // a press briefing announced is talk about the talks, no engagement (EXTRACTION.md section 2)
        assertThat(only("Ministry of Foreign Affairs of the People's Republic of China", "Press briefing notice",
                "Vice Foreign Minister Ma Zhaoxu will give a press briefing on the Premier's visit tomorrow afternoon.").statementClass())
                .isEqualTo(StatementClass.NONE);
        assertThat(only("Ministry of Foreign Affairs of the People's Republic of China", "Notice",
                "On Monday, the regular press conference will be held as usual.").statementClass()).isEqualTo(StatementClass.NONE);
        // a hope that the received envoy, unnamed, will act: a call on the envoy's side
        Statement envoy = only("Vietnam News Agency", "Prime Minister receives new Chinese Ambassador",
                "The Prime Minister hoped that the ambassador would encourage Chinese ministries to work closely with Vietnam.");
        assertThat(envoy.statementClass()).isEqualTo(StatementClass.DEMAND);
        // announcing now is the act of speaking; an announcement expected later is an intent
        assertThat(only("Australian Government", "Doorstop", "I want to announce this morning the next step in our support.")
                .statementClass()).isEqualTo(StatementClass.NONE);
        // a side's ongoing conduct and its policy stated in the present: pledges (EXTRACTION.md section 2)
        assertThat(only("Astana Times", "Tokayev meets Xi", "We are doing everything possible to implement the agreements reached earlier.")
                .statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(only("Astana Times", "Tokayev meets Xi", "We are working together and advancing our relationship, Tokayev said.")
                .statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(only("Government of the Netherlands", "Minister meets counterpart", "The Dutch government adheres to the principles of the "
                + "UN Charter.").statementClass()).isEqualTo(StatementClass.PLEDGE);
        // an object put first, then "we": the speakers' call together, not a demand on the object
        assertThat(only("German Federal Foreign Office", "Speech", "This position we should jointly uphold in the UN General Assembly.")
                .statementClass()).isEqualTo(StatementClass.APPEAL);
        // a sum a budget will amount to is no undertaking
        assertThat(only("Government of Ireland", "Budget statement", "Total Official Development Assistance for 2024 will amount to "
                + "2 billion euros.").statementClass()).isEqualTo(StatementClass.NONE);
        // an announced request of another party's help is a call on it, not the requester's pledge
        Statement ask = only("Ministry of Foreign Affairs of the Republic of Korea", "Foreign Minister to visit Mexico",
                "During the meeting, Foreign Minister Park will also actively ask the Mexican side for its support for Korea's bid.");
        assertThat(ask.statementClass()).isEqualTo(StatementClass.DEMAND);
        // a courtesy call announced is an engagement; "will call on X to" a call on X
        assertThat(only("Ministry of Foreign Affairs of Singapore", "Visit of Minister Song Tao", "During his visit, Minister Song will call "
                + "on Prime Minister Lee Hsien Loong.").statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(only("U.S. Department of State", "Press statement", "We will continue to call on Moscow to uphold its commitments under "
                + "the Vienna Convention.").statementClass()).isEqualTo(StatementClass.DEMAND);
        // sanctions decided and greetings wished are no statements
        assertThat(only("Council of the European Union", "Russia: new sanctions", "The Council decided to impose restrictive measures on an "
                + "additional 106 individuals and 88 entities.").statementClass()).isEqualTo(StatementClass.NONE);
        assertThat(only("Xinhua", "Xi sends congratulatory message", "He also wished the DPRK prosperity, and its people happiness and good health.")
                .statementClass()).isEqualTo(StatementClass.NONE);
        // two persons of one side, named, are that side; a country's own body is no side
        Statement two = only("Xinhua", "Tanzanian President to visit China", "Premier Li Keqiang and Chairman of the Standing Committee of "
                + "the National People's Congress Li Zhanshu will meet President Hassan respectively.");
        assertThat(two.committers()).containsExactly("CHN");
        // "open up" a country's economy is an undertaking; "open it up" (to questions) runs a briefing
        assertThat(only("China Daily", "Premier Li meets Hammond", "China will continue to open up and ease market access for foreign "
                + "enterprises, the premier vowed.").statementClass()).isEqualTo(StatementClass.PLEDGE);
        // a speech act the speaker performs as it speaks is no intent ("would like to convey my condolences")
        assertThat(only("Ministry of Foreign Affairs of Tanzania", "Condolence message",
                "I would like to convey my deepest condolences to the families of the victims.").statementClass()).isEqualTo(StatementClass.NONE);
    }

    @Test
    void undertakingsAndCallsInFramesBeyondTheModalVerbs() {
        // an aim stated in the first person is an intent (EXTRACTION.md: "intends / plans / aims to")
        assertThat(only("Ministry of Foreign Affairs of Japan", "Japan-Peru Foreign Ministers' Meeting",
                "Minister Tanaka said that our objective is to double the trade between Japan and Peru by 2030.").statementClass())
                .isEqualTo(StatementClass.INTENT);
        // an interest in doing is an intent; an interest in news or in the results of others is none
        assertThat(only("Kazinform", "Kazakhstan and Mongolia hold talks",
                "We are interested in the early launch of a joint business council, President Tokayev said.").statementClass())
                .isEqualTo(StatementClass.INTENT);
        // a pledge of support or efforts as its object, not only "pledged to"
        Statement pledged = only("Xinhua", "China, Britain hold talks",
                "China and Britain on Monday pledged joint efforts to build a comprehensive strategic partnership.");
        assertThat(pledged.statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(pledged.committers()).containsExactlyInAnyOrder("CHN", "GBR");
        // "we expect X to" asks another party to act
        Statement expect = only("Ministry of Foreign Affairs of the People's Republic of China", "Spokesperson's remarks",
                "We expect the United States to honor its commitments on the Taiwan question, the spokesperson said.");
        assertThat(expect.statementClass()).isEqualTo(StatementClass.DEMAND);
        assertThat(expect.counterparts()).contains("USA");
        // an invitation extended is an offer, as "invited X to visit" is (EXTRACTION.md section 2); inviting a body to make
        // recommendations is no invitation to visit
        Statement invitation = only("The Presidency, Republic of South Africa", "President Ramaphosa speaks with President Biden",
                "President Ramaphosa in turn extended an invitation to President Biden to undertake a state visit to South Africa.");
        assertClassAndCommitters(invitation, StatementClass.INTENT, "ZAF");
        // an offer of a welcome to more kinds of invitees, a readiness with a phrase between "ready" and "to", a promise
        // without "that", a trip "being left on"
        assertThat(only("Chinese Embassy in Mongolia", "Ambassador's remarks",
                "We welcome Mongolian friends to take an active part in the cooperation, the ambassador said.").statementClass())
                .isEqualTo(StatementClass.INTENT);
        assertThat(only("Xinhua", "Chinese FM talks with Kerry",
                "Wang told Kerry that China was ready, on the basis of mutual respect, to strengthen exchanges with the United States.")
                .statementClass()).isEqualTo(StatementClass.INTENT);
        Statement promised = only("Ministry of Foreign Affairs of Argentina", "Meeting with Brazil",
                "President Fernandez promised Argentina would be present at the summit.");
        assertClassAndCommitters(promised, StatementClass.PLEDGE, "ARG");
        // "the Ministry" of a ministry's release is its side, as "the Department" is; a press conference of the ministry is not
        Statement summon = only("Ministry of Foreign Affairs, Malaysia", "Intrusion of aircraft into Malaysian airspace",
                "The Ministry will also summon the Ambassador of the People's Republic of China to provide explanation.");
        assertClassAndCommitters(summon, StatementClass.PLEDGE, "MYS");
        // "no country should" warns states, a call on them; "no child should" states a principle
        assertThat(only("Ministry of Foreign Affairs of Pakistan", "Statement on the strikes",
                "No country in the region should tread this perilous path.").statementClass()).isEqualTo(StatementClass.DEMAND);
        assertNoStatement("White House", "Remarks on food security", "No child on Earth should have to go hungry.");
        // a briefer's own talk is no statement, whatever the model makes of the words after it
        assertNoStatement("State Department", "Department Press Briefing",
                "MR PRICE: I will leave it to the Hungarians to speak to their engagement with Moscow.",
                "MR PRICE: What I will say is that we have been in close touch with our partners.");
    }

    @Test
    void aNewsMediumReportingOthersTalksIsNoSide() {
        // an agency of one country reporting two others' talks, which its title names: the reporter's country is no side
        Statement reported = only("Trend News Agency (Azerbaijan)", "Bulgarian and German foreign ministers hold phone conversation",
                "The two sides reaffirmed their commitment to a stronger and more united EU.");
        assertThat(reported.committers()).containsExactlyInAnyOrder("BGR", "DEU");
        // the same agency on its own government's talks with one other country speaks for its own side
        Statement own = only("Trend News Agency (Azerbaijan)", "President receives Georgian foreign minister",
                "The two sides agreed to expand transit cooperation.");
        assertThat(own.committers()).contains("AZE", "GEO");
        // an initiative's site is no side of its own
        Statement portal = only("Belt and Road Portal", "Joint statement of China and the EU",
                "The two sides agreed to review its implementation at the next summit.");
        assertThat(portal.committers()).containsExactlyInAnyOrder("CHN", "EU");
    }

    @Test
    void engagementsAnnouncedInOtherWordsAreTheSidesPledges() {
        // another side's visit "made" or "being made", and talks announced in the passive: announced engagements (EXTRACTION.md
        // section 2), which the model, taught by releases announcing their own side's schedule, doubted
        Statement visit = only("Ministry of Foreign Affairs Singapore", "Visit by the Minister for Foreign Affairs of Japan",
                "Japan's Minister for Foreign Affairs will make a three-day official visit to Singapore from Wednesday.");
        assertClassAndCommitters(visit, StatementClass.PLEDGE, "JPN");
        assertThat(only("Ministry of Foreign Affairs of the Russian Federation", "Mongolian Foreign Minister's working visit",
                "During the visit, talks will take place between the two countries' foreign ministers.").statementClass())
                .isEqualTo(StatementClass.PLEDGE);
    }

    @Test
    void callsOfTheSidesInOtherWords() {
        // a hortative "let us" is a call that includes the speakers; a moderator's "let us take a final question" is not
        Statement hortative = only("Xinhua", "Xi delivers speech at summit", "Let us work together to build a community with a shared future.");
        assertThat(hortative.statementClass()).isEqualTo(StatementClass.APPEAL);
        assertNoStatement("State Department", "Department Press Briefing", "Let us take a final question.");
        // a passive call on cooperation in talks between the sides, naming no one else, is the sides' appeal ("it is necessary
        // to" is, EXTRACTION.md section 7), not a demand on no one
        Statement passive = only("Xinhua", "Chinese premier holds talks with Malaysian prime minister",
                "Efforts should also be made to explore cooperation potential, Premier Li added.");
        assertThat(passive.statementClass()).isEqualTo(StatementClass.APPEAL);
        assertThat(passive.scope()).isEqualTo("JOINT");
        // a role in apposition between the subject and its modal leaves the subject the two sides
        Statement apposition = only("Xinhua", "Chinese premier holds talks with Malaysian prime minister",
                "The two sides, as permanent members of the UN Security Council and major economies, should uphold mutual respect.");
        assertThat(apposition.statementClass()).isEqualTo(StatementClass.APPEAL);
        assertThat(apposition.committers()).containsExactlyInAnyOrder("CHN", "MYS");
    }

    @Test
    void willingnessAndPlansInOtherWords() {
        assertThat(only("Jordan News Agency", "King receives Saudi Crown Prince",
                "Both countries announced a willingness to mend bilateral ties.").statementClass()).isEqualTo(StatementClass.INTENT);
        assertThat(only("Jordan News Agency", "King receives Saudi Crown Prince",
                "The two leaders stressed keenness on expanding cooperation in all fields.").statementClass()).isEqualTo(StatementClass.INTENT);
        assertThat(only("New Zealand Government", "Foreign Minister to visit the Pacific",
                "We have the goal of visiting all members of the Pacific Islands Forum this year.").statementClass())
                .isEqualTo(StatementClass.INTENT);
        assertThat(only("State Department", "Secretary Blinken's travel to Latvia",
                "Secretary Blinken is traveling to Riga, Latvia April 3-5.").statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertNoStatement("State Department", "Passport services", "Applicants may schedule an appointment if they are traveling within two weeks.");
    }

    @Test
    void aRegionIsNoCountry() {
        // "Latin American" holds "American", and "Latin America" holds "America": neither is the United States
        AnalyzedRelease a = analyze("Xinhua", "China, Latin America hold forum", LocalDate.of(2024, 11, 14),
                "China is ready to share its development experience with Latin American countries and the rest of Latin America.");
        assertThat(a.mentions()).filteredOn(m -> m.kind() == MentionKind.COUNTRY).extracting(Mention::normalized).doesNotContain("USA");
    }

    @Test
    void aVisitorNamedWithTitleInAppositionAfterAnInvitation() {
        // "At the invitation of X, Y, title of Z, will pay a visit": the visitor is the subject, not the host named first
        Statement visit = only("Ministry of Foreign Affairs of the People's Republic of China", "Slovak Prime Minister to visit China",
                "At the invitation of Premier Li Qiang of the State Council, Robert Fico, prime minister of the Slovak Republic, "
                        + "will pay an official visit to China from October 31 to November 5.");
        assertClassAndCommitters(visit, StatementClass.PLEDGE, "SVK");
        // "the Chairperson" of a body's release speaks for it
        AnalyzedRelease au = analyze("African Union Commission", "Communique on the Chairperson's visit to West Africa", LocalDate.of(2018, 10, 22),
                "The Chairperson of the African Union Commission will undertake a visit to West Africa.\n\n"
                        + "During these visits, the Chairperson will consult with the leaders of the concerned countries.");
        assertThat(au.statements().get(1).statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(au.statements().get(1).committers()).containsExactly("AU");
    }

    @Test
    void agreementsInstructionsAndInvitationsInOtherWords() {
        // an agreement reached, in the passive: the sides' joint pledge
        Statement agreed = only("Xinhua", "Chinese, Kazakh presidents hold talks",
                "An agreement was reached to continue active joint work on promoting priority cooperation projects.");
        assertThat(agreed.statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(agreed.scope()).isEqualTo("JOINT");
        // the presidents' instruction to their ministries and agencies
        assertThat(only("Xinhua", "Chinese, Kazakh presidents hold talks",
                "Presidents instructed the relevant ministries and agencies to strengthen coordination.").statementClass())
                .isEqualTo(StatementClass.PLEDGE);
        // a welcome to a named leader to attend is an offer; a welcome of someone's decision is none
        assertThat(only("Xinhua", "Chinese, Kazakh presidents hold talks",
                "The Chinese side welcomes President Tokayev to attend the Belt and Road Forum in China.").statementClass())
                .isEqualTo(StatementClass.INTENT);
        assertNoStatement("Xinhua", "Chinese, Kazakh presidents hold talks", "China welcomes Kazakhstan's decision to join the forum.");
        // a phone call on a day is no call on anyone
        assertNoStatement("Saudi Press Agency", "Crown Prince receives a call", "The Crown Prince received a phone call on Saturday from the President.");
        // a trend of a relationship is no pledge; a portfolio's name before its holder is no thing
        assertNoStatement("Jordan News Agency", "Safadi meets Kuwaiti counterpart", "Economic cooperation between the two countries continues to grow.");
        Statement minister = only("Department of International Relations and Cooperation", "Minister Lamola to visit Egypt",
                "International Relations and Cooperation Minister Ronald Lamola, along with a business delegation, will today undertake a "
                        + "working visit to Cairo.");
        assertClassAndCommitters(minister, StatementClass.PLEDGE, "ZAF");
    }

    @Test
    void aKnownPersonByTitleAndShortName() {
        // "King Abdullah", "King Salman": variants with their title; "King Salman" after "Mohammed bin Salman" is the king
        AnalyzedRelease a = analyze("The Jordan Times", "King meets Saudi crown prince in Jeddah", LocalDate.of(2023, 4, 20),
                "His Majesty King Abdullah and Saudi Crown Prince Mohammed bin Salman held a meeting.\n\n"
                        + "Saudi Arabia's King Salman sent a message.");
        assertThat(a.mentions()).filteredOn(m -> m.kind() == MentionKind.PERSON).extracting(Mention::normalized)
                .containsExactly("Abdullah II", "Mohammed bin Salman", "Salman bin Abdulaziz Al Saud");
    }

    @Test
    void whoActsInAReportedClauseAndABodysOwnRelease() {
        // the clause said names the sides together: their joint pledge, not the reporter's
        AnalyzedRelease said = analyze("Ministry of Foreign Affairs of Nigeria", "Onyeama on working visit to Namibia", LocalDate.of(2024, 5, 2),
                "Nigeria's Foreign Affairs Minister Geoffrey Onyeama arrived in Namibia.\n\n"
                        + "She said that both ministers would discuss bilateral issues of mutual interest.");
        assertThat(said.statements().get(1).committers()).containsExactlyInAnyOrder("NGA", "NAM");
        // "the Council" in the Gulf Cooperation Council's own release is the Council itself
        AnalyzedRelease gcc = analyze("Gulf Cooperation Council", "GCC condemns attack", LocalDate.of(2025, 6, 23),
                "GCC Secretary-General Jasem AlBudaiwi condemned the Iranian missile attack on Qatar.\n\n"
                        + "He reiterated that the Council stands united with Qatar in facing any threat to its security.");
        assertThat(gcc.statements().get(1).statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(gcc.statements().get(1).committers()).containsExactly("GCC");
    }

    @Test
    void proposalsHelpAndTheSpeakerWithAnother() {
        // "suggested the two sides enhance ...", without "that": a proposal for the sides together
        Statement suggested = only("Xinhua", "Chinese ambassador meets Vietnamese official",
                "He also suggested the two sides properly manage their differences and push forward maritime cooperation.");
        assertThat(suggested.statementClass()).isEqualTo(StatementClass.APPEAL);
        assertThat(suggested.scope()).isEqualTo("JOINT");
        // "we will help Ukraine": the speakers' pledge ("this will help save lives" stays a prediction)
        assertThat(only("Federal Foreign Office", "Foreign Minister on Ukraine", "We will help Ukraine to defend itself.").statementClass())
                .isEqualTo(StatementClass.PLEDGE);
        assertNoStatement("White House", "Readout", "This will help save lives.");
        // "There he will meet ...": a place, then the subject
        assertThat(only("Ministry of Foreign Affairs of the Netherlands", "Minister visits Colombia",
                "There he will meet with his Colombian counterpart to discuss bilateral relations.").statementClass())
                .isEqualTo(StatementClass.PLEDGE);
        // "President Donald Trump and I have agreed ..., Xi said": the speaker's side and the other, together
        AnalyzedRelease call = analyze("Xinhua", "Xi holds phone talks with Trump", LocalDate.of(2025, 6, 6),
                "Chinese President Xi Jinping held a phone conversation with U.S. President Donald Trump on Thursday.\n\n"
                        + "President Donald Trump and I have agreed to maintain close contacts, Xi said.");
        assertThat(call.statements().get(1).committers()).containsExactlyInAnyOrder("CHN", "USA");
    }

    @Test
    void participlesConsentAndRolesOfBothSides() {
        // "..., pledging to enhance cooperation": the participle pledges as the finite verb does
        assertThat(only("Xinhua", "Wang Yi holds talks with Swiss FM",
                "Wang Yi held talks with Swiss Foreign Minister Didier Burkhalter on Thursday, pledging to enhance cooperation.").statementClass())
                .isEqualTo(StatementClass.PLEDGE);
        assertThat(only("Viet Nam News", "Deputy ministers hold consultations",
                "The officials consented to enhance the efficiency of collaboration in various areas.").statementClass())
                .isEqualTo(StatementClass.PLEDGE);
        // ", both as developing countries ...,": a role in apposition of the two named
        AnalyzedRelease talks = analyze("Xinhua", "Chinese FM meets Malaysian FM", LocalDate.of(2023, 4, 12),
                "Chinese Foreign Minister Qin Gang held talks with Malaysian Foreign Minister Zambry Abd Kadir in Beijing.\n\n"
                        + "Qin said that China and Malaysia, both as developing countries and important emerging economies in Asia, "
                        + "should further deepen cooperation.");
        assertThat(talks.statements().get(1).statementClass()).isEqualTo(StatementClass.APPEAL);
        assertThat(talks.statements().get(1).committers()).containsExactlyInAnyOrder("CHN", "MYS");
    }

    @Test
    void stanceVerbsInEveryFormAndThePhoneCallNoun() {
        // the stance verbs that express a held will or commitment, in each of their forms: "underlined", "reasserted", "affirming"
        Statement keen = only("Ministry of Foreign Affairs of Egypt", "Foreign Minister meets Kenyan counterpart",
                "The Foreign Minister underlined Egypt's keenness on expanding trade with Kenya.");
        assertClassAndCommitters(keen, StatementClass.INTENT, "EGY");
        assertThat(only("Xinhua", "Chinese envoy meets Cuban official",
                "He also reasserted the determination to keep deepening cooperation between the two countries.").statementClass())
                .isEqualTo(StatementClass.PLEDGE);
        // "the phone call on Saturday" is the readout's event, no call on anyone that would govern the verb after it
        Statement readiness = only("Saudi Press Agency", "Crown Prince receives a call from the US President",
                "During the phone call on Saturday, President Biden affirmed the readiness of the United States to cooperate with the Kingdom.");
        assertClassAndCommitters(readiness, StatementClass.INTENT, "USA");
    }

    @Test
    void condolencesSchedulesAndWhoSpeaks() {
        // solidarity in a message of condolence is part of the condolence (NONE); with support named it stays a pledge
        assertNoStatement("Ministry of Foreign Affairs of Chile", "Chile expresses condolences over the earthquake in Nepal",
                "The Minister expressed solidarity with the people of Nepal in this trying time.",
                "We stand in solidarity with the Government and people of Nepal.");
        assertThat(only("Ministry of Foreign Affairs of Chile", "Chile expresses condolences over the earthquake in Nepal",
                "The Minister reaffirmed Chile's solidarity with Nepal and its support for the relief effort.").statementClass())
                .isEqualTo(StatementClass.PLEDGE);
        assertThat(only("Ministry of Foreign Affairs of Chile", "Chile and Ukraine hold consultations",
                "We stand in solidarity with the Government and people of Ukraine.").statementClass()).isEqualTo(StatementClass.PLEDGE);
        // an event's schedule is nobody's undertaking; the sides' own format, or one a side hosts, is their engagement
        assertNoStatement("Ministry of Foreign Affairs of Indonesia", "Indonesia prepares for its presidency",
                "The 17th Summit of the forum will be hosted in Bali on 15 and 16 November.");
        assertThat(only("Ministry of Foreign Affairs of Indonesia", "Indonesia and Chile hold consultations",
                "The next round of consultations will be held in Jakarta.").statementClass()).isEqualTo(StatementClass.PLEDGE);
        // a ministry speaks for the country its name names, not for an organization its portfolio names
        assertThat(only("Foreign, Commonwealth & Development Office (UK)", "Foreign Secretary meets Egyptian Foreign Minister",
                "The Foreign Secretary highlighted the UK's continued commitment to working with Egypt.").committers()).containsExactly("GBR");
        assertThat(reference.homeOf("Foreign, Commonwealth & Development Office")).isEqualTo("GBR");
        // what carried a text does not speak for it, unless it carries a national news agency
        assertThat(reference.homeOf("Council of the EU (via Yemen News Gazette)")).isEqualTo("EU");
        assertThat(reference.homeOf("Joint Council (via Yemen News Gazette)")).isNull();
        assertThat(reference.homeOf("Petra (via The Jordan Times)")).isEqualTo("JOR");
        // a co-chairs' statement speaks for the meeting: its "we" is every side
        AnalyzedRelease cochairs = analyze("ASEAN Secretariat", "Co-Chairs' Statement of the ASEAN-China Foreign Ministers' Meeting",
                LocalDate.of(2021, 6, 7), "The ASEAN-China Foreign Ministers' Meeting was held in Chongqing.\n\n"
                        + "We reaffirmed our commitment to further strengthen our cooperation.");
        assertThat(cochairs.statements().get(1).scope()).isEqualTo("JOINT");
        assertThat(cochairs.statements().get(1).committers()).contains("ASEAN", "CHN");
        // "wherein" opens a clause with its own subject; "the country" is the speaking side's when the sentence names it
        Statement wherein = only("Prime Minister's Office of Pakistan", "Prime Minister meets Malaysian Prime Minister",
                "Prime Minister Shehbaz Sharif held a meeting with Prime Minister Anwar Ibrahim wherein both sides reaffirmed the commitment "
                        + "to deepen trade.");
        assertThat(wherein.scope()).isEqualTo("JOINT");
        assertThat(wherein.committers()).containsExactlyInAnyOrder("PAK", "MYS");
        Statement country = only("Xinhua", "Chinese FM meets Swiss counterpart",
                "China values its ties with Switzerland, Wang said, noting that the country would like to work with Switzerland on innovation.");
        assertClassAndCommitters(country, StatementClass.INTENT, "CHN");
    }

    @Test
    void theImportanceOfAnActStressedInThePassive() {
        // "the importance of doing X was noted / emphasised": the call of "stressed the importance of doing X", in the passive
        Statement noted = only("Ministry of Foreign Affairs of Azerbaijan", "Foreign Minister holds a phone call with the US Assistant Secretary",
                "During the conversation, the importance of opening a border crossing between the two countries was once again noted.");
        assertThat(noted.statementClass()).isEqualTo(StatementClass.APPEAL);
        assertThat(only("Ministry of Foreign Affairs of Egypt", "Foreign Minister meets Omani counterpart",
                "The importance of intensifying efforts to resolve the crises of the region through dialogue was emphasised.").statementClass())
                .isEqualTo(StatementClass.APPEAL);
        // a thing's importance is an assessment, no call
        assertNoStatement("Ministry of Foreign Affairs of Egypt", "Foreign Minister meets Omani counterpart",
                "The importance of the visit was stressed by both sides.");
    }

    @Test
    void theyAfterTheTwoSidesIsThatPair() {
        // a release on one side's meetings with several others: "They" right after "The two sides ..." is that pair
        AnalyzedRelease meetings = analyze("The Frontier Post", "Deputy PM meets Australian, Canadian counterparts", LocalDate.of(2025, 7, 10),
                "Deputy Prime Minister Ishaq Dar met Australian Foreign Minister Penny Wong on the sidelines of the Forum.\n\n"
                        + "Both sides agreed to boost bilateral trade.\n\n"
                        + "Earlier, Deputy Prime Minister Ishaq Dar met with the Canadian Foreign Minister Anita Anand in Kuala Lumpur.\n\n"
                        + "The two sides acknowledged the positive trajectory of the Pakistan-Canada relations.\n\n"
                        + "They discussed and agreed to upscale economic and trade relations.");
        assertThat(meetings.statements().get(4).statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(meetings.statements().get(4).committers()).containsExactlyInAnyOrder("PAK", "CAN");
    }

    @Test
    void anEffortInThePresentIsAnUndertaking() {
        // "we exert every effort to", "does everything in its power to", "spare no effort to": the side's own conduct, a pledge
        for (String sentence : new String[] {"We exert every effort to implement the agreements reached earlier.",
                "Kazakhstan does everything in its power to support the integration of migrants.",
                "We spare no effort to protect our citizens abroad."}) {
            Statement s = only("Ministry of Foreign Affairs of Kazakhstan", "Foreign Minister holds talks with Uzbek counterpart", sentence);
            assertThat(s.statementClass()).as(sentence).isEqualTo(StatementClass.PLEDGE);
            assertThat(s.committers()).as(sentence).containsExactly("KAZ");
        }
        // an effort made in the past is a report
        assertNoStatement("Ministry of Foreign Affairs of Kazakhstan", "Foreign Minister holds talks with Uzbek counterpart",
                "The two sides made every effort to reach a deal last year.");
    }

    @Test
    void aSpeakersJudgementOnAnActIsAnAppeal() {
        // "called it necessary to", "recalled the importance of", "the strategic importance for X and Y to": a call that
        // includes the speaker, as "stressed the importance of" is
        for (String sentence : new String[] {"The president considered it necessary to expand trade between the two neighbours.",
                "The minister recalled the importance of closer cooperation in energy.",
                "They underlined the strategic importance for Jordan and Egypt to coordinate closely on regional developments."}) {
            Statement s = only("Ministry of Foreign Affairs of Jordan", "Foreign Minister meets Egyptian counterpart", sentence);
            assertThat(s.statementClass()).as(sentence).isEqualTo(StatementClass.APPEAL);
            assertThat(s.committers()).as(sentence).contains("JOR");
        }
    }

    @Test
    void anInvitationForAVisitAndAProposedSummitAreIntents() {
        for (String sentence : new String[] {"The Prime Minister invited the President for a state visit to Amman.",
                "We have proposed a summit with the member countries next month."}) {
            Statement s = only("Ministry of Foreign Affairs of Jordan", "Foreign Minister meets Egyptian counterpart", sentence);
            assertThat(s.statementClass()).as(sentence).isEqualTo(StatementClass.INTENT);
            assertThat(s.committers()).as(sentence).containsExactly("JOR");
        }
    }

    @Test
    void aSidesOwnEffortAffirmedIsAPledgeAndAnotherSidesPraisedIsNot() {
        Statement s = only("Ministry of Foreign Affairs of Italy", "Tajani in Kyiv",
                "The minister emphasized Italy's efforts to unite European partners behind the reconstruction of Ukraine.");
        assertThat(s.statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(s.rule()).isEqualTo("own-effort");
        assertThat(s.committers()).containsExactly("ITA");
        // an opening participle gives the background of what is said, no undertaking
        assertNoStatement("Ministry of Foreign Affairs of Jordan", "Foreign Minister meets Egyptian counterpart",
                "Highlighting Egypt's efforts towards a ceasefire, he said that there was no military solution.");
    }

    @Test
    void theSideWhoseCommitmentAnUnnamedOfficialAffirmsIsThePossessive() {
        // in a Vietnamese release "the official" was the speaking side by default; the possessive says whose commitment it is
        Statement s = only("Vietnam News Agency", "Deputy PM receives Canadian ambassador",
                "The official affirmed Canada's commitment to help Vietnam access vaccines.");
        assertClassAndCommitters(s, StatementClass.PLEDGE, "CAN");
    }

    @Test
    void bulletedItemsAfterAnUndertakingLeadAreUndertakings() {
        AnalyzedRelease a = analyze("Pacific Islands Forum", "Forum Communique", LocalDate.of(2024, 11, 14),
                "Leaders agreed to:\n\n- merge the two regional agencies into one secretariat\n\n- review the funding of the regional university.");
        assertThat(a.statements()).hasSize(3);
        assertThat(a.statements()).allSatisfy(st -> assertThat(st.statementClass()).isEqualTo(StatementClass.PLEDGE));
        assertThat(a.statements().get(2).rule()).isEqualTo("list-item");
    }

    @Test
    void anEngagementAnnouncedInTheFutureIsAPledge() {
        // "will be on a visit to", "is expected to meet", "are to attend": a side's announced engagement (EXTRACTION.md section 7)
        for (String sentence : new String[] {"The Foreign Minister will be on a visit to Berlin on Tuesday.",
                "The Foreign Minister is expected to meet his German counterpart on Monday.",
                "The heads of state of the two countries are to attend the forum."}) {
            Statement s = only("Ministry of Foreign Affairs of Ukraine", "Foreign Minister to visit Germany", sentence);
            assertThat(s.statementClass()).as(sentence).isEqualTo(StatementClass.PLEDGE);
            assertThat(s.committers()).as(sentence).contains("UKR");
        }
        // a forecast, or what a way of doing things is, engages no one
        assertNoStatement("Ministry of Foreign Affairs of Ukraine", "Foreign Minister to visit Germany",
                "The economy is expected to grow by five percent.", "The way to fix our flaws is to address them openly.");
    }

    @Test
    void bothSidesAreTheMeetingTheParagraphTellsEvenFourSentencesOn() {
        // a release on one side's meetings with two others: "both sides" is the pair of the meeting told last, which the text
        // named four sentences back
        AnalyzedRelease a = analyze("Department of Foreign Affairs of the Philippines", "Philippines deepens ties with Malaysia and Thailand",
                LocalDate.of(2024, 11, 14), "On Monday the Secretary first met the Malaysian Foreign Minister in Manila. The two envoys reviewed "
                        + "the partnership. Both Foreign Ministers noted the progress of several memoranda. They exchanged views on regional "
                        + "developments. Both sides committed to conclude negotiations on these memoranda.");
        Statement last = a.statements().get(a.statements().size() - 1);
        assertThat(last.statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(last.committers()).containsExactlyInAnyOrder("PHL", "MYS");
    }

    @Test
    void aHedgedWillIsAPredictionNotAPromise() {
        // "will likely", "will probably", "will undoubtedly": what the speaker expects, not what a side undertakes
        assertNoStatement("Xinhua", "Chinese FM holds talks", "China will likely raise the issue at the meeting.",
                "We will most probably sign the agreement next year.", "They will undoubtedly rise again.");
        // an emphatic "certainly" stays an undertaking
        assertThat(only("Xinhua", "Chinese FM holds talks", "We will certainly continue to support the process.").statementClass())
                .isEqualTo(StatementClass.PLEDGE);
    }

    @Test
    void aWishForSomeonesHealthOrRecoveryIsACourtesy() {
        // "wished for X continued good health", "I hope for a speedy recovery of ...": well-wishing, however far the object
        assertNoStatement("Ministry of External Affairs of India", "PM meets Liberian President",
                "President Boakai then wished for Prime Minister Modi continued good health as he leads the people of India.",
                "I hope for a speedy recovery of all those injured.");
        assertThat(only("Ministry of External Affairs of India", "PM meets Liberian President",
                "India hopes to deepen cooperation with Liberia in agriculture.").statementClass()).isEqualTo(StatementClass.INTENT);
    }

    @Test
    void whatAVisitOrADevelopmentWillBringIsAPrediction() {
        // the spec's "the visit will give new momentum to relations": a side's visit or development as the subject, however
        // the side is named, and whether the sentence reports it or quotes it
        assertNoStatement("Bernama", "Malaysia, China to elevate ties",
                "The Ambassador said Prime Minister Anwar Ibrahim's upcoming official visit to China will bring the friendship to a higher level.",
                "China's new development will provide new opportunities to the world.",
                "\u201cThe upcoming Foreign Minister Rahman's visit will give a further boost to the bilateral agenda.\u201d");
        assertThat(only("Bernama", "Malaysia, China to elevate ties", "Malaysia's foreign minister will visit China next week.")
                .statementClass()).isEqualTo(StatementClass.PLEDGE);
    }

    @Test
    void keenWithAnAddressBetweenIsStillAnIntent() {
        // "I am keen, dear Annalena, to work together": a vocative between the adjective and its verb, as "ready, as always, to"
        Statement s = only("Federal Foreign Office", "Foreign Minister meets counterpart", "I am keen, dear Annalena, to work together in the coming years.");
        assertThat(s.statementClass()).isEqualTo(StatementClass.INTENT);
        assertThat(s.rule()).isEqualTo("willing");
    }

    @Test
    void thePairsOtherSideIsTheOneTheSentenceNamesBeforeIt() {
        // the title and first sentence name one side; "both sides" has the other in the phrase before it
        AnalyzedRelease a = analyze("Xinhua", "Wang Yi holds phone talks", LocalDate.of(2024, 11, 14),
                "Chinese Foreign Minister Wang Yi held several phone calls on Tuesday. During a phone call with Iranian Foreign Minister "
                        + "Abbas Araghchi, both sides emphasized their commitment to strong relations and cooperation.");
        Statement s = a.statements().get(1);
        assertThat(s.statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(s.committers()).containsExactlyInAnyOrder("CHN", "IRN");
    }

    @Test
    void anAsideBetweenWillAndItsVerbLeavesTheUndertaking() {
        // "China will, as always, support ...", "We will, therefore, collaborate ...": a parenthetical between the modal and its
        // verb; a comment clause there ("will, I suspect, discuss") is a guess, not an undertaking
        Statement s = only("Xinhua", "Chinese legislator meets parliamentarians",
                "He noted that China will, as always, support exchanges between the National People's Congress and other parliaments.");
        assertThat(s.statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(s.rule()).isEqualTo("will-act");
        assertThat(only("Xinhua", "Chinese legislator meets parliamentarians", "China will, in the coming months, expand its assistance.")
                .statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertNoStatement("Xinhua", "Chinese legislator meets parliamentarians", "They will, I suspect, discuss the work underway.");
    }

    @Test
    void recommitIsACommitment() {
        // every form of "recommit", as of "commit"
        for (String sentence : List.of("Together, we recommit to promoting the free, open, rules-based order.",
                "The Department recommits to protecting the human rights of all persons.")) {
            Statement s = only("Department of State", "Statement on the anniversary", sentence);
            assertThat(s.statementClass()).as(sentence).isEqualTo(StatementClass.PLEDGE);
            assertThat(s.rule()).as(sentence).isEqualTo("commit-verb");
        }
    }

    @Test
    void theHostCountryInAGroupsTitleIsTheVenueNotASide() {
        // "Joint Statement of the BRICS Ministers ..., Cape Town, South Africa, 1 June 2023": the group speaks, as a G7
        // statement's "we" is the G7, whichever member hosts
        AnalyzedRelease a = analyze("BRICS Ministers of Foreign Affairs", "Joint Statement of the BRICS Ministers of Foreign Affairs, "
                + "Cape Town, South Africa, 1 June 2023", LocalDate.of(2023, 6, 1), "The BRICS Ministers of Foreign Affairs met on 1 June "
                + "2023 in Cape Town. They reaffirmed their commitment to strengthening the framework of BRICS cooperation.");
        assertThat(a.statements().get(1).committers()).containsExactly("BRICS");
        // a visit's "City, Country" names the side visited
        AnalyzedRelease visit = analyze("European External Action Service", "Joint Statement: EU Commissioner visits San Jose, Costa Rica",
                LocalDate.of(2023, 6, 1), "The two sides reaffirmed their commitment to the partnership.");
        assertThat(visit.statements().get(0).committers()).contains("CRI");
    }

    @Test
    void aCallOnTheInternationalCommunityIsADemandUnlessItJoinsTheSpeaker() {
        // "called on the international community to ...": addressed to the others (EXTRACTION.md section 2); what the community
        // "must" do, or a call to join the speaker, includes the speaker
        Statement call = only("Emirates News Agency", "UAE condemns attack",
                "The UAE called on the international community to intensify efforts to achieve a comprehensive and just peace.");
        assertThat(call.statementClass()).isEqualTo(StatementClass.DEMAND);
        assertThat(only("Department of State", "Statement on Nicaragua",
                "We urge the international community to join us in condemning his detention in the strongest terms.").statementClass())
                .isEqualTo(StatementClass.APPEAL);
        assertThat(only("Department of State", "Statement on the International Day",
                "The international community must take real action to prevent gender-based violence.").statementClass())
                .isEqualTo(StatementClass.APPEAL);
    }

    @Test
    void theHolderNamedAfterTheNounIsWhoseCommitmentItIs() {
        // "reiterated the commitment of France to ...": whose commitment the "of" phrase says, not the joint text's default
        AnalyzedRelease a = analyze("African Union Commission", "Joint communiqué: Meeting between the Chairperson of the Commission of the "
                + "African Union and the Minister for Europe and Foreign Affairs of France", LocalDate.of(2019, 7, 4),
                "The Minister reiterated the commitment of France to work closely with the African Union to strengthen its operations.");
        Statement s = a.statements().get(0);
        assertClassAndCommitters(s, StatementClass.PLEDGE, "FRA");
    }

    @Test
    void discourseFormulasAndInvertedSubjectsAreNoStatements() {
        // "it should be noted" introduces a fact; "only by ... will we be able to" states a condition; "shall we say" is a hedge
        assertNoStatement("Andina", "Peru and Ecuador hold binational cabinet",
                "It should be noted both presidents inked a Joint Declaration during a two-day official visit.",
                "Only by working together and joining forces will we be able to bring about more security.");
    }

    @Test
    void aCallOnEveryoneOrForSolidarityIncludesTheSpeaker() {
        // "called upon everyone to", "called for regional solidarity", "called for better international preparedness": the speaker
        // among those called on, an appeal; "called for the release of" another party's act stays a demand
        for (String sentence : List.of("He called upon everyone to redouble their efforts to achieve that aspirational goal.",
                "The Forum Chair has called for regional solidarity.",
                "They called for better international preparedness to fight the pandemic.")) {
            assertThat(only("Pacific Islands News Association", "Forum chair calls for unity", sentence).statementClass()).as(sentence)
                    .isEqualTo(StatementClass.APPEAL);
        }
        assertThat(only("Pacific Islands News Association", "Forum chair calls for unity",
                "He called for the immediate release of the detained journalists.").statementClass()).isEqualTo(StatementClass.DEMAND);
    }

    @Test
    void aClauseWithItsOwnSubjectAfterACopulaAndAnAnd() {
        // "... are deeply concerning and Canada will continue to engage": Canada's undertaking, not the first clause's parties'
        AnalyzedRelease a = analyze("Caribbean News Global", "Canada's foreign minister travels to Germany and France", LocalDate.of(2022, 1, 17),
                "\u201cRussia\u2019s destabilizing activities in and around Ukraine are deeply concerning and Canada will continue to engage "
                        + "with partners and allies to pursue a diplomatic resolution,\u201d said Minister Joly.");
        Statement s = a.statements().get(0);
        assertClassAndCommitters(s, StatementClass.PLEDGE, "CAN");
    }

    @Test
    void aPaperThatNeverNamesItsCountryIsNoSideOfTheAffairsItReports() {
        // an Indian paper on New Zealand's ministers' trip: India is named nowhere, so the unnamed "Health Minister Shane Reti" is
        // New Zealand's (the sides the text names), not the paper's country's
        AnalyzedRelease a = analyze("The Hans India", "New Zealand ministers to visit Pacific island countries", LocalDate.of(2025, 2, 4),
                "Wellington : New Zealand Foreign Minister Winston Peters, and Health Minister Shane Reti will visit Tonga, Cook Islands "
                        + "and Samoa this week to reaffirm connections with the region.");
        Statement s = a.statements().get(0);
        assertClassAndCommitters(s, StatementClass.PLEDGE, "NZL");
    }

    @Test
    void aGroupsDeclarationSpeaksForItsMemberStates() {
        // "Dushanbe Declaration of the Heads of SCO Member States": a group's joint text, whose "Member States" are the group
        AnalyzedRelease a = analyze("Ministry of Foreign Affairs of the Republic of Tajikistan", "Dushanbe Declaration of the Heads of SCO Member States",
                LocalDate.of(2021, 9, 17), "In these circumstances, Member States reaffirm their commitment to further strengthening the legal "
                        + "basis of international relations.");
        Statement s = a.statements().get(0);
        assertClassAndCommitters(s, StatementClass.PLEDGE, "SCO");
    }

    @Test
    void contractedCopulasPresentTenseReiterationsAndAssurancesOfSupport() {
        // "We're ready to", "we’re willing to": the copula contracted; "We reiterate our readiness to": a joint text's present
        // tense; "reassured Minister Wang of Kazakhstan's firm commitment": the holder after the object, not the object
        for (String sentence : List.of("We\u2019re willing to work with colleagues from China on this ambitious task.",
                "We reiterate our interest and readiness to enhance cooperation with China.")) {
            Statement s = only("Kazinform", "Kazakhstan, China to boost trade", sentence);
            assertThat(s.statementClass()).as(sentence).isEqualTo(StatementClass.INTENT);
            assertThat(s.committers()).as(sentence).containsExactly("KAZ");
        }
        Statement assured = only("Kazinform", "Kazakhstan, China to boost trade", "He reassured Minister Wang of Kazakhstan\u2019s firm commitment to peace.");
        assertClassAndCommitters(assured, StatementClass.PLEDGE, "KAZ");
    }

    @Test
    void gratitudeAndWelcomedNewsAreNoUndertakings() {
        // "will never forget the support" is thanks; "satisfaction at the announcement that the United States will remain" welcomes
        // another's step, mentioned rather than made here (as "thanked Spain for its recent commitment", EXTRACTION.md section 2)
        assertNoStatement("Ministry of Foreign Affairs of Argentina", "Argentina and the United States meet",
                "The officials conveyed Argentina's satisfaction at the announcement that the United States will remain a member of the WHO.",
                "The ambassador said he will never forget the support.");
        assertThat(only("Ministry of Foreign Affairs of Argentina", "Argentina and the United States meet",
                "Argentina will remain a member of the WHO.").statementClass()).isEqualTo(StatementClass.PLEDGE);
    }

    @Test
    void keenOnAndInterestedInDoingAreWillingness() {
        // "Kuwait is keen on effective and continued communication", "we are interested in increasing access": an intent, as
        // "keen to" is; "interested in" a thing ("interested in the outcome") is none
        assertThat(only("Kuwait News Agency", "Kuwait FM meets ambassadors",
                "The Minister said Kuwait is keen on effective and continued communication with the ambassadors.").statementClass())
                .isEqualTo(StatementClass.INTENT);
        assertThat(only("Kuwait News Agency", "Kuwait FM meets ambassadors",
                "Kuwait is interested in expanding trade with friendly countries.").statementClass()).isEqualTo(StatementClass.INTENT);
        assertNoStatement("Kuwait News Agency", "Kuwait FM meets ambassadors", "Kuwait is interested in the outcome.");
    }

    /** The statement of the sentence starting with {@code opening}, in a release of several paragraphs. */
    private static Statement statementOf(AnalyzedRelease a, String opening) {
        // one statement per sentence, in order
        for (int i = 0; i < a.sentences().size(); i++) {
            if (a.sentences().get(i).text().startsWith(opening)) {
                return a.statements().get(i);
            }
        }
        throw new AssertionError("no sentence starts with " + opening);
    }

    @Test
    void theSaidClausesOwnSubjectAndAVerbSharedAreWhoUndertakes() {
        // "responded that Australia would continue": the clause's subject, a side, whoever reports it (an unknown minister fell
        // back to the release's side); "They shared their concern about A and B and agreed to": "shared" with an object is the
        // first verb, so the subject is "They", not the countries of the concern
        AnalyzedRelease a = analyze("Ministry of Foreign Affairs of Japan", "Japan-Australia Foreign Ministers' Meeting", LocalDate.of(2012, 9, 9),
                "Foreign Minister Gemba held a meeting with Senator Carr, Minister for Foreign Affairs of Australia.\n\n"
                        + "Minister Carr responded that Australia would continue its cooperation.\n\n"
                        + "They also shared their concern about the tension between Sudan and South Sudan and agreed to work together for peace.");
        assertClassAndCommitters(statementOf(a, "Minister Carr"), StatementClass.PLEDGE, "AUS");
        assertThat(statementOf(a, "They also").committers()).containsExactlyInAnyOrder("JPN", "AUS");
    }

    @Test
    void aWillThatIsANounAndAThingThatContinuesAreNoUndertakings() {
        // "its strong will that", "the will of the people": the noun; "cooperation which continues to show dynamism": the relative
        // clause's subject is the thing before "which"; but "expressed the shared will to strengthen relations" is willingness
        assertNoStatement("Ministry of Foreign Affairs of Japan", "Press Conference by the Foreign Minister",
                "The Council issued a message demonstrating its strong will that terrorism can never be accepted.",
                "Japan expressed satisfaction with the state of cooperation which continues to show growing dynamism.");
        assertThat(only("Prensa Latina", "Cuba and Italy review ties", "Cuba and Italy expressed the shared will to strengthen relations.")
                .statementClass()).isEqualTo(StatementClass.INTENT);
    }

    @Test
    void schedulesInThePastTenseOfNewsAndAPlanThatFailed() {
        assertClassAndCommitters(only("Polish Radio", "US Vice President to visit Poland",
                "US Vice President Mike Pence was scheduled to arrive in Warsaw on Wednesday."), StatementClass.PLEDGE, "USA");
        assertClassAndCommitters(only("Fiji Broadcasting Corporation", "Fiji to host leaders",
                "Fiji is preparing to host the Pacific Islands Forum leaders meeting in July."), StatementClass.PLEDGE, "FJI");
        AnalyzedRelease a = analyze("Kuwait News Agency", "Kuwait, UK hold strategic dialogue", LocalDate.of(2023, 3, 5),
                "Kuwait and the United Kingdom held the fourth round of their strategic dialogue on Sunday.\n\n"
                        + "The next round of talks is slated to take place in London next year.");
        assertThat(statementOf(a, "The next round").committers()).containsExactlyInAnyOrder("KWT", "GBR");
        assertNoStatement("White House", "Remarks before a bilateral meeting",
                "Originally, the visit of the Chancellor was scheduled to take place last Friday and had to be postponed.");
    }

    @Test
    void invitationsToEventsAgreementsOnADayAndAffirmedContinuedCoordination() {
        String source = "Ministry of Foreign Affairs of Japan";
        String title = "Japan-China Foreign Ministers' Meeting";
        assertClassAndCommitters(only(source, title, "The Japanese side invited Premier Li to the outreach session of the summit to be held in July."),
                StatementClass.INTENT, "JPN");
        assertThat(only("Kyodo News", "Japan, U.S. to cooperate on Iraq",
                "Japan and the United States agreed Thursday to cooperate in ensuring stability in Iraq.").committers())
                .containsExactlyInAnyOrder("JPN", "USA");
        assertThat(only("Kyodo News", "Japan, U.S. to cooperate on Iraq",
                "Japan and the United States discussed regional issues, while agreeing to cooperate on responses to global challenges.")
                .statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(only("Kyodo News", "Japan, U.S. to cooperate on Iraq",
                "Japan and the United States affirmed continued trilateral coordination with South Korea.").statementClass())
                .isEqualTo(StatementClass.PLEDGE);
        assertNoStatement("Ministry of Foreign Affairs of India", "Joint Statement", "The Ministers agreed to the following:");
    }

    @Test
    void hopesForWhatWeWillDoEndeavoursAssurancesAndWillingnessRatified() {
        String source = "Ministry of External Affairs of India";
        String title = "Remarks by the External Affairs Minister";
        assertEachClass(StatementClass.INTENT, source, title,
                "We are excited about the partnership and hope that we will be able to do a lot together.",
                "I hope that today's meeting will allow us to give clearer guidance to our officials.",
                "Our endeavour is to complete the process of disengagement.",
                "India ratified its willingness to foster bilateral ties.");
        assertClassAndCommitters(only(source, title, "Prime Minister Modi assured all help in this regard."), StatementClass.PLEDGE, "IND");
        assertClassAndCommitters(only("Vietnam News Agency", "Viet Nam, Laos hold talks", "Vi\u1ec7t Nam will continue to support Laos."),
                StatementClass.PLEDGE, "VNM");
    }

    @Test
    void courtesiesCelebrationsAndPlansAsThingsAreNoStatements() {
        // "was keen to inquire about": a question asked, not a willingness; greetings sent through envoys; "will celebrate the
        // anniversary"; "outlining plans for cooperation": the noun
        assertNoStatement("Egypt State Information Service", "Egypt, Norway discuss Sudan",
                "The Norwegian Minister was keen to inquire about the Egyptian assessment of the summit.",
                "President Sisi asked the foreign envoys to convey his sincere greetings to their leaders.",
                "Egypt will celebrate the 150th anniversary of its parliament.",
                "Egypt and Norway signed a joint statement outlining plans for cooperation in energy.");
    }

    @Test
    void aHopeAfterAddingAnOpennessForCooperationAndTheSidesKeennessNotedAfterAPraise() {
        // "thanked X for visiting, adding, 'we hope that we will ...'": the hope is its own clause, not the thanks'; "is open for
        // constructive cooperation"; "commended the relations, noting both sides' keenness to boost them": the sides' own stance
        String source = "Ghana News Agency";
        String title = "Ghana, Nigeria leaders meet";
        assertEachClass(StatementClass.INTENT, source, title,
                "President Akufo-Addo thanked the Nigerian President for visiting Ghana, adding, \u201cWe are excited "
                        + "about the region and hope that we will be able to do a lot together.\u201d",
                "Ghana is open for constructive cooperation with Nigeria, the President said.",
                "He commended the relations between Ghana and Nigeria, noting both sides' keenness to boost them in various fields.",
                "Ghana always values and desires to further promote the partnership with Nigeria.");
    }

    @Test
    void expectedToChairBothSidesPledgingAndTheCommitmentOfBothCountries() {
        assertClassAndCommitters(only("South African Government News Agency", "Deputy Minister to co-chair dialogue with China",
                "The Deputy Minister is expected to co-chair the strategic dialogue with her Chinese counterpart."), StatementClass.PLEDGE, "ZAF");
        assertThat(only("Daily Times", "Nigeria, UK hold talks", "The meeting between Nigeria and the United Kingdom concluded with both "
                + "sides pledging to maintain regular dialogue.").committers()).containsExactlyInAnyOrder("NGA", "GBR");
        AnalyzedRelease a = analyze("Ministry of Foreign Affairs of Brazil", "Brazil, India foreign ministers meet", LocalDate.of(2023, 6, 5),
                "The Brazilian Foreign Minister met the Indian External Affairs Minister in Brasilia.\n\n"
                        + "As current members of the UN Security Council the Ministers reiterated the commitment of both countries to work "
                        + "towards common objectives.");
        assertThat(statementOf(a, "As current").committers()).containsExactlyInAnyOrder("BRA", "IND");
    }

    @Test
    void anotherSidesUndertakingWelcomedAPrayerAndACallOnBothPartiesToAConflict() {
        assertNoStatement("The Star", "Kenya, US leaders meet",
                "The President said he was glad that the US has committed to continue to support the peace mission in the region.",
                "President Ruto further prayed that the people of Ghana will overcome this disaster.");
        assertThat(only("African Union", "Statement of the Chairperson on the situation in Sudan",
                "The Chairperson further urges both Parties to urgently work towards an immediate ceasefire.").statementClass())
                .isEqualTo(StatementClass.DEMAND);
    }

    @Test
    void aCityThatIsACapitalIsNoFinance() {
        Statement s = only("Polish Radio", "US Vice President to visit Poland", "The Vice President will arrive in the Polish capital on Wednesday.");
        assertThat(s.statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertThat(s.topics()).doesNotContain("INVESTMENT_FINANCE");
    }

    @Test
    void aTextIssuedThatSaysAQuotedListBeforeAndAndDedicationAndPresentTravel() {
        // "A joint statement issued after the meeting said the two sides want to": "said" is the verb, "issued" qualified the
        // text; "viewed the meeting as \"in-depth, pragmatic and constructive,\" and agreed to": the comma is the quotation's;
        // "reiterated their dedication to"; a ministry's present tense of a coming trip ("travels to Turkey on 18 September")
        AnalyzedRelease a = analyze("Xinhua", "China, Saudi Arabia hold talks", LocalDate.of(2024, 5, 6),
                "Chinese Foreign Minister Wang Yi met Saudi Foreign Minister Faisal bin Farhan in Beijing.\n\n"
                        + "A joint statement issued after the meeting said the two sides want to deepen cooperation in the energy sector.\n\n"
                        + "Both sides viewed the meeting as \"in-depth, pragmatic and constructive,\" and agreed to maintain communication.\n\n"
                        + "Both sides reiterated their dedication to strengthening bilateral cooperation.");
        assertThat(statementOf(a, "A joint statement").statementClass()).isEqualTo(StatementClass.INTENT);
        assertThat(statementOf(a, "A joint statement").committers()).containsExactlyInAnyOrder("CHN", "SAU");
        assertThat(statementOf(a, "Both sides viewed").committers()).containsExactlyInAnyOrder("CHN", "SAU");
        assertThat(statementOf(a, "Both sides reiterated").statementClass()).isEqualTo(StatementClass.PLEDGE);
        assertClassAndCommitters(only("Federal Foreign Office", "Foreign Minister travels to Turkey",
                "Foreign Minister Steinmeier travels to Turkey on 18 September."), StatementClass.PLEDGE, "DEU");
        assertThat(only("U.S. Department of State", "Assistant Secretary travels", "Assistant Secretary Medina will continue her travels to the "
                + "conference.").cue()).doesNotContain("travels");
    }

    @Test
    void theKingdomATimePutFirstKeennessInAnInvitationExtendedAndAWitnessedSigning() {
        AnalyzedRelease a = analyze("Saudi Press Agency", "Saudi Arabia, Egypt discuss ties", LocalDate.of(2023, 4, 1),
                "Saudi Foreign Minister Prince Faisal met Egyptian Foreign Minister Sameh Shoukry in Cairo.\n\n"
                        + "He noted that the Kingdom is also interested in continuing joint work with Egypt.\n\n"
                        + "During the meeting the two sides reaffirmed their keenness on fostering bilateral cooperation.\n\n"
                        + "He affirmed the Kingdom's interest and keenness in strengthening joint Arab work.");
        assertThat(statementOf(a, "He noted").committers()).containsExactly("SAU");
        assertThat(statementOf(a, "During the meeting").committers()).containsExactlyInAnyOrder("SAU", "EGY");
        assertThat(statementOf(a, "He affirmed").statementClass()).isEqualTo(StatementClass.INTENT);
        assertThat(only("Bernama", "Malaysia, China leaders meet", "At today's meeting, I also extend an invitation to the Chinese "
                + "President to visit Malaysia next year.").statementClass()).isEqualTo(StatementClass.INTENT);
        assertThat(only("Bernama", "Malaysia, China leaders meet", "Both leaders will also be witnessing the signing of a memorandum "
                + "on disaster management.").statementClass()).isNotEqualTo(StatementClass.NONE);
    }

    @Test
    void ourOwnPresentPolicyInTheFirstPersonPluralButNotInAConditionOrARelativeClause() {
        // the present tense of a side's own conduct in the first person (EXTRACTION.md section 5): "We stand for", "We cooperate
        // closely with", "We reject"; not the condition ("when we work together") or the object's clause ("everything we stand for")
        assertEachClass(StatementClass.PLEDGE, "Ministry of Foreign Affairs of Lithuania", "Minister meets Latvian counterpart",
                "We stand for the peaceful resolution of disputes and the territorial integrity of states.",
                "We cooperate closely with our Nordic partners on energy security.",
                "We reject any use of force to change borders.",
                "We stand up for the freedom of the press everywhere.");
        assertNoStatement("U.S. Department of State", "Remarks", "We achieve far more when we work together with our allies.",
                "Such attacks go against everything we stand for as a nation.",
                "We can only succeed if we cooperate on the most pressing issues.");
    }

    @Test
    void aTitleNamingOneSideFromASourceOfUnknownSideLeavesTheOtherToTheFirstSentence() {
        // a national agency the source table does not list, its title naming the visitor's country only: the first sentence
        // names the host, whose country is the other side of "the two leaders agreed"
        AnalyzedRelease a = analyze("Kabar", "President holds phone talk with Uzbek President", LocalDate.of(2022, 9, 15),
                "President Sadyr Japarov had a phone conversation with President Shavkat Mirziyoyev of Uzbekistan, the presidential "
                        + "press service said.\n\n"
                        + "President Mirziyoyev informed President Japarov about the preparations for the summit.\n\n"
                        + "The two leaders agreed to maintain regular contacts on regional security.");
        assertThat(statementOf(a, "The two leaders").committers()).containsExactlyInAnyOrder("KGZ", "UZB");
        // a first sentence naming several countries lists destinations, not the other side: the visit stays the visitor's own
        AnalyzedRelease b = analyze("Pacific Daily", "New Zealand ministers to visit the Pacific", LocalDate.of(2024, 2, 1),
                "Foreign Minister Winston Peters will visit Tonga, Samoa and Fiji next week.\n\n"
                        + "The Minister will meet the Prime Ministers of the three countries.");
        assertThat(statementOf(b, "The Minister will meet").committers()).containsExactly("NZL");
    }

    @Test
    void aQuotationRunningOnPastItsAttributionStaysItsSpeakers() {
        // the Philippine government's release quoting the Japanese Prime Minister: the quotation's next paragraph, without an
        // attribution of its own, is still his (Japan's), not the publishing side's
        AnalyzedRelease a = analyze("Presidential Communications Office, Philippines", "Kishida, Marcos hold talks in Manila",
                LocalDate.of(2023, 11, 3),
                "“Our two countries are maritime nations that share values,” Prime Minister Fumio Kishida said at the meeting.\n\n"
                        + "“We would like to strengthen our cooperation with the Philippines in maritime security. I also look forward "
                        + "to visiting Mindanao next year.”\n\n"
                        + "The Philippines will host the regional maritime forum in March.");
        assertThat(statementOf(a, "“We would like").committers()).containsExactly("JPN");
        assertThat(statementOf(a, "I also look forward").committers()).containsExactly("JPN");
        // a sentence after the quotation closed is the release's own again
        assertThat(statementOf(a, "The Philippines will host").committers()).containsExactly("PHL");
    }

    @Test
    void anImpersonalPassiveAgreementAndTheDignitariesAreTheSidesTogether() {
        // "it was agreed to ..." names no one: an agreement of the talks has every side in it, as "An agreement was reached to"
        // does; "it was agreed that [an assessment]" stays no statement (EXTRACTION.md section 5)
        AnalyzedRelease a = analyze("Associated Press of Pakistan", "Pakistan, Russia hold talks", LocalDate.of(2021, 4, 7),
                "Foreign Minister Shah Mahmood Qureshi met Russian Foreign Minister Sergey Lavrov in Islamabad.\n\n"
                        + "It was also agreed to hold the next round of consultations in Moscow.\n\n"
                        + "The dignitaries agreed to expand cooperation in energy.\n\n"
                        + "It was agreed that the two economies are complementary.");
        assertClassAndCommitters(statementOf(a, "It was also agreed"), StatementClass.PLEDGE, "PAK", "RUS");
        assertThat(statementOf(a, "The dignitaries").committers()).containsExactlyInAnyOrder("PAK", "RUS");
        assertThat(statementOf(a, "It was agreed that").statementClass()).isEqualTo(StatementClass.NONE);
    }

    @Test
    void anUndertakingNamedByItsObjectAfterPledgedOrReaffirmed() {
        // "pledged all-out efforts to", "vowed support for": what is pledged is the undertaking; "reaffirmed close cooperation
        // toward": the cooperation kept up, where "reaffirmed strong ties" is an assessment of the relationship
        assertEachClass(StatementClass.PLEDGE, "Vietnam News Agency", "Vietnam, Laos leaders meet",
                "The Lao Ambassador pledged all-out efforts to advance the relationship between the two countries.",
                "The Prime Minister vowed support for the landlocked country's development.",
                "The two leaders reaffirmed close cooperation between their countries toward the denuclearization of the peninsula.");
        assertNoStatement("Associated Press of Pakistan", "Pakistan, Saudi Arabia leaders meet",
                "Both leaders reaffirmed strong bilateral ties between the two brotherly countries.",
                "They expressed condolences and pledged solidarity with the affected families.");
    }
}
