package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies a sentence as PLEDGE / INTENT / APPEAL / DEMAND / NONE (EXTRACTION.md sections 2-3).
 *
 * <p>Cues come from the lexicon; each cue is then checked against the structure around it: the
 * subject of its clause (an actor, the sides together, or something that is not an actor at all, as
 * in a prediction "this will help"), a governing verb that reports rather than makes the undertaking
 * ("discussed", "thanked X for its commitment"), a governing modal ("both sides should ... firmly
 * support": an appeal, not a pledge), negation, and the reported-speech frame that decides whose
 * voice it is. The strongest surviving cue decides the class.
 */
public final class StatementClassifier {

    /** After a person's name: a statement verb, perhaps after an apposition (", Chinese Foreign Minister,"). */
    private static final Pattern FRAMED_AFTER = Pattern.compile("^\\s*(?:,[^,]{0,160},\\s*)?(?:also\\s+|further\\s+)?(?:expressed|"
            + "reaffirmed|reiterated|urged|called|underscored|highlighted|affirmed|conveyed|underlined)\\b.*");


    /**
     * The verbs that open a clause of their own after "and" ("... and agreed to", "... and the Prime Minister confirmed"),
     * shared by {@link #CLAUSE_BOUNDARY} and {@link #COORDINATED_OFFICE}.
     */
    private static final String CLAUSE_VERBS = "(?:agreed|committed|pledged|"
            + "reaffirmed|reiterated|affirmed|vowed|resolved|underscored|expressed|emphasi[sz]ed|stressed|welcomed|will|would|"
            + "looked|invited|announced|confirmed|called|urged|communicated|conveyed|encourage|encouraged|urge|"
            // "thanked X for her courage and offered U.S. support": the second verb phrase of the same subject
            + "offered|promised|demonstrated|highlighted|outlined|voiced|renewed|restated|"
            // "... and the two ministers shared the view to strengthen relations": a clause of its own
            + "shared|concurred|decided)";

    /** Where a clause starts, looking back from a cue. */
    private static final AnchoredPattern CLAUSE_BOUNDARY = AnchoredPattern.compile(
            "(?:;|:|\\u2014|\\s--\\s|\\s\\u2013\\s|,\\s+(?:and|but|while|whereas)\\s|\\b(?:that|adding|noting|saying|stressing|stating|whereby|wherein|where|while|as)\\s|\\b(?:adding|noting|saying|stating),\\s"
                    // "spoke to Blinken, during which they expressed commitment to ...": a relative clause with its own subject
                    + "|\\b(?:during|in|at|after|through)\\s+which\\s+(?=(?:the\\s+two|both|they|the\\s+leaders|the\\s+ministers)\\b)"
                    + "|\\b(?:i|we)\\s+(?:think|believe|expect|hope|guess|know|understand|suspect)\\s+(?:that\\s+)?"
                    // "..., with Mr. Sullivan expressing U.S. support for ...": an absolute clause, its subject after "with"
                    + "|,\\s+with\\s+(?=(?:\\S+\\s+){1,5}?(?:expressing|reaffirming|reiterating|underscoring|pledging|offering|emphasi[sz]ing|"
                    + "stressing|highlighting|welcoming|announcing|committing|agreeing|conveying|noting)\\b)"
                    // "The meeting concluded with both sides pledging to maintain regular dialogue": the sides, no comma before "with"
                    + "|\\bwith\\s+(?=(?:both|the\\s+two)\\s+(?:sides|leaders|ministers|countries|delegations)\\s+(?:also\\s+)?(?:expressing|reaffirming|"
                    + "reiterating|pledging|agreeing|committing|affirming|vowing)\\b)"
                    // "The ministers discussed X, agreed to hold consultations, and ...": a verb phrase of the same subject after a comma
                    + "|,\\s+(?=(?:also\\s+)?(?:agreed|committed|pledged|reaffirmed|reiterated|affirmed|vowed|resolved|decided|confirmed)\\s)"
                    + "|\\band\\s+(?=(?:also\\s+)?(?:both\\s+sides\\s+|both\\s+leaders\\s+|both\\s+countries\\s+|the\\s+two\\s+(?:sides|leaders|countries|ministers|presidents)\\s+|the\\s+two\\s+|they\\s+|both\\s+|he\\s+|she\\s+|we\\s+"
                    + ")?(?:also\\s+)?" + CLAUSE_VERBS + "\\b)"
                    // "We demand that Iran cease ... and we stand ready to ...": a clause of its own after "and we"
                    + "|\\band\\s+(?=we\\s+(?!and\\b)\\w)"
                    // "... are deeply concerning and Canada will continue to engage": a clause with its own subject after one
                    // that has its copula
                    + "|\\b(?:is|are|was|were)\\s+(?:(?!(?:that|which|who|whether|if)\\b)[\\w-]+\\s+){1,4}?and\\s+(?=(?:the\\s+)?[\\w.-]+(?:\\s+[\\w.-]+)?\\s+(?:will|would|shall)\\s))");
    private static final AnchoredPattern JOINT_SUBJECT = AnchoredPattern.compile(
            "\\b(?:both\\s+sides|the\\s+two\\s+sides|two\\s+sides|both\\s+countries|the\\s+two\\s+countries|both\\s+nations|the\\s+two\\s+nations|"
                    + "the\\s+two\\s+leaders|both\\s+leaders|the\\s+leaders|the\\s+presidents|the\\s+two\\s+presidents|the\\s+ministers|"
                    + "the\\s+two\\s+ministers|the\\s+two\\s+governments|both\\s+governments|the\\s+two\\s+heads\\s+of\\s+state|the\\s+two|"
                    + "the\\s+dignitaries|the\\s+heads\\s+of\\s+(?:state|government)|"
                    + "they|the\\s+participants|the\\s+delegations|the\\s+sides|together|"
                    // "the Prime Ministers", "both Foreign Ministers", "the three governments", "the National Security Advisors"
                    + "(?:both|the\\s+(?:two|three|four|five))\\s+(?:\\w+\\s+){0,2}?(?:sides|countries|nations|leaders|presidents|ministers|"
                    + "governments|delegations|commissions|secretaries|advisors|advisers|counterparts|chancellors|premiers)|"
                    + "the\\s+(?:prime|foreign|defen[cs]e|national\\s+security)\\s+(?:ministers|secretaries|advisors|advisers)|^both)\\b");
    /** "We, the leaders of the Group of Seven (G7), ...": who "we" are, said once in a joint text. */
    private static final AnchoredPattern WE_APPOSITION = AnchoredPattern.compile("^we,\\s+the\\s+");
    /** The audience as the subject: "you" ending the phrase or opening it (a look-behind, not {@code (?:^|\s)}, so that "you" anchors the search). */
    static final AnchoredPattern YOU = AnchoredPattern.compile("(?<=^|\\s)you$|^you\\b");
    /** "which will ...", "this will ...", "anyone seeking ... will": the subject is not an actor. */
    static final AnchoredPattern THING_SUBJECT = AnchoredPattern.compile(
            "^(?:it|this|these|those|there(?!,?\\s+(?:he|she|they|we|i)\\b)|anyone|what)\\b|"
                    // "relations between the two countries have continued to improve": a trend of a relationship, not a side
                    + "^(?:the\\s+|their\\s+|our\\s+)?(?:\\w+\\s+)?(?:relations|ties|relationship|situation|economy|economies|progress)\\b"
                    // but not a portfolio's name before its holder: "International Relations and Cooperation Minister Ronald Lamola"
                    + "(?!(?:\\s+and\\s+\\w+)?(?:\\s+\\([\\w.]+\\))?\\s+(?:minister|secretary|ministry|department|committee|commission)\\b)");
    /**
     * The other half of a subject that is not an actor: a phrase that ends with such a pronoun ("..., which"). Apart from
     * {@link #THING_SUBJECT} so that each half is searched cheaply: that one at the start only, this one at its words
     * (the look-behind, which {@code (?:^|\s)} was, lets the words anchor the search instead of every position).
     */
    static final AnchoredPattern THING_SUBJECT_LAST = AnchoredPattern.compile(
            "(?<=^|\\s)(?:which|it|this|these|those|that|anyone|everyone|nobody|there|what)$");
    /**
     * A subject that is an act, not an actor: "Opening these consultations with Denmark reflects our commitment",
     * "Strengthening our partnership remains ...": a verb in -ing with its object (a determiner or a possessive after it;
     * "Acting Assistant Secretary", "Visiting Chinese officials", "Developing countries" are actors). The parties named in
     * it are what the act concerns; whose commitment it shows is read from the possessive after the verb.
     */
    private static final AnchoredPattern GERUND_SUBJECT = AnchoredPattern.compile(
            "^(?!(?:king|thing|nothing|something|anything|everything|morning|evening|spring|wing|ring|string)\\b)[a-z]{3,}ing\\s+"
                    + "(?:the|a|an|these|this|those|our|their|its|his|her|my|your|such)\\s");
    /**
     * A side's visit or development as the subject: "Prime Minister Anwar's upcoming official visit to China will bring the
     * friendship to a higher level", "China's new development will provide new opportunities": what an event is expected to
     * bring about, a prediction (EXTRACTION.md section 2), however the person or country before it is named.
     */
    private static final AnchoredPattern POSSESSED_EVENT = AnchoredPattern.compile(
            "(?:^|\\b(?:said|says|added|noted|stated)\\s+(?:that\\s+)?)[\"“]?(?:[\\w.-]+\\s+){0,6}?[\\w.-]+(?:['’]s|s['’])\\s+(?:[\\w-]+\\s+){0,3}?"
                    + "(?:(?:visit|trip|tour|presence|participation|attendance)(?:\\s+(?:to|in|at)(?:\\s+[\\w.'’-]+){1,4})?|development)$");
    /** "each", "each side", "each of them": every side of the release, severally. */
    private static final AnchoredPattern EACH_SIDE = AnchoredPattern.compile("^(?:each|each\\s+of\\s+(?:them|us|the\\s+\\w+)|each\\s+(?:side|leader|country|government|minister|party))$|^the\\s+parties$");
    /**
     * A subject headed by a body or programme of the sides: "the Working Group", "this initiative", "the new Strategic
     * Partnership", "the Summit". Events and documents ("the visit", "the agreement", "the decision") are not: what
     * they "will" do is a prediction (EXTRACTION.md section 2).
     */
    private static final AnchoredPattern INSTRUMENT_SUBJECT = AnchoredPattern.compile(
            "^(?:the|this|that|our|their|its|each|a)\\s+(?:new\\s+|joint\\s+|bilateral\\s+|\\S+\\s+){0,3}?(?:initiative|partnership|programme|program|"
                    + "working\\s+group|group|committee|council|mechanism|fund|facility|cent(?:er|re)|summit|task\\s+force|commission|"
                    + "platform|office|team|agency|ministerial|forum|network|coalition|consortium|secretariat|board|taskforce)s?$");
    /** Those a side encourages as part of its own offer: its companies, investors, citizens. */
    private static final AnchoredPattern OWN_PEOPLE = AnchoredPattern.compile(
            "\\b(?:compan(?:y|ies)|enterprises?|business(?:es)?|firms?|investors?|entrepreneurs|private\\s+sector|citizens|nationals|students|"
                    + "tourists|universities)\\b");
    /** Words that name a party one can call on, short of a country or organization: "encouraged the authorities to". */
    private static final AnchoredPattern ADDRESSABLE = AnchoredPattern.compile(
            "\\b(?:governments?|authorities|leaders?|countries|states|parties|sides|partners|all|everyone|members|actors|stakeholders|"
                    + "donors|allies|nations|economies|institutions|organi[sz]ations|"
                    + "community|regime|military|people|them|him|her|us|you)\\b");
    /** An addressee that is two parties: "both sides", "the two parties". */
    private static final AnchoredPattern BOTH = AnchoredPattern.compile("\\b(?:both|the\\s+two)\\b");
    /** Rules whose verb takes two parties: who agrees, agrees with someone. */
    private static final Set<String> AGREEMENT_RULES = Set.of("agree-to", "concur-would", "decide-to");
    /**
     * A side's talks with the other, coordinated with its agreement: "Foreign Minister Chung spoke by phone with his Chinese
     * counterpart, Wang Yi, on Tuesday and agreed to push for ...": what they agreed, both agreed.
     */
    private static final AnchoredPattern TALKED_WITH_AND = AnchoredPattern.compile("\\b(?:met|meets|spoke|speaks|talked|talks|"
            + "held\\s+(?:\\S+\\s+){0,3}?(?:talks|call|meeting|consultations|dialogue))\\b[^.;]{0,200}?\\bwith\\b[^.;]{0,200}?\\band\\s+(?:also\\s+)?$");
    /** The wording of a sanctions notice's legal effects (OFAC's boilerplate, which every designation repeats). */
    private static final AnchoredPattern LEGAL_EFFECT = AnchoredPattern.compile(
            "\\b(?:property\\s+and\\s+interests\\s+in\\s+property|unless\\s+authorized\\s+by\\s+a\\s+(?:general\\s+or\\s+specific\\s+)?license"
                    + "|ofac['’]s\\s+regulations)\\b");
    /**
     * The words of a message of condolence (EXTRACTION.md section 2: condolences are NONE): the solidarity such a message
     * expresses with the stricken ("expressed grief and solidarity with the people of ...", "We stand in solidarity with the
     * Government and people of ..." after an earthquake) is part of the condolence, not an undertaking.
     */
    private static final AnchoredPattern CONDOLENCE = AnchoredPattern.compile(
            "\\b(?:condolences?|grief|griev(?:ed|ing)|mourn(?:s|ed|ing)?|tragedy|tragic|earthquakes?|floods?|disasters?|trying\\s+time)\\b");
    /** A cue that ends in solidarity ("expressed solidarity", "stand in solidarity"). */
    private static final AnchoredPattern ENDS_IN_SOLIDARITY = AnchoredPattern.compile("\\bsolidarity$");
    /** What a condolence may pledge besides its solidarity: "its solidarity with Morocco and its support for its people". */
    private static final AnchoredPattern SUPPORT_NAMED = AnchoredPattern.compile("\\b(?:support|assistance|aid|help|commitment|relief)\\b");
    /**
     * A restrictive relative clause on the scheduled event, "the meeting that will be held" (the object of another verb: "showed
     * interest in the meeting that will be held"); not one after a comma, which announces it ("the Dialogue, which will take place").
     */
    private static final AnchoredPattern RELATIVE_SCHEDULE = AnchoredPattern.compile("(?<!,)\\s(?:that|which)\\s+(?:will|shall)\\b");
    /** Before a scheduled event: the sides' agreement or decision on it ("agreed that a meeting will be held", "confirmed that"). */
    private static final AnchoredPattern SCHEDULE_AGREED = AnchoredPattern.compile(
            "\\b(?:agreed|agree|agrees|decided|confirmed|announced|concurred|agreement|consensus|arranged)\\b");
    /** An event of the sides' own, in the words just before the cue and up to its end: "the next round", "the following two dialogues". */
    private static final AnchoredPattern SIDES_FORMAT = AnchoredPattern.compile(
            "\\b(?:next|following|joint|bilateral|two\\s+sides|both\\s+sides|two\\s+countries|annual|regular|intergovernmental|"
                    + "visit|consultations|dialogue|talks)\\b");
    /** Cues whose match starts with their own subject ("we support", "our governments work"). */
    private static final Set<String> WE_IN_CUE_RULES = Set.of("we-policy");
    private static final AnchoredPattern TOGETHER = AnchoredPattern.compile("\\b(?:together|jointly|both|our\\s+(?:two\\s+)?(?:governments|countries|nations))\\b");
    /** The speaker's own country by a possessive: "his country", "her government", "their nation". */
    private static final AnchoredPattern OWN_COUNTRY = AnchoredPattern.compile(
            "^(?:his|her|their)\\s+(?:own\\s+)?(?:country|nation|government|administration)$");
    /** "the country", "the nation" as a subject: a country named before it. */
    private static final AnchoredPattern THE_COUNTRY = AnchoredPattern.compile("^the\\s+(?:country|nation)$");
    /** A subject that is money or aid of the speaking side: "this assistance", "the new funding", "USAID's $21 million". */
    private static final AnchoredPattern FUNDS_SUBJECT = AnchoredPattern.compile(
            "^(?:(?:the|this|that|these|our|its|their|\\S+'s|\\S+’s)\\s+)?(?:new\\s+|additional\\s+|u\\.s\\.\\s+)?(?:assistance|funding|funds|aid|"
                    + "grants?|contributions?|financing|\\$\\s?[\\d.,]+\\s*(?:million|billion)?)$");
    /** The members of the talks named as a plural: "Allies", "Leaders", "the Partners", "G7 Leaders". */
    private static final AnchoredPattern MEMBERS_SUBJECT = AnchoredPattern.compile(
            "^(?:the\\s+)?(?:\\S+\\s+)?(?:allies|partners|members|member\\s+(?:states|countries)|leaders|ministers|presidents|premiers|heads\\s+of\\s+state|participants|signatories)$");
    private static final AnchoredPattern WE = AnchoredPattern.compile("\\b(?:we|our|us)\\b");
    /**
     * A ministry as the subject ("The Ministry will also summon the Ambassador", "the Foreign Ministry will issue a note"): the
     * speaking side's, as "the Department" is; not a ministry after another head ("the press conference of the Ministry").
     */
    private static final AnchoredPattern OWN_MINISTRY = AnchoredPattern.compile("^(?:the\\s+)?(?:\\w+\\s+){0,2}?ministry\\b");
    private static final AnchoredPattern SPEAKER_TITLE = AnchoredPattern.compile(
            "\\b(?:he|she|i|president|vice\\s+president|secretary|minister|premier|chancellor|prime|administration|government|"
                    + "ambassador|envoy|spokesperson|spokesman|spokeswoman|official|officials|department|delegation|side|representative|"
                    + "advisor|adviser|counselor|king|emir|prince|leader|chair|chairman|chairwoman|chairperson|coordinator|director|his\\s+majesty|his\\s+highness|hr/vp|commissioner|"
                    + "mr|ms|mrs|dr|team)\\b");
    /** A subject of one noun after "the": "the Council", "the Union", "the Commission". */
    private static final Pattern THE_NOUN = Pattern.compile("the\\s+([a-z]{4,})");
    /** The cues whose text holds the clause said, with its own subject: "said that X would", "assured that X will". */
    private static final Set<String> REPORTED_CLAUSE_RULES = Set.of("reported-would", "would-assured");
    /** The subject of the clause a reported-speech cue holds: what stands between "that" and its "would" or "will". */
    private static final Pattern SAID_CLAUSE_SUBJECT = Pattern.compile("\\bthat\\s+(\\S.{0,60}?)\\s+(?:would|will)\\s+\\w+$");
    /** A cue's text that opens with a subject of its own: a pronoun or a determiner. */
    private static final Pattern OPENS_WITH_SUBJECT = Pattern.compile("(?:we|our|the|both|their|its|his|her|this|these|i|they|he|she|it)\\b");
    /**
     * A common noun and the relative "which" right before a cue's verb ("cooperation which continues to"): the noun, group 1,
     * is the verb's subject. ("that" is left alone: "a government that will implement reforms", "funds that will support" read
     * as the noun alone lose who the sentence is about.)
     */
    private static final Pattern RELATIVE_WHICH = Pattern.compile("\\b([a-z]{3,})\\s+which\\s*$");
    /** A time or a place opening a clause without a comma: "during the meeting", "at the talks", "in the joint statement". */
    private static final Pattern OPENING_ADJUNCT = Pattern.compile("(?:during|at|in|after|following)\\s+the\\s+(?:\\w+\\s+){0,2}?"
            + "(?:meeting|talks|call|conversation|visit|consultations|session|dialogue|discussions?|statement|communiqu\\S*)\\s+(?=\\S)");
    /** An article alone: all that is left of a subject when the cue opens with the article's noun ("An agreement was reached"). */
    private static final Pattern ARTICLE = Pattern.compile("an?|the");
    /** An impersonal passive before the cue: "it was (also) agreed to ...", "it has been agreed that ...". */
    private static final Pattern IMPERSONAL_PASSIVE = Pattern.compile("\\s*(?:was|has\\s+been|had\\s+been|is)\\s+(?:also\\s+|further\\s+)?");
    /** What follows a comma inside a quotation the clause's verb is coordinated after: "pragmatic and constructive,\" and". */
    private static final Pattern QUOTE_THEN_AND = Pattern.compile("[\"\u201d]\\s*(?:and|but)$");
    private static final Pattern ADVERBIAL_ONLY = Pattern.compile(
            "^(?:\\W|also|further|furthermore|moreover|additionally|in\\s+addition|lastly|finally|firmly|fully|actively|jointly|"
                    + "to\\s+that\\s+end|as\\s+well|together|now|today|again|further\\s+more|and|but|then|therefore|thus|while|whilst)*$");
    /**
     * What follows a clause's last comma when it is an adjunct closing a first predicate that the cue's verb is coordinated with:
     * "X spoke by phone with his counterpart, Wang Yi, on Tuesday and agreed to ...": the subject is the first predicate's.
     */
    private static final Pattern COORDINATED_ADJUNCT = Pattern.compile(
            "^(?:on|in|at|during|via|by|over|through|from|earlier|later|yesterday|today|tonight|this|last|late|early|here)\\b[^,]*\\s(?:and|and\\s+then)$");
    /** Verbs that mention an undertaking instead of making it. */
    private static final AnchoredPattern REPORTING_NOT_MAKING = AnchoredPattern.compile(
            "\\b(?:discuss(?:ed|es)?|discussing|exchanged\\s+views|thank(?:ed|s)?|congratulat(?:ed|es?)|commend(?:ed|s)?|prais(?:ed|es?)|"
                    + "applaud(?:ed|s)?|recogniz(?:ed|es?)|acknowledg(?:ed|es?)|"
                    + "asked|whether|how\\s+to|ways\\s+to|opportunities\\s+to|"
                    + "review(?:ed)?|assess(?:ed)?|briefed|updated)\\b");
    /** Talk about a cue's noun right before it: "officials spoke about plans for strategic security cooperation". */
    private static final AnchoredPattern TALKED_ABOUT = AnchoredPattern.compile(
            "\\b(?:spoke|speak|speaks|talked|talk|talks)\\s+(?:about|of)\\s+(?:\\S+\\s+){0,2}$");
    private static final AnchoredPattern GOVERNING_MODAL = AnchoredPattern.compile(
            "\\b(?:should|must|need\\s+to|needs\\s+to|have\\s+to|has\\s+to|(?:called|calls)\\s+(?:for|on)|urg(?:ed|es?)|the\\s+need\\s+to|ought\\s+to|"
                    // the noun of a readout is no call on anyone: "During the phone call on Saturday, Trump also affirmed ..."
                    + "(?<!\\b(?:phone|telephone|video|conference)\\s)call\\s+(?:for|on)(?!\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                    + "sunday|the\\s+\\w+day|\\d)\\b)|"
                    // a directive's addressee undertakes, not the speaker: "encouraged the government to commit to net zero"
                    + "encourag(?:ed|es?|ing)(?!\\s+by)|asked|requested|press(?:ed|es)\\s+\\S+\\s+to)\\b");
    private static final AnchoredPattern VOLITION = AnchoredPattern.compile(
            "\\b(?:willing|ready|prepared|eager|keen|willingness|readiness|hopes?|hoped|wish|wishes|intends?|intention|plans?|"
                    + "would\\s+like|wants?|desire|desires|seeks?|aims?)\\s+to\\b");
    /** What starts an undertaking of its own after a willingness ("is ready to talk and will continue to ..."). */
    private static final AnchoredPattern OWN_UNDERTAKING = AnchoredPattern.compile("\\b(?:will|shall|'ll|committed|pledged|vowed|agreed|said|stressed|;)");

    /** Whether a willingness earlier in the sentence governs the cue at {@code cueStart}, with no undertaking of its own between. */
    private static boolean volitionGoverns(String lower, int cueStart) {
        int from = Math.max(0, cueStart - 160);
        // Searched in the span cut out: the same matches as in a region of the sentence with opaque bounds (neither \b
        // nor anything else sees past the span), where the anchored search, unlike the plain one, tries only the words.
        AnchoredPattern.Matches v = VOLITION.matcher(lower.substring(from, cueStart));
        int last = -1;
        while (v.find()) {
            last = from + v.end();
        }
        return last >= 0 && !OWN_UNDERTAKING.find(lower.substring(last, cueStart));
    }

    /** How a press briefing is run ("we'll take questions", "I'd refer you to ..."): talk about the briefing, not policy. */
    private static final AnchoredPattern BRIEFING = AnchoredPattern.compile(
            "\\b(?:take (?:your |a few |some |one more |the )?questions?|next question|(?:go|turn) to [a-z]+ [a-z]+ (?:from|with|of)\\b|refer you"
                    + "|get back to you|have more to say|turn (?:it )?(?:over|back) to|open it up|last question|one more question"
                    + "|provide (?:additional|more|further) information|follow up with you|take a few more"
                    + "|(?:have|has|need|needs) to (?:tell|say|admit|confess)|(?:must|should|would) (?:say|add|admit|note that i))\\b");
    private static final AnchoredPattern PAST_NEGATED = AnchoredPattern.compile("\\b(?:have|has|had|did|'ve|'d)\\s+(?:never|not|n't)\\s*$|\\b(?:haven't|hasn't|hadn't|didn't)\\s*$");
    /** A hope, an expectation or a belief that governs the clause after it: "expressed the belief that Chile will overcome ...". */
    private static final AnchoredPattern HOPE_BEFORE = AnchoredPattern.compile("\\b(?:hopes?|hoped|expects?|expected|wish(?:es|ed)?|trusts?|pray(?:s|ed)?|"
            + "belief|believes?|believed|confident|confidence|conviction|convinced|optimism|optimistic|inevitable|likely|unlikely|"
            + "possible|probable)\\s+(?:that\\s*)?$");

    /** A hope or a belief whose clause, without "that", the cue's "will" is in: "China hopes the EU will adopt ...". */
    private static final AnchoredPattern HOPE_BEFORE_SUBJECT = AnchoredPattern.compile("\\b(?:hopes?|hoped|expects?|expected|wish(?:es|ed)?|trusts?|"
            + "believes?|believed)\\s+(?:that\\s+)?(?:[^\\s,;.]+\\s+){1,6}$");

    /** Photo captions and page trailers of news sites: "(Xinhua/Ju Peng)", "[Photo/Xinhua]", "(Web editor: ...)". */
    private static final AnchoredPattern CAPTION = AnchoredPattern.compile(
            "(?:\\((?:Xinhua|Photo|Web editor)[/:][^)]*\\)\\s*$|\\[Photo/[^\\]]*\\]\\s*$|\\(Photo/[^)]*\\)\\s*$|^\\(Web editor:)");
    /**
     * What a party is to undergo, not to do: "Russia must now face the consequences of its decision", "Moscow will pay a
     * high price". A modal before such a verb warns or predicts; it neither undertakes nor calls on anyone to act.
     */
    private static final AnchoredPattern UNDERGOING = AnchoredPattern.compile(
            "^(?:should|must|needs?\\s+to|ha(?:ve|s)\\s+to|ought\\s+to)\\s+(?:now\\s+|also\\s+|still\\s+)?(?:face|faces|bear|bears|suffer|suffers|pay|pays)\\s+(?:the\\s+|a\\s+|an\\s+|any\\s+|its\\s+|their\\s+)?"
            + "(?:\\w+\\s+){0,2}(?:consequences?|price|brunt|penalt(?:y|ies)|repercussions?)\\b");
    /**
     * News welcomed before a "will" or an undertaking's verb: "satisfaction at the announcement that", "welcomed the decision
     * that", "glad of the news that", "glad that the US has committed to".
     */
    private static final AnchoredPattern WELCOMED_NEWS = AnchoredPattern.compile(
            "\\b(?:welcom\\w*|satisfaction|pleased|glad|happy|appreciat\\w*|congratulat\\w*|applaud\\w*|commend\\w*|hail\\w*)\\s+"
            + "(?:[^\\s,;.]+\\s+){0,4}?(?:announcement|news|decision|declaration|confirmation)\\s+that\\s+(?:[^\\s,;.]+\\s+){0,8}$"
            // "was glad that the US has committed to continue": another's undertaking, welcomed
            + "|\\b(?:pleased|glad|happy|delighted)\\s+that\\s+(?:[^\\s,;.]+\\s+){1,5}?(?:has|have|had)\\s+(?:[^\\s,;.]+\\s+){0,2}$");
    /** A purpose clause whose "will" follows: "to ensure that ...", "make sure the summit ...", "so that ...". */
    private static final AnchoredPattern PURPOSE_BEFORE = AnchoredPattern.compile(
            "\\b(?:ensure|ensures|ensured|ensuring|make\\s+sure|makes\\s+sure|making\\s+sure|so\\s+that|in\\s+order\\s+that|guarantee|see\\s+to\\s+it)"
            + "\\s+(?:that\\s+)?(?:[^\\s,;.]+\\s+){0,7}$");
    /**
     * A cue opening with a participle of showing: ", demonstrating Russia's support", ", reflecting ...": what a fact shows,
     * not what its subject says (", reaffirming the United Kingdom's support" is said).
     */
    private static final AnchoredPattern PARTICIPLE = AnchoredPattern.compile(
            "^(?:demonstrating|showing|reflecting|embodying|illustrating|proving|signall?ing|indicating|evidencing|testifying)\\b");
    /** The one who hopes among those hoped to act: "he and Mr. Cho will ...", "the two of them and I". */
    private static final AnchoredPattern HOPER_WITH_OTHER = AnchoredPattern.compile("^(?:he|she|i)\\s+and\\s+|\\s+and\\s+(?:he|she|i|him|her|me)$");
    /**
     * A hoped-for clause that furthers the sides' relations rather than naming an actor: "expressed the hope that people-to-people
     * and cultural exchanges will be strengthened", "a hope that the friendship between the two countries will continue to be
     * strengthened": the hoper's aim for those relations (EXTRACTION.md: "hopes to" is an intent), not an assessment.
     */
    private static final AnchoredPattern HOPED_FURTHERANCE = AnchoredPattern.compile("^\\s*(?:\\S+\\s+){0,10}?(?:relations?|relationship|ties|"
            + "cooperation|friendship|exchanges|partnership|trade|dialogue|communication|coordination|contacts)\\b(?:\\s+\\S+){0,8}?\\s+"
            + "(?:will|would|can|could|shall)\\s+(?:continue\\s+to\\s+|further\\s+|also\\s+)?be\\s+(?:further\\s+|continuously\\s+|steadily\\s+)?"
            + "(?:strengthened|expanded|deepened|enhanced|promoted|developed|elevated|consolidated|boosted|intensified|advanced|upgraded|"
            + "increased|broadened|reinforced)\\b"
            // "I hope that today's meeting will allow us to give stronger guidance": what the hoper means to do with it
            + "|^\\s*(?:\\S+\\s+){0,30}?(?:will|would|can|could)\\s+(?:\\S+\\s+){0,2}?(?:help|allow|enable)\\s+us\\b");
    /** The cues whose noun someone holds: a will, a readiness, a commitment ("the EU's wish to", "America's commitment to"). */
    private static final Set<String> HELD_NOUN_RULES = Set.of("willingness", "commitment-noun", "own-effort");
    /** The holder of a noun named after it: " of France" (to ...), " of the United States, the Republic of Korea, and Japan". */
    private static final Pattern OF_HOLDER = Pattern.compile(
            "\\s+of\\s+((?:the\\s+)?[^,;:.()]{2,60}?(?:,\\s+(?:and\\s+)?(?:the\\s+)?[^,;:.()]{2,40}?){0,4})(?=\\s+(?:to|for|toward|towards|in)\\b|\\s*[,;.]|$)");
    /** A possessive ending a word: "the EU's", "the United States'", with either apostrophe. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|s['’])(?=\\s)");
    /** What both sides hold: "our shared commitment", "our joint resolve". */
    private static final Pattern SHARED = Pattern.compile("\\s+(?:shared|joint|mutual|common)\\b");
    /** "our" right after a cue's verb ("reflects our commitment"). */
    private static final Pattern OUR = Pattern.compile("\\s+(?:\\w+\\s+)?(our)\\s");
    private static final AnchoredPattern SPECULATIVE = AnchoredPattern.compile(
            "\\b(?:if|unless|could|might|likely|expects?|expected|believes?|warned|warns|concerns?|fears?|risk|predicts?)\\b");
    private static final AnchoredPattern NEGATION = AnchoredPattern.compile("\\b(?:not|never|no\\s+longer|no\\s+intention|no\\s+plans?|n't|neither|nor)\\b");
    /** The cue of a request of another party's help ({@code statement_cues.csv}). */
    private static final String ASK_FOR = "ask-for";
    /** The nouns of help a request asks another party for. */
    private static final String HELP_NOUNS = "(?:support|cooperation|understanding|assistance|backing|help)";
    /** Help that belongs to someone: "Colombia's support", "the support of Japan", "assistance from the EU". */
    private static final AnchoredPattern OTHERS_HELP = AnchoredPattern.compile(
            "(?:'s|\\u2019s|s'|s\\u2019)\\s+(?:\\S+\\s+){0,3}?" + HELP_NOUNS + "\\b"
                    + "|\\b" + HELP_NOUNS + "\\s+(?:of|from)\\s"
                    // "ask the Mexican side for its support": the party asked, then its help
                    + "|\\bfor\\s+(?:its|their|his|her)\\s+(?:\\S+\\s+){0,2}?" + HELP_NOUNS + "\\b");
    /** The help a request asks for, and "from"/"of" whom after it. */
    private static final Pattern HELP_NOUN = Pattern.compile("\\b" + HELP_NOUNS + "\\b");
    private static final Pattern HELP_FROM = Pattern.compile("\\s+(?:from|of)\\s+[^,;.]{1,40}?(?=\\s+(?:on|for|towards|to|in|regarding|with)\\b|[,;.]|$)");

    /**
     * Where the party a request of help asks ends: after the help's noun, or after "from"/"of" whom that follows it ("sought
     * Indonesia's support towards Bangladesh's bid": Indonesia is asked, Bangladesh's bid is what for; "sought political
     * support from Indonesia on the repatriation issue").
     */
    private static int helpAskedOf(String lower, int from, int end) {
        Matcher help = HELP_NOUN.matcher(lower).region(from, end);
        if (!help.find()) {
            return end;
        }
        Matcher of = HELP_FROM.matcher(lower).region(help.end(), Math.min(lower.length(), help.end() + 50));
        return of.lookingAt() ? of.end() : help.end();
    }

    private static final AnchoredPattern COOPERATIVE = AnchoredPattern.compile(
            "\\b(?:cooperation|cooperate|collaboration|coordination|exchanges?|dialogue|partnership|joint|jointly|together|mutual|bilateral|alignment|synergy|synergies|"
                    + "both|two\\s+countries|two\\s+sides|ties|relations|friendship|communication|mutually|solidarity)\\b");
    /**
     * An effort the speakers take part in, asked for with no party named: "(urged) continued support to Syrian refugees",
     * "(the importance of) international support for Ukraine", "(called for) a collective response".
     */
    private static final AnchoredPattern SHARED_EFFORT = AnchoredPattern.compile(
            "^\\s*(?:the\\s+|an?\\s+)?(?:continued|continuing|international|sustained|global|collective|increased|greater|better|stronger)\\s+"
            + "(?:\\w+\\s+)?(?:support|assistance|engagement|action|response|efforts?|solidarity|funding|preparedness|cooperation|coordination)\\b");
    /** An object that opens with a verb's -ing form, perhaps after a determiner or adverb: an action, not a party. */
    private static final AnchoredPattern GERUND_FIRST = AnchoredPattern.compile("^\\s*(?:\\w+\\s+)?\\w{3,}ing\\b");
    private static final AnchoredPattern THIRD_PARTIES = AnchoredPattern.compile(
            "\\b(?:all\\s+parties|all\\s+sides|the\\s+parties|both\\s+parties|the\\s+two\\s+parties|all\\s+actors|all\\s+stakeholders|"
                    + "the\\s+regime|the\\s+government\\s+of|the\\s+authorities|all\\s+countries|all\\s+states|the\\s+taliban|the\\s+junta)\\b");
    /**
     * The community of states as a whole, which the speaking side belongs to: what it "must" do ("the international community
     * must take real action") includes the speaker, an appeal (6 of the labelled sentences naming it: 3 appeals, 2 none, 1
     * pledge, none a call on it); a call on it is a demand, unless it asks the community to join the speaker.
     */
    private static final AnchoredPattern WHOLE_COMMUNITY = AnchoredPattern.compile(
            "\\b(?:the\\s+international\\s+community|the\\s+(?:global|world)\\s+community|the\\s+community\\s+of\\s+nations)\\b");
    /** Everyone addressed: "called upon everyone to", "urged all of us to". */
    private static final AnchoredPattern EVERYONE = AnchoredPattern.compile("^\\s*(?:everyone|everybody|all\\s+of\\s+us|each\\s+of\\s+us)\\b");
    /** A call to act with the speaker: "urge the international community to join us in condemning", "to join our calls for". */
    private static final AnchoredPattern JOIN_THE_SPEAKER = AnchoredPattern.compile("\\b(?:join\\s+(?:us|our)|with\\s+us|alongside\\s+us)\\b");
    /**
     * Every state, the speakers among them: "Every country in the world needs to reduce emissions", "all countries should
     * respect the UN Charter", "Nations of the world must be brave enough": a call that includes the speaking side.
     */
    private static final AnchoredPattern UNIVERSAL = AnchoredPattern.compile(
            "\\b(?:every\\s+(?:country|nation|state|government|economy|major\\s+economy)|all\\s+(?:countries|nations|states|governments|"
            + "economies|major\\s+economies)|nations\\s+of\\s+the\\s+world|countries\\s+(?:around|across)\\s+the\\s+world|"
            + "everyone|everybody)\\b");
    /**
     * People a notice sets terms for, not a party called on: "Students must meet all the following requirements", "All
     * attendees will need to be vaccinated", "a meeting ... should be closed to the public".
     */
    private static final AnchoredPattern ADMINISTERED = AnchoredPattern.compile(
            "^(?:the\\s+|all\\s+|any\\s+|each\\s+|a\\s+)?(?:students?|applicants?|candidates?|attendees?|interns?|fellows?|nominees?|"
            + "visitors?|travell?ers?|guests?|journalists?|reporters?|members\\s+of\\s+the\\s+(?:press|media|public)|persons?|"
            + "proposals?|applications?|submissions?|meetings?|(?:a|the)\\s+meeting)\\b");
    /** Keeping a state of affairs, no one's act: "(the importance of) maintaining peace and stability across the Strait". */
    private static final AnchoredPattern KEEPING_A_STATE = AnchoredPattern.compile(
            "^\\s*(?:maintaining|preserving|upholding|safeguarding)\\s+(?:\\w+\\s+){0,2}?(?:peace|stability|security|order)\\b");
    /** A nominal call without a verb of its own ("the need for", "the importance of"), not "stressed the importance of". */
    private static final AnchoredPattern VERBLESS_NEED = AnchoredPattern.compile("^(?:the\\s+|a\\s+)?(?:\\w+\\s+)?(?:need|importance)\\b");
    /** A verb of its own right before a nominal call: "discussed X and underscored the need for ...". */
    private static final AnchoredPattern OWN_VERB_BEFORE = AnchoredPattern.compile(
            "\\b(?:underscored|stressed|emphasi[sz]ed|highlighted|reiterated|reaffirmed|affirmed|noted|expressed|recogni[sz]ed|"
            + "agreed\\s+on|shared|acknowledged|underlined|cited|conveyed)\\s+$");
    /** A verb of discussing before a nominal call: the call is what was discussed. */
    private static final AnchoredPattern DISCUSSED = AnchoredPattern.compile(
            "\\b(?:discuss(?:ed|es|ing)?|exchanged\\s+views|talked\\s+about|spoke\\s+about)\\b");
    /** A thing's "should" that names an effect: "should enable", "should help", "should lead to". */
    private static final AnchoredPattern SHOULD_EFFECT = AnchoredPattern.compile(
            "^should\\s+(?:also\\s+|further\\s+)?(?:enable|allow|help|lead|result|bring|create|give|make|contribute|boost|improve|"
            + "increase|reduce)\\b");
    /**
     * A subject that is none of a kind: "no child", "no family" (a principle); not "no one", "nobody": "no one should
     * underestimate the resolve of the Chinese people" warns the other side, and neither does "no country", "no force":
     * "No country in the region should tread this perilous path" is a call on the states it warns.
     */
    private static final AnchoredPattern NO_ONE = AnchoredPattern.compile(
            "^no\\s+(?!one\\b)(?!(?:country|countries|state|states|nation|nations|force|forces|party|parties|side|government)\\b)[a-z]+");
    /** "should have been", "must have been": a regret or an inference about the past, no call. */
    private static final AnchoredPattern COUNTERFACTUAL = AnchoredPattern.compile("^(?:should|must|ought\\s+to)\\s+have\\s+been\\b");

    /** A subject that names an aim, not a party: "the priority must now be to ...", "the goal should be to ...". */
    private static final AnchoredPattern ABSTRACT_SUBJECT = AnchoredPattern.compile(
            "\\b(?:priority|priorities|goal|goals|aim|objective|focus|task|challenge|imperative|way\\s+forward)\\s*(?:now\\s*)?$");
    private static final AnchoredPattern REPORT_FRAME = AnchoredPattern.compile(
            "(?:\\b(?:said|says|noted|notes|added|adds|stressed|stresses|emphasized|emphasised|pointed\\s+out|stated|told|underlined|"
                    + "expressed|reiterated|affirmed|highlighted|according\\s+to)\\b)");

    private final List<StatementCue> cues;
    private final Map<String, Set<StatementClass>> classesOfCue;
    private final SentenceTriggers triggers;
    private final Set<String> countryCodes;
    /** Regions as sides ({@code reference/regions.csv}), read once here and shared with {@link ReleaseAnalyzer}. */
    private final Regions regions = Regions.load();
    private final TopicClassifier topics;
    /** The members of the groups calls are addressed to ({@code reference/group_members.csv}). */
    private final Map<String, Set<String>> groupMembers;

    public StatementClassifier(ReferenceData reference) {
        this.cues = StatementCue.load();
        this.classesOfCue = classesByCueRule(cues);
        this.triggers = new SentenceTriggers(cues);
        this.countryCodes = Set.copyOf(reference.countries().keySet());
        this.topics = new TopicClassifier(reference);
        this.groupMembers = reference.groupMembers();
        this.nationalBodies = reference.organizations().keySet().stream().filter(reference::isNationalBody)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        Map<String, Set<String>> nouns = new java.util.HashMap<>();
        reference.organizations().forEach((code, o) -> nouns.put(code, java.util.Arrays.stream(o.name().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> w.length() > 3).collect(java.util.stream.Collectors.toUnmodifiableSet())));
        this.nounsOfOrganization = Map.copyOf(nouns);
        this.kingdoms = reference.countries().values().stream()
                .filter(c -> (c.officialName() != null && c.officialName().contains("Kingdom")) || c.name().contains("Kingdom"))
                .map(Country::iso3).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The countries whose official name is a kingdom's ("Kingdom of Saudi Arabia", "United Kingdom ..."): "the Kingdom". */
    private final Set<String> kingdoms;

    /** The words of each organization's name ("gulf", "cooperation", "council"): "the Council" in its own release is itself. */
    private final Map<String, Set<String>> nounsOfOrganization;

    /** The codes of countries' own bodies ("STATE COUNCIL", "CONGRESS"): who they are is their country, not a side of their own. */
    private final Set<String> nationalBodies;

    private record Subject(Type type, Set<String> actors) {
        enum Type { JOINT, SELF, THIRD, NON_ACTOR, EMPTY }
    }

    private record Candidate(StatementClass cls, String scope, Set<String> committers, Set<String> addressees, double confidence,
                             String cue, String rule, boolean negative, int position) {
    }

    /** Reads a sentence for {@link #classify(Sentence, List, ReleaseContext, SentenceTriggers.Reading)}: its cue words, and its date words. */
    SentenceTriggers.Reading read(Sentence sentence) {
        return triggers.read(sentence.text());
    }

    /**
     * Classifies one sentence, read already ({@link #read}); {@code mentions} are this sentence's entity mentions. The
     * topics are left empty unless {@code withTopics}: where a model decides, most of the rules' statements are not kept,
     * and the topics of those kept are read afterwards ({@link #topics(String, String)}).
     */
    Statement classify(Sentence sentence, List<Mention> mentions, ReleaseContext ctx, SentenceTriggers.Reading reading, boolean withTopics) {
        String text = reading.text();
        String lower = reading.lower();
        ctx.evidence.clear();
        String speaker = updateSpeaker(sentence, text, lower, mentions, ctx);
        if (lower.startsWith("we, the ")) {
            nameWeSides(sentence, text, mentions, ctx);
        }
        // Cheapest first: a sentence without a cue word, a question, a caption or talk about the briefing
        // itself is no statement.
        BitSet triggered = reading.cues();
        if (triggered.isEmpty() || text.endsWith("?") || lower.startsWith("question:") || lower.startsWith("q:")
                || CAPTION.find(text)) {
            return Statement.none(speaker, ctx.lastSpeakerActorKey(speaker));
        }
        // "We, the ..." may name the sides while its cues are evaluated (below): such a sentence is checked for talk
        // about the briefing first; any other only once it has a candidate, which most sentences with a cue word lack.
        boolean mayNameWe = lower.contains("we,");
        if (mayNameWe && BRIEFING.find(lower)) {
            return Statement.none(speaker, ctx.lastSpeakerActorKey(speaker));
        }
        Candidate best = null;
        // A cue that cannot give a better candidate than the best so far is not evaluated: the strongest class
        // wins, then the highest confidence, and a cue's candidates are of its class, an appeal or a demand, at
        // its confidence or below. Not when "we, the ..." may name the sides: evaluating that sets them for later
        // sentences.
        for (int i = triggered.nextSetBit(0); i >= 0; i = triggered.nextSetBit(i + 1)) {
            StatementCue cue = cues.get(i);
            if (!mayNameWe && cannotBeat(cue, best)) {
                continue;
            }
            int[] anchors = triggers.anchorStarts(reading, i);
            AnchoredPattern.Matches m = anchors == null ? cue.pattern().matcher(lower) : cue.pattern().matcher(lower, anchors);
            while (m.find()) {
                ctx.evidence.add("cue=" + cue.rule());
                Candidate c = evaluate(cue, m.current(), text, lower, sentence, mentions, ctx);
                if (c != null) {
                    ctx.evidence.add("candidate=" + c.cls() + "/" + c.rule());
                }
                if (c != null && (best == null || better(c, best))) {
                    best = c;
                }
                if (!mayNameWe && cannotBeat(cue, best)) {
                    break;
                }
            }
        }
        if (best == null || best.cls() == StatementClass.NONE || (!mayNameWe && BRIEFING.find(lower))) {
            return Statement.none(speaker, ctx.lastSpeakerActorKey(speaker));
        }
        if (best.cls() == StatementClass.DEMAND) {
            best = withCaller(best, lower, sentence, mentions, ctx);
        }
        Set<String> counterparts = counterparts(sentence, mentions, best);
        if (best.cls() == StatementClass.DEMAND && ctx.speakerSide() != null) {
            counterparts.remove(ctx.speakerSide()); // "urged the US to stop interfering in China's affairs": demanded of the US only
        }
        // The topic is what the whole sentence is about: the clauses before the cue ("Standing together for peace and
        // stability, the leaders resolved to ...") name subject matter the labellers count too.
        List<String> topicList = withTopics ? topics(text, ctx) : List.of();
        return new Statement(best.cls(), best.negative() ? "NEGATIVE" : "POSITIVE", best.scope(),
                List.copyOf(best.committers()), List.copyOf(counterparts), topicList, speaker, ctx.lastSpeakerActorKey(speaker),
                round(best.confidence()),
                best.cue(), best.rule());
    }

    /**
     * A statement of class {@code cls} for a sentence the cue rules did not find one in (or found one of another kind:
     * a call where the model reads an undertaking, an undertaking where it reads a call on another party only), as
     * the model decided: who commits is read from the sentence's opening (both sides, "we" of a joint text, the
     * speaking side) and whom a call addresses from the sides it names.
     */
    Statement decided(StatementClass cls, Statement rule, Sentence sentence, List<Mention> mentions, ReleaseContext ctx,
                      double confidence, String evidence) {
        String lower = SentenceTriggers.lowerReading(sentence.text());
        int verb = Math.min(lower.length(), 120);
        Subject side = JOINT_SUBJECT.find(lower.substring(0, verb)) || (ctx.jointStatement && WE.find(lower))
                ? new Subject(Subject.Type.JOINT, jointSides(ctx)) : defaultSide(ctx);
        String speakerSide = ctx.speakerSide();
        Set<String> committers = cls == StatementClass.DEMAND ? side.actors()
                : !rule.committers().isEmpty() && rule.statementClass() != StatementClass.DEMAND ? new LinkedHashSet<>(rule.committers())
                : side.actors();
        Candidate c = new Candidate(cls, side.type() == Subject.Type.JOINT ? "JOINT" : "SELF", committers, Set.of(), confidence,
                rule.cue() != null ? rule.cue() : evidence, rule.rule() != null ? rule.rule() : "model", false, 0);
        Set<String> counterparts = counterparts(sentence, mentions, c);
        if (cls == StatementClass.DEMAND && speakerSide != null) {
            counterparts.remove(speakerSide);
        }
        String scope = cls == StatementClass.DEMAND || rule.scope() == null || rule.statementClass() == StatementClass.DEMAND ? c.scope()
                : rule.scope();
        String polarity = rule.polarity() != null ? rule.polarity() : NEGATED_UNDERTAKING.find(lower) ? "NEGATIVE" : "POSITIVE";
        List<String> topicList = rule.statementClass() != StatementClass.NONE && !rule.topics().isEmpty() ? rule.topics()
                : topics(sentence.text(), ctx);
        return new Statement(cls, polarity, scope, List.copyOf(committers), List.copyOf(counterparts), topicList, rule.speaker(),
                rule.speakerActorKey(), round(confidence), c.cue(), c.rule());
    }

    private static final AnchoredPattern NEGATED_UNDERTAKING = AnchoredPattern.compile(
            "\\b(?:will|shall|would)\\s+(?:never|not)\\b|\\bwon't\\b|\\bnever\\s+(?:seek|allow|accept|recogni[sz]e)");

    /** The lexicon of topics this classifier reads. */
    TopicClassifier topicClassifier() {
        return topics;
    }

    /** The topics of a text, from the closed list. */
    List<String> topics(String text) {
        return topics.topics(text);
    }

    /** The topics of a sentence of the release {@code ctx} reads; its title's (read once) when it names none. */
    List<String> topics(String text, ReleaseContext ctx) {
        return topics.topicsOr(text, ctx.titleTopics(topics));
    }

    /**
     * The sides a joint text's opening apposition names ("We, the G7 Foreign Ministers of Canada, France, ... and the High
     * Representative of the European Union, remain gravely concerned ..."), kept as the release's "we" whether or not the
     * sentence is a statement itself: the group when it names only the group or names it in its head (the G7 undertakes
     * and calls as the G7), else the sides it lists ("We, the Ministers of the United States, Italy, ... and the Arab
     * League"). The apposition ends at the first comma followed by a word in lower case other than "the" or "and" (its verb),
     * not at the commas of its list.
     */
    private void nameWeSides(Sentence sentence, String text, List<Mention> mentions, ReleaseContext ctx) {
        int from = "We, ".length();
        int close = -1;
        for (int at = text.indexOf(", ", from); at >= 0; at = text.indexOf(", ", at + 2)) {
            int word = at + 2;
            if (word < text.length() && Character.isLowerCase(text.charAt(word)) && !text.startsWith("the ", word)
                    && !text.startsWith("and ", word)) {
                close = at;
                break;
            }
        }
        if (close < 0) {
            return;
        }
        Set<String> named = addressees(sentence, mentions, from, close, ctx);
        int of = text.indexOf(" of ", from);
        Set<String> head = addressees(sentence, mentions, from, of < 0 || of > close ? close : of, ctx);
        String first = named.isEmpty() ? null : named.iterator().next();
        if (first != null && isGroup(first) && (named.size() == 1 || head.contains(first))) {
            // "We, the Leaders of the Group of Seven (G7), ...", "We, the G7 Foreign Ministers of Canada, France, ...": the
            // group; not "We, the leaders of the European Union (EU) and its Member States and India": the sides listed
            ctx.weSides = new LinkedHashSet<>(Set.of(first));
            return;
        }
        named.addAll(personCountries(sentence, mentions, from, close));
        if (!named.isEmpty()) {
            ctx.weSides = new LinkedHashSet<>(named);
        }
    }

    /** Whether no candidate of {@code cue} could be {@link #better} than {@code best}. */
    private static boolean cannotBeat(StatementCue cue, Candidate best) {
        if (best == null) {
            return false;
        }
        int strongest = Math.max(cue.statementClass().strength(), StatementClass.APPEAL.strength());
        return strongest < best.cls().strength() || (strongest == best.cls().strength() && cue.confidence() <= best.confidence());
    }

    private static boolean better(Candidate a, Candidate b) {
        if (a.cls().strength() != b.cls().strength()) {
            return a.cls().strength() > b.cls().strength();
        }
        return a.confidence() > b.confidence();
    }

    private Candidate evaluate(StatementCue cue, Matcher m, String text, String lower, Sentence sentence, List<Mention> mentions,
                               ReleaseContext ctx) {
        int cueStart = m.start();
        int clauseStart = clauseStart(lower, cueStart);
        String subjectLower = lower.substring(clauseStart, cueStart);
        String cueText = text.substring(m.start(), m.end()).strip();
        boolean negative = NEGATION.find(subjectLower.length() > 40 ? subjectLower.substring(subjectLower.length() - 40) : subjectLower)
                || NEGATION.find(lower.substring(cueStart, Math.min(lower.length(), m.end() + 1)));
        if (cue.kind() != StatementCue.Kind.NEED && cue.kind() != StatementCue.Kind.CALL_FOR && cue.kind() != StatementCue.Kind.CALL_ON) {
            if (GOVERNING_MODAL.find(lower.substring(clauseStart, cueStart))) {
                return veto(ctx, cue, "modal-governs"); // "both sides should implement ... firmly support": the modal governs
            }
        }
        if (cue.kind() == StatementCue.Kind.ACTOR && cue.statementClass() == StatementClass.PLEDGE && volitionGoverns(lower, cueStart)) {
            return veto(ctx, cue, "volition-governs"); // "China is willing to continue to share ...": the willingness governs
        }
        if (cue.kind() == StatementCue.Kind.WILL && PURPOSE_BEFORE.find(lower.substring(Math.max(0, cueStart - 80), cueStart))) {
            // "to make sure the G20 Summit will achieve a full success", "so that the talks will ...": what an action is for,
            // governed by it, not an undertaking of its own
            return veto(ctx, cue, "purpose-governs");
        }
        if ((cue.kind() == StatementCue.Kind.WILL || cue.kind() == StatementCue.Kind.ACTOR) && WELCOMED_NEWS.find(lower.substring(Math.max(0, cueStart - 120), cueStart))) {
            // "conveyed Argentina's satisfaction at the announcement that the United States will remain a member of the WHO":
            // another's announced step, welcomed, is no undertaking of the sentence (nor of the side that welcomes it)
            return veto(ctx, cue, "welcomed-news");
        }
        if ((cue.kind() == StatementCue.Kind.WILL || cue.kind() == StatementCue.Kind.ACTOR)
                && (HOPE_BEFORE.find(lower.substring(Math.max(0, clauseStart - 30), clauseStart))
                || (cue.kind() == StatementCue.Kind.WILL && HOPE_BEFORE_SUBJECT.find(lower.substring(clauseStart, cueStart))))) {
            return veto(ctx, cue, "hope-governs"); // "expressed the hope that the two sides will ...": the hope governs, it is no undertaking
        }
        if (negative && PAST_NEGATED.find(lower.substring(Math.max(0, cueStart - 20), cueStart))) {
            return veto(ctx, cue, "past-refusal"); // "they've never agreed to anything": a past refusal reported, not an undertaking
        }
        // (the undertaking cues' own patterns already leave out "will face", "will pay a ...")
        if (cue.kind() == StatementCue.Kind.NEED && LEGAL_EFFECT.find(lower)) {
            // "As a result of today's action, all property and interests in property of the entities above ... are blocked and
            // must be reported to OFAC": what a designation does in law, in every sanctions notice, is no call on anyone
            return veto(ctx, cue, "legal-effect");
        }
        if (cue.statementClass() == StatementClass.PLEDGE && ENDS_IN_SOLIDARITY.find(lower.substring(cueStart, m.end()).strip())
                && !SUPPORT_NAMED.find(lower)
                && (CONDOLENCE.find(lower) || (ctx.title != null && CONDOLENCE.find(ctx.title.toLowerCase(Locale.ROOT))))) {
            return veto(ctx, cue, "condolence"); // "expressed grief and solidarity with the people of ...": a condolence
        }
        if ("should".equals(cue.rule()) && UNDERGOING.find(lower.substring(cueStart, Math.min(lower.length(), cueStart + 90)))) {
            return veto(ctx, cue, "undergoing"); // "must now face the consequences": a warning, not an undertaking or a call
        }
        if (SCHEDULE_RULES.contains(cue.rule()) && PAST_SCHEDULE.find(lower.substring(cueStart, m.end())) && FRUSTRATED_PLAN.find(lower)) {
            // "he was set to deliver it the other week, but his diagnosis disrupted those plans", "your visit was scheduled to
            // take place last Friday and had to be postponed": a plan that did not hold, no engagement announced
            return veto(ctx, cue, "frustrated-plan");
        }
        if ((cue.kind() == StatementCue.Kind.WILL || cue.kind() == StatementCue.Kind.ACTOR || "should".equals(cue.rule()))
                && isDiscourseAct(lower, m)) {
            return veto(ctx, cue, "discourse"); // "I'll start with ...", "We'll take a final question": the talk itself, no undertaking
        }
        // the holder of a held noun, read once: by the reporting check when it asks, else below
        Subject heldBy = null;
        boolean heldRead = false;
        if (REPORTING_NOT_MAKING.find(subjectLower) || TALKED_ABOUT.find(subjectLower)) {
            if (participleAfterComma(lower, cueStart, m, cue)) {
                heldBy = possessor(lower, cueStart, m.end(), sentence, mentions, ctx);
                heldRead = true;
            }
            if (!ownHolder(heldBy, ctx)) {
                return veto(ctx, cue, "reporting"); // "discussed opportunities to ...", "thanked Spain for its commitment to ..."
            }
        }
        int[] np = subjectSpan(lower, clauseStart, cueStart);
        int roleOpening = clauseStart > 0 ? lower.lastIndexOf(", ", clauseStart - 1) : -1;
        if (roleOpening >= 0 && clauseStart - roleOpening <= 12 && lower.substring(np[0], np[1]).strip().endsWith(",")
                && ROLE_APPOSITION.matcher(lower).region(roleOpening, np[1]).lookingAt()) {
            // "the two sides, as permanent members of the UN Security Council, should ...": "as" opened a role in apposition,
            // not a clause; the subject is before it
            np = subjectSpan(lower, 0, cueStart);
        }
        // (a cue that opens with its own subject, "we support", is no relative clause's verb)
        Matcher relative = (cue.kind() == StatementCue.Kind.ACTOR || cue.kind() == StatementCue.Kind.WILL) && !WE_IN_CUE_RULES.contains(cue.rule())
                && !OPENS_WITH_SUBJECT.matcher(lower).region(cueStart, m.end()).lookingAt()
                ? RELATIVE_WHICH.matcher(lower).region(Math.max(0, cueStart - 40), cueStart) : null;
        if (relative != null && relative.find() && !Character.isUpperCase(sentence.text().charAt(relative.start(1)))) {
            // "satisfaction with the state of cooperation which continues to show growing dynamism": a relative clause whose
            // verb is the cue has the noun before "which" as its subject, not the phrase that noun ends
            np = new int[] {relative.start(1), relative.end(1)};
        }
        String subjectPhrase = lower.substring(np[0], np[1]).strip();

        if (YOU.find(subjectPhrase)) {
            return veto(ctx, cue, "audience"); // "if you have to travel", "you'll come back": the audience, not a side
        }
        Subject subject = AGREEMENT_RULES.contains(cue.rule()) && (ARTICLE.matcher(subjectPhrase).matches()
                || ("it".equals(subjectPhrase) && IMPERSONAL_PASSIVE.matcher(lower.substring(np[1], cueStart)).matches()))
                // "An agreement was reached to ...": the article is the cue's own noun's, the agreement no one's in particular;
                // "it was agreed to ...": an impersonal passive, agreed by no one named
                ? new Subject(Subject.Type.EMPTY, Set.of())
                : resolveSubject(subjectPhrase, np[0], np[1], sentence, mentions, ctx);
        subject = reportedSubject(lower, np[1], cueStart, subject, sentence, mentions, ctx);
        if (subject.type() == Subject.Type.EMPTY && clauseStart > 0) {
            // a coordinated verb ("..., and will continue to"): the sentence's first subject carries over
            int[] first = subjectSpan(lower, 0, cueStart);
            if ((cue.statementClass() == StatementClass.PLEDGE || cue.statementClass() == StatementClass.INTENT)
                    && callGovernsCoordinatedVerb(lower, clauseStart)) {
                // "The two sides should strengthen cooperation, and steadfastly support each other": the modal of the first
                // verb governs the coordinated one too; the call is the sentence's statement, not an undertaking
                return veto(ctx, cue, "call-governs");
            }
            subject = resolveSubject(lower.substring(first[0], first[1]), first[0], first[1], sentence, mentions, ctx);
        }
        // the "we" of a cue that holds its own subject ("We both promote", "Our governments work side-by-side")
        boolean subjectInCue = WE_IN_CUE_RULES.contains(cue.rule()) && subjectPhrase.isEmpty();
        String weSaid = subjectInCue ? lower.substring(cueStart, m.end()) : subjectPhrase;
        if ((subject.type() == Subject.Type.SELF || (subject.type() == Subject.Type.EMPTY && subjectInCue)) && WE.find(weSaid)
                && (AGREEMENT_RULES.contains(cue.rule())
                || TOGETHER.find(lower))) {
            // "we agreed to ...", "we both promote ...", "we will explore ways to do more together": an agreement or a
            // joint effort has every side of the talks in it, whichever side's text says "we"
            subject = new Subject(Subject.Type.JOINT, jointSides(ctx));
        }
        Subject holder = heldRead ? heldBy
                : HELD_NOUN_RULES.contains(cue.rule()) ? possessor(lower, cueStart, m.end(), sentence, mentions, ctx) : null;
        if (holder != null) {
            boolean own = ownHolder(holder, ctx);
            if (own && (subject.type() == Subject.Type.NON_ACTOR || subject.type() == Subject.Type.EMPTY
                    // "reiterated the commitment of both countries to", "of their governments": the sides named as the holders
                    || (holder.type() == Subject.Type.JOINT && holder.actors().size() >= 2 && lower.startsWith(" of ", m.end())))) {
                // "The visit has demonstrated the EU's wish to deepen relations", "this reflects the United States' commitment
                // to ...": the will or the commitment is its possessor's, whatever the clause's subject is
                ctx.evidence.add("subj.possessor");
                subject = holder;
            } else if (!own && holder.type() != Subject.Type.JOINT && holder.actors().size() == 1
                    && (subject.type() == Subject.Type.SELF || (subject.type() == Subject.Type.JOINT && subject.actors().containsAll(holder.actors())))
                    && ctx.speakerSide() != null && subject.actors().contains(ctx.speakerSide())
                    && !subjectPhrase.isEmpty() && !mentionIn(sentence, mentions, np[0], np[1], x -> true)) {
                // "The official affirmed Canada's commitment to help Vietnam", "He stressed Italy's efforts to ...", in another
                // side's release: a subject the text does not name ("the official", "he") was taken for the speaking side by
                // default, where the possessive names whose commitment it is, the side the person speaks for
                ctx.evidence.add("subj.possessor");
                subject = holder;
            } else if (!own && Collections.disjoint(holder.actors(), subject.actors()) && (subject.type() == Subject.Type.NON_ACTOR
                    || subject.type() == Subject.Type.EMPTY || PARTICIPLE.find(lower.substring(cueStart, Math.min(m.end(), cueStart + 20))))) {
                // "these launches demonstrate the DPRK's determination to ...", "Putin has attended the forum three times,
                // demonstrating Russia's support for the BRI": another party's will, seen in a thing or a past act, is no
                // one's undertaking ("King Abdullah stressed Jordan's support" is his own side's: a person speaks for it)
                return veto(ctx, cue, "others-commitment");
            }
        }
        double confidence = cue.confidence();
        switch (cue.kind()) {
            case ACTOR, WILL -> {
                if (subject.type() == Subject.Type.NON_ACTOR) {
                    return veto(ctx, cue, "non-actor"); // "this will help save lives": a prediction, not a promise
                }
                if (subject.type() == Subject.Type.EMPTY) {
                    if (cue.kind() == StatementCue.Kind.WILL && clauseStart > 0) {
                        return veto(ctx, cue, "no-subject");
                    }
                    // "An agreement was reached to continue joint work", "Agreed to ...": an agreement has every side of the talks in it
                    subject = AGREEMENT_RULES.contains(cue.rule()) && ctx.participants.size() >= 2
                            ? new Subject(Subject.Type.JOINT, jointSides(ctx)) : defaultSide(ctx);
                    confidence *= 0.85;
                }
                if (subject.type() == Subject.Type.THIRD
                        && (!ctx.participants.containsAll(subject.actors()) || SPECULATIVE.find(lower))) {
                    // "Moscow will pay a high price", "Pyongyang wants to engage", "if Russia invades, it will ...":
                    // about an outside party, a prediction or a warning. A side of the talks announcing its own step
                    // ("The Government of Guatemala will increase ...") is kept.
                    return veto(ctx, cue, "third-party");
                }
                if (AGREEMENT_RULES.contains(cue.rule()) && subject.type() == Subject.Type.SELF && ctx.participants.size() >= 2
                        && jointSides(ctx).containsAll(subject.actors()) && TALKED_WITH_AND.find(lower.substring(0, cueStart))) {
                    subject = new Subject(Subject.Type.JOINT, jointSides(ctx));
                }
                if (REPORTED_CLAUSE_RULES.contains(cue.rule()) && subject.type() != Subject.Type.JOINT && ctx.participants.size() >= 2) {
                    // "She said that both ministers would discuss ...": the clause said has the sides together as its subject
                    Matcher said = SAID_CLAUSE_SUBJECT.matcher(lower).region(cueStart, m.end());
                    boolean clause = said.find();
                    if (clause && JOINT_SUBJECT.find(said.group(1)) && !said.group(1).equals("they")) {
                        subject = new Subject(Subject.Type.JOINT, jointSides(ctx));
                    } else if (clause) {
                        // "Minister Carr responded that Australia would continue its cooperation": the clause's own subject, a
                        // side of the talks, is who undertakes, whoever reports it (a speaker the data does not know falls back
                        // to the release's side)
                        Set<String> named = addressees(sentence, mentions, said.start(1), said.end(1), ctx);
                        if (named.size() == 1 && ctx.participants.containsAll(named) && !subject.actors().equals(named)) {
                            subject = new Subject(Subject.Type.SELF, named);
                        }
                    }
                }
                return candidate(cue, subject, Set.of(), confidence, cueText, negative, cueStart);
            }
            case POLICY -> {
                if (subject.type() != Subject.Type.SELF && subject.type() != Subject.Type.THIRD) {
                    return veto(ctx, cue, "policy-subject");
                }
                boolean countrySubject = subject.actors().size() == 1 && !isGroup(subject.actors().iterator().next())
                        && namesCountry(sentence, mentions, np[0], np[1]);
                // Whether the sentence is reported speech is asked only here, for the few policy cues that get this far:
                // a search of every sentence with a cue showed in the profile.
                if (!countrySubject || !((ctx.home != null && subject.actors().contains(ctx.home)) || REPORT_FRAME.find(lower))) {
                    return veto(ctx, cue, "policy-not-own");
                }
                return candidate(cue, subject, Set.of(), confidence, cueText, negative, cueStart);
            }
            case REPORTED -> {
                Set<String> who = addressees(sentence, mentions, m.end(), Math.min(lower.length(), m.end() + 60), ctx);
                if (who.isEmpty()) {
                    who = personCountries(sentence, mentions, m.end(), Math.min(lower.length(), m.end() + 60));
                }
                if (who.isEmpty()) {
                    return veto(ctx, cue, "no-party");
                }
                String first = who.iterator().next();
                return candidate(cue, new Subject(Subject.Type.THIRD, Set.of(first)), Set.of(), confidence, cueText, negative, cueStart);
            }
            case SIDE -> {
                return candidate(cue, defaultSide(ctx), Set.of(), confidence, cueText, negative, cueStart);
            }
            case MEETING -> {
                if (RELATIVE_SCHEDULE.find(lower.substring(cueStart, m.end()))) {
                    // "showed special interest in the meeting that will be held in March": the meeting is the object of another
                    // verb, described by a relative clause, not announced
                    return veto(ctx, cue, "relative-clause");
                }
                if (!engagementOfTheSides(lower, clauseStart, cueStart, m.end(), sentence, mentions, ctx)) {
                    return veto(ctx, cue, "impersonal-schedule"); // "The 17th G20 Summit will be hosted in Bali": an event's schedule
                }
                return candidate(cue, new Subject(Subject.Type.JOINT, jointSides(ctx)), Set.of(), confidence, cueText, negative, cueStart);
            }
            case HOPE_THAT -> {
                // the hoped-for clause's subject ends at its first verb: "that the U.S. side will make the right choice, work
                // with China ..., stop forming ..." (the commas after the verb are its list of actions, not the subject's)
                int hopedEnd = Math.min(lower.length(), m.end() + 120);
                int verb = FirstVerb.in(lower, m.end(), hopedEnd);
                Matcher modal = HOPED_MODAL.matcher(lower).region(m.end(), hopedEnd);
                if (modal.find() && (verb < 0 || modal.start() < verb)) {
                    verb = modal.start();
                }
                if (verb >= 0) {
                    hopedEnd = verb;
                } else {
                    // a subjunctive the verb finder does not know ("hope that both sides deepen their cooperation in fields
                    // such as ..."): the sides named first are the subject, not the list after them
                    Matcher sides = HOPED_SIDES.matcher(lower).region(m.end(), hopedEnd);
                    if (sides.lookingAt()) {
                        hopedEnd = sides.end();
                    }
                }
                int[] hopedSpan = subjectSpan(lower, m.end(), hopedEnd);
                Subject hoped = resolveSubject(lower.substring(hopedSpan[0], hopedSpan[1]), hopedSpan[0], hopedSpan[1], sentence, mentions,
                        ctx);
                if (UNNAMED_ENVOY.find(lower.substring(hopedSpan[0], hopedSpan[1]).strip())) {
                    // "He wished that the ambassador would encourage Chinese ministries ...", from a prime minister receiving
                    // China's new ambassador: the envoy a side hopes will act, unnamed, is the other side's, the one received
                    Set<String> others = new LinkedHashSet<>(ctx.participants);
                    others.remove(ctx.speakerSide());
                    if (others.size() == 1) {
                        hoped = new Subject(Subject.Type.SELF, others);
                    }
                }
                // who hopes: the clause's subject when it names a side, else the speaking side ("It is hoped that ...")
                Set<String> hoper = (subject.type() == Subject.Type.SELF || subject.type() == Subject.Type.THIRD) && !subject.actors().isEmpty()
                        ? subject.actors() : ctx.speakerSide() == null ? Set.of() : Set.of(ctx.speakerSide());
                if (!hoper.isEmpty() && (HOPER_WITH_OTHER.find(lower.substring(hopedSpan[0], hopedSpan[1]).strip())
                        || HOPED_FURTHERANCE.find(lower.substring(m.end(), Math.min(lower.length(), m.end() + 200))))) {
                    // "conveyed his hope that he and Mr. Cho will work closely together", "the hope that exchanges will be
                    // strengthened": the hoper's own intention
                    return candidate(cue, new Subject(Subject.Type.SELF, hoper), Set.of(), confidence, cueText, negative, cueStart);
                }
                if (hoped.type() == Subject.Type.JOINT && hoped.actors().size() == 1 && !hoper.isEmpty()
                        && Collections.disjoint(hoper, hoped.actors())) {
                    // "China hopes the EU will adopt a rational policy": a group the hoper is not in, called on as one
                    return demand(cue, hoped.actors(), confidence, cueText, cueStart);
                }
                return switch (hoped.type()) {
                    case JOINT -> new Candidate(StatementClass.APPEAL, "JOINT", hoped.actors(), Set.of(), confidence, cueText, "hope-both-sides",
                            negative, cueStart);
                    // "Wang hoped that the U.S. side will make the right choice": a side's hope for the other side's act is a
                    // call on it (EXTRACTION.md: "hoped that the other side would meet it halfway" is a demand)
                    case SELF -> !hoper.isEmpty() && Collections.disjoint(hoper, hoped.actors())
                            ? demand(cue, hoped.actors(), confidence, cueText, cueStart)
                            : candidate(cue, hoped, Set.of(), confidence, cueText, negative, cueStart);
                    case THIRD -> demand(cue, hoped.actors(), confidence, cueText, cueStart);
                    // "we hope relevant parties will resolve disputes through dialogue": parties the speaker is not, called on
                    case NON_ACTOR -> HOPED_PARTIES.find(lower.substring(hopedSpan[0], hopedSpan[1]))
                            ? demand(cue, hoped.actors(), confidence * 0.9, cueText, cueStart) : null;
                    default -> null;
                };
            }
            case NEED -> {
                String after = lower.substring(m.end(), Math.min(lower.length(), m.end() + 120));
                // "the importance of ...", "the need for ...": a call named by a noun, whose verb may be one of discussing
                boolean nominal = "importance-of".equals(cue.rule()) || "need-for".equals(cue.rule());
                boolean discussed = nominal && DISCUSSED.find(lower.substring(0, cueStart));
                if (nominal && SHARED_EFFORT.find(after) && !discussed) {
                    // "agreed on the importance of continued international support to sustain the morale of the Ukrainian
                    // people": an effort the speakers take part in (labelled an appeal), whoever it helps
                    return jointAppeal(cue.rule(), ctx, confidence, cueText, negative, cueStart);
                }
                if (nominal && (KEEPING_A_STATE.find(after) || (discussed && VERBLESS_NEED.find(lower.substring(cueStart, m.end()))
                        && !OWN_VERB_BEFORE.find(lower.substring(Math.max(0, cueStart - 30), cueStart))))) {
                    // "reaffirmed the importance of maintaining peace and stability across the Taiwan Strait": a principle, no
                    // act asked of anyone (labelled so); "discussed the importance of X and the need for Egypt to ...": a topic
                    // of the talks, governed by "discussed" across the coordination (EXTRACTION.md section 7)
                    return veto(ctx, cue, "principle");
                }
                if (subject.type() == Subject.Type.NON_ACTOR && "should".equals(cue.rule())
                        && (SHOULD_EFFECT.find(lower.substring(cueStart, Math.min(lower.length(), cueStart + 40)))
                        || NO_ONE.find(subjectPhrase))) {
                    // "the expansion should enable other providers to invest": what a thing is expected to bring about;
                    // "No child on Earth should have to go hungry": a principle; neither asks anyone to act
                    return veto(ctx, cue, "expectation");
                }
                if (ADMINISTERED.find(subjectPhrase)) {
                    return veto(ctx, cue, "procedure"); // "Students must meet all the following requirements": a notice's terms
                }
                if (COUNTERFACTUAL.find(lower.substring(cueStart, Math.min(lower.length(), cueStart + 30)))) {
                    return veto(ctx, cue, "counterfactual"); // "more women should have been nominated": a regret, no call
                }
                if (WHOLE_COMMUNITY.find(subjectLower) || UNIVERSAL.find(subjectPhrase)) {
                    return jointAppeal(cue.rule(), ctx, confidence, cueText, negative, cueStart);
                }
                if (subject.type() == Subject.Type.NON_ACTOR && "should".equals(cue.rule()) && ctx.participants.size() >= 2
                        && PASSIVE.find(lower.substring(cueStart, Math.min(lower.length(), cueStart + 40))) && COOPERATIVE.find(lower)
                        && ctx.participants.containsAll(addressees(sentence, mentions, 0, lower.length(), ctx))) {
                    // "efforts should also be made to explore cooperation potential", "exchanges should be strengthened", in talks
                    // between the sides and naming no one else: a passive call whose act is the sides' own cooperation, as "it
                    // is necessary to" is (EXTRACTION.md section 7: an appeal when the action is the sides' own or joint)
                    return jointAppeal(cue.rule(), ctx, confidence, cueText, negative, cueStart);
                }
                if (THIRD_PARTIES.find(subjectLower + " " + after) && subject.type() != Subject.Type.JOINT) {
                    return demand(cue, addressees(sentence, mentions, clauseStart, lower.length(), ctx), confidence, cueText, cueStart);
                }
                Set<String> named = addressees(sentence, mentions, m.end(), Math.min(lower.length(), m.end() + 40), ctx);
                // "the need for X to ...", "the importance of X doing ...": the sides the call names after it decide
                // "the importance of taking bold action ...": a gerund first is the speaker's own action, whoever it concerns
                // "called it necessary to deepen relations": a speaker's judgement on an act, read as "stressed the importance of"
                boolean deemed = "deem-necessary".equals(cue.rule());
                boolean importance = "importance-of".equals(cue.rule()) || deemed;
                boolean ownAction = importance && (deemed ? !m.group().endsWith("for") : GERUND_FIRST.find(after));
                boolean needFor = "need-for".equals(cue.rule()) || (importance && !ownAction);
                // "it is necessary to ...", "the partnership is needed now to ...": an impersonal call, no one's in particular
                // "the priority must now be to support implementation of the US peace deal": an aim, no one's in particular, and
                // whom it names is what the aim is about, not who is called on
                boolean aim = ABSTRACT_SUBJECT.find(subjectLower);
                boolean impersonal = "necessary".equals(cue.rule()) || "is-needed".equals(cue.rule()) || aim;
                if (impersonal) {
                    subject = new Subject(Subject.Type.EMPTY, Set.of());
                } else if (importance && subject.type() == Subject.Type.NON_ACTOR) {
                    subject = defaultSide(ctx); // someone stresses the importance: a name unknown here is still a speaker, no addressee
                }
                boolean callForAction = needFor || impersonal || importance;
                if (callForAction && subject.type() != Subject.Type.THIRD && subject.type() != Subject.Type.NON_ACTOR
                        && COOPERATIVE.find(after) && (named.isEmpty() || ctx.participants.containsAll(named))) {
                    // "stressed the importance of intensifying cooperation between the two": the sides together
                    return jointAppeal(cue.rule(), ctx, confidence, cueText, negative, cueStart);
                }
                if (!aim && (subject.type() == Subject.Type.EMPTY || needFor) && !named.isEmpty() && !ctx.participants.containsAll(named)
                        && !named.contains(ctx.speakerSide()) && named.stream().noneMatch(g -> speakerIn(g, ctx))) {
                    return demand(cue, named, confidence * 0.8, cueText, cueStart); // "the need for Israelis and Palestinians to ..."
                }
                if (subject.type() == Subject.Type.SELF && ctx.speakerSide() != null && !subject.actors().contains(ctx.speakerSide())
                        && subject.actors().stream().noneMatch(this::isGroup) && !STATE_AFTER_MODAL.find(lower.substring(cueStart,
                        Math.min(lower.length(), cueStart + 40)))) {
                    // "The US should stop smearing China", in a Chinese release: a side of the talks, but not the speaking
                    // one, is called on (the issue's "X should respect our core interests": a demand)
                    return demand(cue, subject.actors(), confidence * 0.9, cueText, cueStart);
                }
                if (subject.type() == Subject.Type.JOINT && subject.actors().size() == 1 && ctx.speakerSide() != null
                        && isGroup(subject.actors().iterator().next()) && !subject.actors().contains(ctx.speakerSide())
                        && !speakerIn(subject.actors().iterator().next(), ctx)
                        && !STATE_AFTER_MODAL.find(lower.substring(cueStart, Math.min(lower.length(), cueStart + 40)))) {
                    // "the EU should correct its wrong practices", in a Chinese release: a group the speaking side is not in,
                    // called on as one (a group's own "should", or a member's, is a call that includes the speaker)
                    return demand(cue, subject.actors(), confidence * 0.9, cueText, cueStart);
                }
                if ("need-for".equals(cue.rule()) && subject.type() == Subject.Type.NON_ACTOR && subject.actors().isEmpty() && named.isEmpty()) {
                    // "At the end of the meeting, the need to continue consultations ... was emphasized": what comes before a
                    // noun of need is no one it calls on, and it names no one after it either: no one's in particular
                    subject = new Subject(Subject.Type.EMPTY, Set.of());
                }
                return switch (subject.type()) {
                    case JOINT -> candidate(cue, subject, Set.of(), confidence, cueText, negative, cueStart);
                    case SELF -> candidate(cue, subject, Set.of(), confidence * 0.9, cueText, negative, cueStart);
                    case EMPTY -> candidate(cue, new Subject(Subject.Type.JOINT, jointSides(ctx)), Set.of(), confidence * 0.8, cueText,
                            negative, cueStart);
                    case THIRD, NON_ACTOR -> demand(cue, subject.actors(), confidence * 0.8, cueText, cueStart);
                };
            }
            case CALL_FOR -> {
                String object = lower.substring(m.end(), Math.min(lower.length(), m.end() + 100));
                if (COOPERATIVE.find(object) || SHARED_EFFORT.find(object)) {
                    return jointAppeal(cue.rule(), ctx, confidence, cueText, negative, cueStart);
                }
                return demand(cue, addressees(sentence, mentions, m.end(), lower.length(), ctx), confidence * 0.85, cueText, cueStart);
            }
            case CALL_ON -> {
                int to = ASK_FOR.equals(cue.rule()) ? -1 : lower.indexOf(" to ", m.end());
                // The addressees end where what they are called on to do begins, within 80 characters; or later after a list
                // of short items ("calling on world leaders, members of civil society, ..., and the private sector to make
                // new commitments")
                if (to >= 0 && to - m.end() > 80 && !(to - m.end() <= 240 && isEnumeration(lower, m.end(), to))) {
                    to = -1;
                }
                if (to < 0 && cueText.toLowerCase(Locale.ROOT).contains("call")) {
                    // "called on the President of Egypt", "paid a courtesy call on the Minister": a visit, not a call to act
                    return veto(ctx, cue, "courtesy-call");
                }
                int end = to < 0 ? Math.min(lower.length(), m.end() + 60) : to;
                if (ASK_FOR.equals(cue.rule())) {
                    end = helpAskedOf(lower, m.end(), end);
                }
                String addressee = lower.substring(m.end(), end);
                Set<String> named = addressees(sentence, mentions, m.end(), end, ctx); // the parties the call names
                if (ASK_FOR.equals(cue.rule()) && (named.isEmpty() || !OTHERS_HELP.find(addressee))) {
                    // "asked for Colombia's support", "requested the ROK side's interest and support": a request of another
                    // party's help is a call on it; without a party whose help it asks (a possessive or "of"/"from" a named
                    // party), nothing is asked of anyone here
                    return veto(ctx, cue, "ask-for");
                }
                if (cueText.toLowerCase(Locale.ROOT).startsWith("encourag") && (OWN_PEOPLE.find(addressee)
                        || (!ADDRESSABLE.find(addressee) && named.isEmpty()))) {
                    // encouraging one's own companies to invest is part of an offer, not a demand, and encouraging "the
                    // formation of networks" calls on no one; encouraging another government to act ("encouraged Brazil to
                    // follow up on its commitments") is a call on it
                    return veto(ctx, cue, "encourage");
                }
                Set<String> groups = new LinkedHashSet<>();
                named.stream().filter(this::isGroup).forEach(groups::add);
                // a group the speaking side is known not to belong to ("urged ASEAN to take action", from Washington) is called on
                groups.removeIf(g -> groupMembers.containsKey(g) && ctx.speakerSide() != null && !ctx.speakerSide().equals(g)
                        && !speakerIn(g, ctx));
                if (!groups.isEmpty() && !THIRD_PARTIES.find(addressee)) {
                    // "urged G20 members to ...": a call on a group the speaker belongs to includes the speaker
                    return new Candidate(StatementClass.APPEAL, "JOINT", groups, Set.of(), confidence * 0.9, cueText, "urge-own-group",
                            negative, cueStart);
                }
                boolean expects = cueText.toLowerCase(Locale.ROOT).startsWith("expect");
                if (JOINT_SUBJECT.find(addressee) && !THIRD_PARTIES.find(addressee) && BOTH.find(addressee)
                        && (jointSides(ctx).size() > 2 || expects) && ctx.speakerSide() != null) {
                    // a side does not "expect" itself to act: "the United States expects both sides to re-engage" is a mediator's
                    // "expects both sides to re-engage in the Dialogue", from a mediator between two other sides: the two are
                    // the others, the call is on them
                    Set<String> others = new LinkedHashSet<>(ctx.participants);
                    others.remove(ctx.speakerSide());
                    return demand(cue, others, confidence, cueText, cueStart);
                }
                if (JOINT_SUBJECT.find(addressee) && !THIRD_PARTIES.find(addressee)
                        && ctx.speakerSide() != null && ctx.participants.contains(ctx.speakerSide())) {
                    return jointAppeal("urge-both-sides", ctx, confidence, cueText, negative, cueStart);
                }
                if (COURTESY_ERRAND.find(lower.substring(end, Math.min(lower.length(), end + 80)))) {
                    // "asked foreign diplomatic envoys to convey sincere greetings from China to their leaders": a courtesy
                    // sent through them, no act asked of anyone
                    return veto(ctx, cue, "courtesy");
                }
                boolean ownStaff = OWN_STAFF.find(addressee.strip()) && named.isEmpty();
                if (WE.find(addressee) && !ownStaff) {
                    return veto(ctx, cue, "we-addressed");
                }
                if (EVERYONE.find(addressee) && named.isEmpty()) {
                    // "called upon everyone to redouble their efforts": the speaker among those called on
                    return jointAppeal("urge-community", ctx, confidence, cueText, negative, cueStart);
                }
                boolean community = WHOLE_COMMUNITY.find(addressee);
                if (community && !cueText.toLowerCase(Locale.ROOT).startsWith("demand")
                        && !JOIN_THE_SPEAKER.find(lower.substring(end, Math.min(lower.length(), end + 40)))) {
                    // "called on the international community to intensify efforts", "urged the international community to remain
                    // engaged": a call the speaker addresses to the others, as "all parties" (EXTRACTION.md section 2: an addressee
                    // not among the speakers). The speaker is among those called on when it asks them to join it ("to join us in
                    // condemning"), when a thing "demands a response from the international community", or when the community
                    // "must" act (above): appeals
                    return demand(cue, named, confidence, cueText, cueStart);
                }
                // the community asked to join the speaker, or a response it is "demanded" of: the speaker among it
                if (community || (named.isEmpty() && SHARED_EFFORT.find(addressee))) {
                    return jointAppeal("urge-community", ctx, confidence, cueText, negative, cueStart);
                }
                if (ownStaff || ownOfficialAddressed(sentence, mentions, m.end(), end, ctx)) {
                    // "has asked Secretary of State Blinken to visit the region": the speaking side sends its own official, an
                    // undertaking of its own, not a call on another party
                    Subject own = defaultSide(ctx);
                    return new Candidate(StatementClass.PLEDGE, own.type() == Subject.Type.JOINT ? "JOINT" : "SELF", own.actors(), Set.of(),
                            confidence * 0.9, cueText, "ask-own-official", negative, cueStart);
                }
                if (named.isEmpty() && COOPERATIVE.find(addressee) && !THIRD_PARTIES.find(addressee)) {
                    // "requested cooperation to improve ...", "urged closer coordination": no party is called on, cooperation is
                    return jointAppeal("urge-cooperation", ctx, confidence, cueText, negative, cueStart);
                }
                if (named.size() >= 2 && ctx.speakerSide() != null && named.contains(ctx.speakerSide()) && !THIRD_PARTIES.find(addressee)) {
                    // "Xi called on China and the United States to manage their differences": a call that includes the
                    // speaking side is an appeal of the sides it names
                    return new Candidate(StatementClass.APPEAL, "JOINT", named, Set.of(), confidence, cueText, "urge-including-self", negative,
                            cueStart);
                }
                return demand(cue, named, confidence, cueText, cueStart);
            }
            default -> {
                return veto(ctx, cue, "other");
            }
        }
    }

    /**
     * Whether a held-noun cue opens a participial clause after a comma ("commended the relations between the UAE and Canada,
     * noting both sides' keenness to boost them"): when its noun is the speakers' own ({@link #ownHolder}), a stance of theirs
     * of its own, which the report before the comma does not govern (as it does "thanked Spain, noting its commitment to ...").
     */
    private static boolean participleAfterComma(String lower, int cueStart, Matcher m, StatementCue cue) {
        return HELD_NOUN_RULES.contains(cue.rule()) && cueStart >= 2 && lower.startsWith(", ", cueStart - 2)
                && ING_WORD.matcher(lower).region(cueStart, m.end()).lookingAt();
    }

    /** Whether a held noun's holder is the speakers': the sides together, or the speaking side. */
    private static boolean ownHolder(Subject holder, ReleaseContext ctx) {
        return holder != null && (holder.type() == Subject.Type.JOINT || holder.actors().equals(Set.of(String.valueOf(ctx.speakerSide()))));
    }

    /** A word ending in "-ing": the verb of a participial clause. */
    private static final Pattern ING_WORD = Pattern.compile("[a-z]+ing\\b");

    /**
     * The actor that holds the noun of a cue ("the EU's wish to", "the United States' continued readiness to"): the
     * possessive between the cue's verb and its noun, resolved like a subject; null when there is none or it names no actor.
     */
    private Subject possessor(String lower, int cueStart, int cueEnd, Sentence sentence, List<Mention> mentions, ReleaseContext ctx) {
        Matcher pm = POSSESSIVE.matcher(lower).region(cueStart, cueEnd);
        int verbEnd = lower.indexOf(' ', cueStart);
        if (verbEnd >= 0 && verbEnd < cueEnd) {
            Matcher our = OUR.matcher(lower).region(verbEnd, cueEnd);
            if (our.lookingAt()) {
                // "reflects our commitment", "demonstrates our support": the speaker's (or, in a joint text, the sides');
                // "our shared commitment": the sides'
                if (SHARED.matcher(lower).region(our.end(1), cueEnd).lookingAt() && jointSides(ctx).size() >= 2) {
                    return new Subject(Subject.Type.JOINT, jointSides(ctx));
                }
                return resolveSubject("our", our.start(1), our.end(1), sentence, mentions, ctx);
            }
        }
        if (!pm.find() || verbEnd < 0 || verbEnd >= pm.start()) {
            // "reiterated the commitment of France to work with the African Union", "underscored the readiness of the United
            // States to engage": the holder named after the noun, read as a subject would be
            Matcher of = OF_HOLDER.matcher(lower).region(cueEnd, lower.length());
            if (!of.lookingAt()) {
                return null;
            }
            Subject holder = resolveSubject(of.group(1), of.start(1), of.end(1), sentence, mentions, ctx);
            return holder.actors().isEmpty() || holder.type() == Subject.Type.NON_ACTOR || holder.type() == Subject.Type.EMPTY
                    || (!mentionIn(sentence, mentions, of.start(1), of.end(1), x -> true) && !(holder.type() == Subject.Type.JOINT
                    && JOINT_SUBJECT.find(of.group(1)))) ? null : holder; // "of both countries": the sides, no name needed
        }
        // read like a subject: "the EU's" (a group acts for its members), "the Department's" (a title of the speaking side);
        // after "of" when the verb's object comes first ("assured Minister Wang of Kazakhstan's support": Kazakhstan's)
        int of = lower.lastIndexOf(" of ", pm.start());
        int from = of > verbEnd ? of + 4 : verbEnd;
        Subject holder = resolveSubject(lower.substring(from, pm.end()), from, pm.end(), sentence, mentions, ctx);
        return holder.actors().isEmpty() || holder.type() == Subject.Type.NON_ACTOR || holder.type() == Subject.Type.EMPTY ? null : holder;
    }

    /**
     * Whether the verb a cue governs ("will ___", "want to ___") runs the talk in which it is said rather than undertakes
     * anything: its verb is the cue's last word, or the word after it when the cue ends with "to".
     */
    private static boolean isDiscourseAct(String lower, Matcher cue) {
        int end = cue.end();
        int verb = lower.lastIndexOf(' ', end - 1) + 1;
        String last = lower.substring(verb, end);
        if (last.equals("to") || last.isBlank()) {
            verb = end;
            while (verb < lower.length() && lower.charAt(verb) == ' ') {
                verb++;
            }
        }
        if (verb >= lower.length()) {
            return false;
        }
        String rest = lower.substring(verb, Math.min(lower.length(), verb + 60));
        // the pattern only for a verb it can start with (after "just", "now", "continue to", ...): it is asked for every
        // undertaking a cue reads
        int at = 0;
        String word;
        do {
            int from = at;
            while (at < rest.length() && Character.isLetter(rest.charAt(at))) {
                at++;
            }
            word = rest.substring(from, at);
            while (at < rest.length() && rest.charAt(at) == ' ') {
                at++;
            }
        } while (DISCOURSE_ADVERBS.contains(word) && at < rest.length());
        return DISCOURSE_VERBS.contains(word) && DISCOURSE_ACT.find(rest);
    }

    /** The words {@link #DISCOURSE_ACT} lets stand before its verb. */
    private static final Set<String> DISCOURSE_ADVERBS = WordSet.of("just", "now", "then", "briefly", "also", "quickly", "first", "again",
            "simply", "continue", "to");
    /** The verbs {@link #DISCOURSE_ACT} starts with. */
    private static final Set<String> DISCOURSE_VERBS = WordSet.of("start", "begin", "kick", "open", "go", "take", "add", "say", "turn",
            "leave", "stop", "wrap", "close", "conclude", "follow", "clarify", "answer", "repeat", "be", "get", "check", "refer", "point",
            "defer", "let", "tell", "resume", "give", "underscore", "reiterate", "stress", "emphasize", "emphasise", "note", "have", "do",
            "restate", "hold", "brief", "call");

    /**
     * Acts that run a briefing, a call or a speech: opening, giving the floor, taking questions, adding, saying, clarifying,
     * closing. Only with what makes them so ("take a question", "go to the line of", "start with"): "take action", "go
     * to Kyiv", "start talks" are undertakings.
     */
    private static final AnchoredPattern DISCOURSE_ACT = AnchoredPattern.compile("^(?:(?:just|now|then|briefly|also|quickly|first|again|simply)\\s+|continue\\s+to\\s+)*(?:"
            + "(?:start|begin|kick\\s+(?:it\\s+)?off|open)\\s+(?:it\\s+)?(?:off\\s+)?(?:with|by)\\b"
            + "|go\\s+(?:through\\s+|over\\s+)?(?:what|how)\\b|go\\s+(?:next\\s+)?to\\s+(?:the\\s+line\\s+of\\b|[a-z]+[,.]?$|[a-z]+\\s+(?:[a-z]+\\s+)?(?:of|from|with|at)\\s+(?:the\\s+)?(?:ap|afp|reuters|bloomberg|cnn|cbs|nbc|abc|fox|bbc|npr|al\\s+jazeera|new\\s+york\\s+times|washington\\s+post|wall\\s+street\\s+journal)\\b)"
            + "|take\\s+(?:a\\s+|the\\s+|one\\s+|two\\s+|a\\s+few\\s+|a\\s+couple\\s+(?:of\\s+)?|our\\s+|your\\s+|some\\s+)?(?:\\w+\\s+)?(?:questions?|few|couple)\\b"
            + "|add\\s+(?:that|one|just|a\\s+(?:couple|few|word|little)|something|to\\s+that|on\\s+to)\\b"
            + "|say\\s+(?:that|a\\s+(?:few|couple|word)|one\\s+thing|something|this|a\\s+little|more|again|just)\\b"
            + "|turn\\s+(?:it\\s+)?over\\s+to\\b|turn\\s+(?:now\\s+)?to\\s+(?:your|the\\s+questions|questions)\\b|open\\s+(?:it|things)\\s+up\\b|open\\s+up\\s+(?:the\\s+floor|(?:to|for)\\s+(?:your\\s+|some\\s+|a\\s+few\\s+)?questions)\\b"
            + "|leave\\s+it\\s+(?:there|at\\s+that)|stop\\s+there|wrap\\s+(?:it\\s+)?up\\b|close\\s+(?:with|by|out)\\b|conclude\\s+(?:with|by)\\b"
            + "|follow\\s+up\\s+(?:on|with)\\s+(?:that|your|my|the\\s+question|what|his|her)\\b|clarify\\b|answer\\s+(?:your|that|the|a|this)\\b|repeat\\b"
            + "|be\\s+(?:brief|quick)\\b|get\\s+back\\s+to\\s+you\\b|check\\s+(?:on\\s+that|and\\s+get\\s+back)\\b|take\\s+a\\s+moment\\b"
            + "|refer\\s+you\\b|point\\s+you\\b|defer\\s+to\\b|let\\s+(?:\\w+\\s+)?(?:speak|answer|take)\\b"
            // saying, telling, answering: the words themselves, not an act they undertake
            + "|say\\b|tell\\s+(?:you|them|him|her|reporters)\\b|answer\\b|resume\\s+(?:taking\\s+)?(?:your\\s+|the\\s+|our\\s+)?(?:questions|briefing|call|conversation)\\b|give\\s+it\\s+a\\b|leave\\s+(?:it|that|this|those)\\s+to\\b"
            + "|(?:underscore|reiterate|stress|emphasi[sz]e|note|point\\s+out)\\s+(?:again\\s+|now\\s+)?,?\\s*(?:that|what)\\b"
            + "|have\\s+(?:more|further|additional|a\\s+bit\\s+more|an?\\s+update|updates|details|something)\\s+(?:\\w+\\s+)?(?:to\\s+(?:say|share|announce|offer)|on\\s+(?:that|this)|for\\s+you|in\\s+the\\s+(?:coming|days)|soon|later|shortly)\\b"
            + "|do\\s+(?:one|two|a\\s+couple)\\s+more\\b|take\\s+(?:that|this|it)\\s+(?:one\\s+)?back\\b|get\\s+back\\s+to\\s+(?:you|them)\\b"
            // "So I'll take that.", "I'll have each of them say a few words": the speaker running the exchange
            + "|take\\s+(?:that|this)\\s*[.?!]?$|have\\s+(?:each|both|all)\\s+of\\s+(?:them|you)\\b"
            + "|get\\s+to\\s+(?:that|this|it|your|those)\\b|restate\\b|let\\s+(?:the|that|this|those|his|her|their)\\s+\\w+\\s+speak\\b"
            // a press briefing or conference: the talk about the talks, NONE as the spec has it (section 2)
            + "|(?:give|hold)\\s+(?:a\\s+|the\\s+|its\\s+|his\\s+|her\\s+)?(?:\\w+\\s+)?(?:press|news|media)\\s+(?:briefing|conference)s?\\b"
            + "|brief\\s+(?:the\\s+)?(?:press|media|reporters|journalists)\\b"
            // "I'll call on Lara – excuse me, Lara Jakes with The New York Times", "we will call on you from there": giving the floor
            + "|call\\s+on\\s+(?:you\\b|someone\\b|somebody\\b|the\\s+next\\b|\\S+\\s+[\\u2013\\u2014-]|\\S+(?:\\s+\\S+)?\\s+(?:with|from|at)\\s+(?:the\\s+)?[a-z]))");

    private static Candidate veto(ReleaseContext ctx, StatementCue cue, String reason) {
        ctx.evidence.add("veto=" + cue.rule() + "/" + reason);
        ctx.evidence.add("veto.reason=" + reason);
        return null;
    }

    private static Candidate candidate(StatementCue cue, Subject subject, Set<String> addressees, double confidence, String cueText,
                                       boolean negative, int position) {
        String scope = subject.type() == Subject.Type.JOINT ? "JOINT" : "SELF";
        return new Candidate(cue.statementClass(), scope, subject.actors(), addressees, confidence, cueText, cue.rule(), negative, position);
    }

    /**
     * A call on another party with the side that makes it (EXTRACTION.md section 7: "for DEMAND, committers are the side that
     * makes the call"): the sentence's subject when it is a side of the release or both ("They agreed the war must come to
     * an end"), otherwise the side the sentence speaks for.
     */
    private Candidate withCaller(Candidate demand, String lower, Sentence sentence, List<Mention> mentions, ReleaseContext ctx) {
        int[] span = subjectSpan(lower, 0, Math.min(lower.length(), Math.max(0, demand.position())));
        Subject subject = resolveSubject(lower.substring(span[0], span[1]), span[0], span[1], sentence, mentions, ctx);
        Subject caller = subject.type() == Subject.Type.JOINT || (subject.type() == Subject.Type.SELF && !subject.actors().isEmpty())
                ? subject : defaultSide(ctx);
        Set<String> committers = new LinkedHashSet<>(caller.actors());
        committers.removeAll(demand.addressees());
        if (committers.isEmpty()) {
            // the subject is the addressee ("ASEAN has to engage on this"): the caller is the speaking side
            caller = defaultSide(ctx);
            committers.addAll(caller.actors());
        }
        return new Candidate(demand.cls(), caller.type() == Subject.Type.JOINT ? "JOINT" : "SELF", committers, demand.addressees(),
                demand.confidence(), demand.cue(), demand.rule(), demand.negative(), demand.position());
    }

    /** A call that includes every side of the talks (an appeal, JOINT), under the rule name {@code rule}. */
    private static Candidate jointAppeal(String rule, ReleaseContext ctx, double confidence, String cueText, boolean negative, int position) {
        return new Candidate(StatementClass.APPEAL, "JOINT", jointSides(ctx), Set.of(), confidence, cueText, rule, negative, position);
    }

    /** The rule name of a cue's call read as a demand: the cue's rule and this suffix ("should-demand"). */
    private static final String DEMAND_RULE = "-demand";
    /** The rule of a hope for another party's act ("He hoped China will continue offering vaccines"), read as a demand. */
    static final String HOPE_FOR_A_PARTY = "hope-that" + DEMAND_RULE;

    /**
     * An announced engagement: a side's future travel, visit, meeting, talks, attendance or signing ("will pay a working visit
     * to Russia on September 10-12", "will also hold the 2nd High-Level Dialogue", "will witness the signing of several key
     * agreements", "will ink the Plan of Action"), which EXTRACTION.md section 2 makes a PLEDGE of the traveller's side.
     */
    private static final AnchoredPattern ANNOUNCED_ENGAGEMENT = AnchoredPattern.compile(
            "\\b(?:will|shall)\\s+(?:also\\s+|then\\s+|further\\s+|jointly\\s+|first\\s+|both\\s+|together\\s+)*(?:travel\\s+to\\b"
            + "|visit\\b|(?:pay|make|undertake|conduct)\\s+(?:a|an|his|her|their|its)\\s+(?:[\\w-]+\\s+){0,3}?(?:visits?|trip|tour)\\b"
            + "|be\\s+(?:making|paying|undertaking)\\s+(?:a|an|his|her|their|its)\\s+(?:[\\w-]+\\s+){0,3}?(?:visits?|trip|tour)\\b"
            + "|be\\s+on\\s+(?:a|an|his|her|their|its)\\s+(?:[\\w-]+\\s+){0,3}?(?:visits?|trip|tour)\\b"
            + "|be\\s+(?:visiting|travell?ing\\s+to|attending|hosting|co-hosting|co-chairing|chairing|leading\\s+(?:a|the|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?delegation)\\b"
            + "|depart\\s+for\\b|arrive\\s+in\\b|deliver\\s+(?:a|an|the|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:address|speech|remarks|statement|lecture)\\b"
            + "|address\\s+the\\s+(?:[\\w-]+\\s+){0,4}?(?:assembly|parliament|congress|summit|conference|forum|session|council)\\b|meet\\b|hold\\s+(?:[\\w-]+\\s+){0,5}?(?:talks|meetings?"
            + "|consultations|dialogue|summit|session|conference|forum)\\b|attend\\b|host\\b|co-host\\b|participate\\s+in\\b|take\\s+part\\s+in\\b"
            + "|lead\\s+(?:a|the|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?delegation\\b|sign\\b|ink\\b|co-chair\\b|chair\\b|convene\\b"
            + "|witness\\s+the\\s+signing\\b)");

    /** What the sides hold together: talks, a summit, a visit (not a body's meeting or session). */
    private static final AnchoredPattern BILATERAL_ENGAGEMENT = AnchoredPattern.compile(
            "^(?:the\\s+)?(?:\\S+\\s+){0,3}?(?:talks|consultations|summit|dialogue|negotiations|visit)\\b");

    /** A schedule told in the past tense ("was scheduled to", "were set to"): news of a coming engagement, or of a plan that failed. */
    private static final AnchoredPattern PAST_SCHEDULE = AnchoredPattern.compile("\\b(?:was|were)\\s+(?:also\\s+)?(?:scheduled|set|slated|due|preparing)\\b");
    /** What says a plan did not hold: put off, called off, overtaken, or set for a day already past. */
    private static final AnchoredPattern FRUSTRATED_PLAN = AnchoredPattern.compile("\\b(?:originally|postponed|cancel(?:l)?ed|called\\s+off|"
            + "disrupted|delayed|had\\s+to\\s+be|but\\s+(?:was|were|had|it|he|she|they|the)|last\\s+(?:week|month|year|monday|tuesday|wednesday|"
            + "thursday|friday|saturday|sunday)|the\\s+other\\s+(?:day|week))\\b");
    /** The cues that announce a meeting, a signing or a schedule by themselves (statement_cues.csv). */
    private static final Set<String> SCHEDULE_RULES = Set.of("meeting-will-be-held", "will-be-signed", "scheduled-to");

    /**
     * Whether the rules' pledge of a sentence ({@code rule}, in the sentence's lower-case reading {@code lower},
     * {@link SentenceTriggers.Reading#lower()}) announces an engagement of a side: found by the "will" cue where
     * {@link #ANNOUNCED_ENGAGEMENT} stands, or by a cue of a schedule ({@link #SCHEDULE_RULES}). The spec decides those, where
     * the labelled releases, nearly all of the speaking side's own schedule, taught the model to doubt another side's
     * ("Mongolian Foreign Minister ... will pay a working visit to Russia", in a Russian release).
     */
    static boolean announcesEngagement(Statement rule, String lower) {
        if (rule.statementClass() != StatementClass.PLEDGE || rule.committers().isEmpty() || rule.cue() == null) {
            return false;
        }
        if (SCHEDULE_RULES.contains(rule.rule())) {
            // "talks will take place between the two foreign ministers", "are scheduled to meet": the cue says it; a meeting
            // of a committee announced with its hours and dial-in ("The meeting will take place from 1:00 p.m. ... via a Zoom
            // platform") is a public notice of a body's own session, which the labelled releases call no statement
            return !"meeting-will-be-held".equals(rule.rule()) || BILATERAL_ENGAGEMENT.find(rule.cue().toLowerCase(Locale.ROOT));
        }
        if (!"will-act".equals(rule.rule())) {
            return false;
        }
        String cue = rule.cue().toLowerCase(Locale.ROOT);
        AnchoredPattern.Matches m = ANNOUNCED_ENGAGEMENT.matcher(lower);
        while (m.find()) {
            String found = m.group();
            if (found.startsWith(cue) || cue.startsWith(found)) {
                return true;
            }
        }
        return false;
    }

    private static Candidate demand(StatementCue cue, Set<String> addressees, double confidence, String cueText, int position) {
        return new Candidate(StatementClass.DEMAND, null, Set.of(), addressees, confidence, cueText, cue.rule() + DEMAND_RULE, false, position);
    }

    private static Subject defaultSide(ReleaseContext ctx) {
        if (ctx.weSides != null) {
            return new Subject(Subject.Type.JOINT, ctx.weSides); // a joint text's voice, once it has said who "we" are
        }
        if (ctx.jointStatement) {
            return new Subject(Subject.Type.JOINT, jointSides(ctx));
        }
        String side = ctx.speakerSide();
        return new Subject(Subject.Type.SELF, side == null ? Set.of() : Set.of(side));
    }

    /**
     * An appeal is a call that includes the speaking side (EXTRACTION.md section 2): its committers are all sides of the
     * release, its scope JOINT, even when the sentence names only its speaker ("The President emphasized the need to
     * ..."). The labelled releases code 56 of 59 appeals so.
     */
    Regions regions() {
        return regions;
    }

    Statement appealOfAllSides(Statement s, ReleaseContext ctx) {
        if (s.statementClass() != StatementClass.APPEAL || ("JOINT".equals(s.scope()) && s.committers().size() >= 2)) {
            return s;
        }
        Set<String> sides = new LinkedHashSet<>(s.committers());
        sides.addAll(jointSides(ctx));
        if (sides.size() < 2) {
            return s;
        }
        return new Statement(s.statementClass(), s.polarity(), "JOINT", List.copyOf(sides), s.counterparts().stream()
                .filter(c -> !sides.contains(c)).toList(), s.topics(), s.speaker(), s.speakerActorKey(), s.confidence(), s.cue(), s.rule());
    }

    /**
     * A subject that is a pair of the sides ("the two sides", "both ministers", "the two envoys"): read as the meeting's two
     * where a release has more sides ({@link ReleaseContext#localPair}).
     */
    private static final AnchoredPattern A_PAIR = AnchoredPattern.compile("(?:^|[,\\s])(?:the\\s+two(?:\\s+\\w+)?|both(?:\\s+\\w+)?)$");

    /** A subject of two sides named by number: "the two countries", "both nations", "the two sides". */
    private static final AnchoredPattern TWO_SIDES = AnchoredPattern.compile(
            "\\b(?:the\\s+two|both)\\s+(?:sides|countries|nations|governments|states|peoples)\\b");

    /**
     * The countries (and, with {@code organizations}, the organizations) resolved among the mentions of a span of the sentence
     * ({@code [from, to)}, relative to its start), distinct, in order.
     */
    private static Set<String> sidesNamedIn(Sentence sentence, List<Mention> mentions, int from, int to, boolean organizations) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : mentions) {
            int rel = m.start() - sentence.start();
            if (m.sentenceNo() == sentence.index() && rel >= from && rel < to && m.resolved()
                    && (m.kind() == MentionKind.COUNTRY || (organizations && m.kind() == MentionKind.ORGANIZATION))) {
                out.add(m.normalized());
            }
        }
        return out;
    }

    /** The distinct countries the sentence names before {@code before} (relative to its start). */
    static Set<String> countriesBefore(Sentence sentence, List<Mention> mentions, int before) {
        return sidesNamedIn(sentence, mentions, Integer.MIN_VALUE, before, false);
    }

    /**
     * "Both sides agreed to boost bilateral trade", "the two ministers agreed" in a release on one side's meetings with several
     * others: the two of the meeting the text is telling ({@link ReleaseContext#localPair}), not every side of the release.
     */
    private static Set<String> pairOfTheMeeting(Set<String> sides, String subject, int subjectStart, ReleaseContext ctx) {
        if (sides.size() <= 2 || ctx.weSides != null || ctx.jointStatement
                || !(A_PAIR.find(subject) || ("they".equals(subject) && ctx.previousOpensWithPair()))) {
            return sides;
        }
        Set<String> pair = ctx.localPair(sides, subjectStart);
        return pair == null ? sides : new LinkedHashSet<>(pair);
    }

    /**
     * Whether a scheduled event ("... will be held", "... will take place") is an engagement of the sides, not an event's
     * schedule that is nobody's undertaking ("The 17th G20 Summit will be hosted in Bali", "more than 50 sessions will be
     * held"): one they agreed on ("agreed that a meeting will be held"), one of their own formats ("the next round of the
     * bilateral consultations"), or one a side hosts or attends ("will be held under the auspices of President ...").
     */
    private static boolean engagementOfTheSides(String lower, int clauseStart, int cueStart, int cueEnd, Sentence sentence,
                                                List<Mention> mentions, ReleaseContext ctx) {
        if (SCHEDULE_AGREED.find(lower.substring(0, cueStart))
                || SIDES_FORMAT.find(lower.substring(Math.max(clauseStart, cueStart - 40), cueEnd))) {
            return true;
        }
        int after = Math.min(lower.length(), cueEnd + 120);
        Set<String> named = new LinkedHashSet<>(sidesNamedIn(sentence, mentions, cueStart, after, true));
        named.addAll(personCountries(sentence, mentions, cueStart, after));
        return named.contains(ctx.speakerSide()) || named.stream().anyMatch(ctx.participants::contains);
    }

    private static Set<String> jointSides(ReleaseContext ctx) {
        if (ctx.weSides != null) {
            return new LinkedHashSet<>(ctx.weSides);
        }
        Set<String> sides = new LinkedHashSet<>();
        if (ctx.speakerSide() != null) {
            sides.add(ctx.speakerSide());
        }
        sides.addAll(ctx.participants);
        return sides;
    }

    private static int clauseStart(String lower, int cueStart) {
        int from = Math.max(0, cueStart - 200);
        // transparent bounds: the lookahead of "and (both sides) agreed" looks at the cue itself
        AnchoredPattern.Matches b = CLAUSE_BOUNDARY.matcher(lower, from, cueStart);
        int start = 0;
        while (b.find()) {
            start = b.end();
        }
        // tried only where "and" starts (an anchored pattern), with transparent bounds: the lookahead reads the cue itself
        AnchoredPattern.Matches office = COORDINATED_OFFICE.matcher(lower, Math.max(start, from), cueStart);
        while (office.find()) {
            if (wordsBefore(lower, office.start()) >= 6) {
                start = office.end();
            }
        }
        return start;
    }

    /**
     * "... the people in Gaza and the Prime Minister confirmed UK support": a clause coordinated by "and" with an office
     * holder of its own, whose undertaking a call before it does not govern. Only after six words or more: "President
     * Biden and the Crown Prince agreed" is one subject.
     */
    private static final AnchoredPattern COORDINATED_OFFICE = AnchoredPattern.compile("\\band\\s+(?=the\\s+(?:\\w+\\s+){0,2}?(?:minister|president|"
            + "secretary|chancellor|premier|leaders|ministers|king|emir|sultan|prince|government)\\s+(?:also\\s+)?" + CLAUSE_VERBS + "\\b)");

    /** Whether {@code lower[from, to)} reads as a list of short items: three or more commas, none of its items longer than 60 characters. */
    private static boolean isEnumeration(String lower, int from, int to) {
        int commas = 0;
        int last = from;
        for (int i = from; i < to; i++) {
            if (lower.charAt(i) == ',') {
                if (i - last > 60) {
                    return false;
                }
                commas++;
                last = i;
            }
        }
        return commas >= 3 && to - last <= 60;
    }

    private static int wordsBefore(String lower, int at) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < at; i++) {
            boolean letter = Character.isLetterOrDigit(lower.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /** The sides together opening a hoped-for clause ("that both sides deepen ..."). */
    private static final Pattern HOPED_SIDES = Pattern.compile("\\s*(?:both|the\\s+two)\\s+(?:sides|countries|nations|parties|governments|leaders)\\b");

    /** Whether a person's mention names them ("Antony J. Blinken", "Li Zhanshu"), not a title alone ("the Foreign Minister"). */
    private static boolean namedInSurface(Mention person) {
        String name = person.normalized();
        if (name == null || name.isBlank()) {
            return false;
        }
        String last = name.substring(name.lastIndexOf(' ') + 1);
        String first = name.indexOf(' ') < 0 ? name : name.substring(0, name.indexOf(' '));
        return person.surface().contains(last) || person.surface().contains(first);
    }

    /** A phrase that puts an object first and ends with the subject pronoun: "this position we", "these goals they". */
    private static final Pattern FRONTED_OBJECT_THEN_PRONOUN = Pattern.compile("(?:this|that|these|those)\\s+(?:\\w+\\s+){1,3}?(we|they)");

    /** "we" followed by its predicate, not by more subject ("we and our partners", "we, the leaders"). */
    private static final Pattern WE_THEN_PREDICATE = Pattern.compile("(we)\\s+(?!and\\b|or\\b|all\\b|both\\b|together\\b)[a-z]");
    /** A subject of the speaker and another: "X and I", "he and X", "X and he". */
    private static final AnchoredPattern SPEAKER_AND_OTHER = AnchoredPattern.compile(
            "\\band\\s+(?:i|he|she)(?:\\s+(?:have|has|had|both|also|jointly|together|then))*$|^(?:he|she|i)\\s+and\\b");
    /** Parties hoped to act that are no side of the talks: "(we hope) relevant parties will ...", "the parties concerned". */
    private static final AnchoredPattern HOPED_PARTIES = AnchoredPattern.compile(
            "\\b(?:relevant|concerned|all|the|other|certain|some)\\s+(?:\\w+\\s+)?(?:parties|party|countries|sides|forces|actors)\\b");

    /** A modal that ends the subject of a hoped-for clause ("that the first ships would be able to ..."). */
    private static final Pattern HOPED_MODAL = Pattern.compile("\\b(?:would|could|can|should|might|may|must)\\b");

    /** A modal of obligation in a clause before any comma: what a call says its subject is to do. */
    private static final Pattern OBLIGATION_MODAL = Pattern.compile(
            "[^,;:]*?(?<!\\bthe\\s|\\ba\\s)\\b(should|must|need\\s+to|needs\\s+to|have\\s+to|has\\s+to|ought\\s+to)\\b"
            + "(?!\\s+(?:tell|say|admit|confess|note|add)\\b)");

    private static final Pattern THAT_CLAUSE = Pattern.compile("\\bthat\\s");

    /**
     * Whether the sentence's first clause, before {@code clauseStart}, is a call: its predicate opens with a modal of
     * obligation, the first verb of the sentence ("The two sides should strengthen cooperation, and ..."; not "underscored the
     * need to ...", "We reaffirm that all parties must ...", nor "I must tell you").
     */
    private static boolean callGovernsCoordinatedVerb(String lower, int clauseStart) {
        Matcher m = OBLIGATION_MODAL.matcher(lower).region(0, clauseStart);
        // a modal inside a complement ("made clear that the Palestinian people must ...") is the complement's, whatever verb
        // the verb finder knows before it
        return m.lookingAt() && FirstVerb.in(lower, 0, m.start(1)) < 0 && !THAT_CLAUSE.matcher(lower).region(0, m.start(1)).find();
    }

    /** An adjunct of company between commas: "together with X", "along with X", "accompanied by X", "joined by X". */
    private static final Pattern WITH_ADJUNCT = Pattern.compile("(?:together\\s+with|along\\s+with|accompanied\\s+by|joined\\s+by|with)\\s");

    /** Whether {@code text[from, to)} holds only white space (no copy: read for every cue a sentence matches). */
    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A phrase that opens a sentence before its subject: "At the invitation of ...", "During the visit", "Upon arrival". */
    private static final Pattern INTRODUCTORY = Pattern.compile("(?:at|in|on|during|after|before|upon|following|under|amid|ahead\\s+of)\\s");
    /**
     * A role in apposition: ", as permanent members of the UN Security Council," or ", as a global pivotal state,"; not ", as of
     * December 6,", ", as well,", ", as we said," or ", as agreed,", which are adverbial.
     */
    private static final Pattern ROLE_APPOSITION = Pattern.compile(", (?:both\\s+|each\\s+|all\\s+)?as (?!(?:of|well|soon|long|far|such|usual|part|a\\s+result|i|we|he|she|they|it|you|this|that|these|those|there|in|at|on|for|to|with|per)\\b)(?![a-z]+ed\\b)");

    /**
     * The subject noun phrase of the clause {@code [from, to)}: after an introductory phrase ending in a
     * comma ("In Paris, the Assistant Secretary"), up to the first verb.
     */
    private static int[] subjectSpan(String lower, int from, int to) {
        int start = from;
        // the comma and its space both inside the clause (a clause cut right after a comma ends in ", ")
        int lastComma = to >= 2 ? lower.lastIndexOf(", ", to - 2) : -1;
        if (lastComma >= from && blank(lower, lastComma + 2, to)) {
            // "the two sides, as permanent members of the UN Security Council and major economies, should ...": a role in
            // apposition between the subject and its verb says what the subject is, not who it is; the subject ends before it
            int opening = lower.lastIndexOf(", ", lastComma - 1);
            // "Minister Ronald Lamola, along with a business delegation, will undertake ...": an adjunct of company, likewise
            if (opening > from && (ROLE_APPOSITION.matcher(lower).region(opening, lastComma).lookingAt()
                    || WITH_ADJUNCT.matcher(lower).region(opening + 2, lastComma).lookingAt())) {
                to = opening;
                lastComma = lower.lastIndexOf(", ", to - 2);
            } else {
                // "At the invitation of Premier Li Qiang, Robert Fico, prime minister of the Slovak Republic, will pay ...": a name
                // with its title in apposition is the subject; the phrase before them, opening with a preposition, is none of it
                int firstComma = lower.indexOf(", ", from);
                if (firstComma > from && firstComma < lastComma && INTRODUCTORY.matcher(lower).region(from, firstComma).lookingAt()) {
                    return new int[] {firstComma + 2, to};
                }
            }
        }
        if (lastComma >= from) {
            String rest = lower.substring(lastComma + 2, to).strip();
            // "The Prime Minister spoke to President al-Sisi this afternoon, to reiterate our commitment ...": an infinitive of
            // purpose has the sentence's subject
            // "Xi Jinping and his Russian counterpart, Vladimir Putin, met here Monday and agreed to ...": what follows the comma
            // opens with its verb, so the comma closed an apposition inside the subject, which starts before it
            boolean clause = !rest.isEmpty() && !rest.startsWith("and ") && !rest.startsWith("or ") && !rest.equals("to")
                    && !rest.equals("and") && !rest.equals("or") && !ADVERBIAL_ONLY.matcher(rest).matches()
                    && !COORDINATED_ADJUNCT.matcher(rest).matches()
                    // "viewed the meeting as \"in-depth, pragmatic and constructive,\" and agreed to": the comma was the quotation's
                    && !QUOTE_THEN_AND.matcher(rest).find();
            // the verb finder only for a clause that could start after the comma: it runs for every cue a sentence matches
            boolean verbFirst = clause && FirstVerb.in(lower, lastComma + 2, to) == lastComma + 2;
            if (clause && !verbFirst) {
                start = lastComma + 2;
            } else if (verbFirst) {
                // "Deputy Secretary Sherman, together with Ms. Tsikhanouskaya, called for ...": an adjunct between the commas
                // names who took part, not who speaks; the subject ends before it
                int previousComma = lower.lastIndexOf(", ", lastComma - 1);
                if (previousComma >= from && WITH_ADJUNCT.matcher(lower).region(previousComma + 2, lastComma).lookingAt()) {
                    int verb = FirstVerb.in(lower, from, previousComma);
                    return new int[] {from, verb < 0 ? previousComma : Math.max(from, verb)};
                }
            }
        }
        int verb = FirstVerb.in(lower, start, to);
        int end = verb < 0 ? to : verb;
        return new int[] {start, Math.max(start, end)};
    }

    /**
     * The subject of the clause a speaker says, when the cue is its verb: "Xi said China and Sri Lanka should strengthen
     * ...", "Wang said the two sides should ...". Taken only when it names the sides together or the speaker's own side:
     * another party named there ("Blinken said Russia's disregard for law must be met with unity") is what is spoken of,
     * and the speaker's call stays the speaker's.
     */
    private Subject reportedSubject(String lower, int verbStart, int cueStart, Subject speaker, Sentence sentence, List<Mention> mentions,
                                    ReleaseContext ctx) {
        Matcher issued = ISSUED_TEXT.matcher(lower).region(verbStart, cueStart);
        if (issued.lookingAt()) {
            // "A joint statement issued after the meeting said the two sides want to ...": "issued" qualified the subject, the
            // text; its verb is "said"
            verbStart = issued.end();
        }
        Matcher said = SAYING_VERB.matcher(lower).region(verbStart, cueStart);
        if (!said.lookingAt() || !saidClauseSubject(lower, said.end(), cueStart)) {
            return speaker;
        }
        Subject reported = resolveSubject(lower.substring(said.end(), cueStart), said.end(), cueStart, sentence, mentions, ctx);
        boolean named = (reported.type() == Subject.Type.SELF || reported.type() == Subject.Type.THIRD) && !reported.actors().isEmpty();
        if (reported.type() == Subject.Type.JOINT || (named && !PASSIVE.find(lower.substring(cueStart, Math.min(lower.length(), cueStart + 40))))) {
            // "Wang said the US side should correct its mistakes": a call on the US; but "Blinken said Russia's disregard
            // for law must be met with unity": a passive's subject is what is acted on, not who is called on to act
            ctx.evidence.add("subj.reported");
            return reported;
        }
        if (reported.type() == Subject.Type.NON_ACTOR && POSSESSED_EVENT.find(lower.substring(said.end(), cueStart).strip())) {
            // "Zambry said the Prime Minister's upcoming visit will bring the friendship to a higher level": the said clause's
            // subject is a visit, what is said a prediction, not the speaker's undertaking
            return reported;
        }
        return speaker;
    }

    /** A text's participle qualifying it before its saying verb: "(a joint statement) issued after the meeting (said)". */
    private static final Pattern ISSUED_TEXT = Pattern.compile("(?:issued|released|published|adopted|signed)\\s+(?:[^\\s,;]+\\s+){0,6}?(?=(?:said|says|stated|states|noted|notes)\\b)");

    /**
     * Officials named by their office alone, or as one's own: "We ask relevant ministers to develop a work plan", "our Labor
     * Ministers", "tasked their teams": the speakers' own staff, sent to act.
     */
    private static final AnchoredPattern OWN_STAFF = AnchoredPattern.compile("^(?:our\\s+|their\\s+|the\\s+)?(?:relevant\\s+|respective\\s+)?"
            + "(?:\\w+\\s+){0,2}?(?:ministers|officials|teams|staffs?|envoys|negotiators|delegations|sherpas|ministries|agencies)\\b");
    /** A modal before a state rather than an act: "Israel must be secure", "should be able to live in peace", "must have a horizon". */
    private static final AnchoredPattern STATE_AFTER_MODAL = AnchoredPattern.compile("^\\S+(?:\\s+to)?\\s+(?:not\\s+|also\\s+|now\\s+)?(?:be|have)\\b");
    /** A modal before a passive: "must be met", "should not be allowed". */
    private static final AnchoredPattern PASSIVE = AnchoredPattern.compile("^\\S+\\s+(?:not\\s+|also\\s+|now\\s+)?be\\s+(?:\\w+ly\\s+|further\\s+)?(?:\\w+(?:ed|en|wn)|met|held|made|done|brought|given|taken|kept|put|set|seen|found|paid|told|left)\\b");

    /** A verb of saying whose object, without "that", is a clause with a subject of its own. */
    private static final Pattern SAYING_VERB = Pattern.compile("(?:said|says|stated|noted|added|stressed|emphasi[sz]ed|pointed\\s+out)\\b");

    /**
     * Whether {@code lower[from, to)}, after a verb of saying, is the subject of the clause said, whose verb is the cue: a
     * phrase with no verb of its own, not opening with "that" (a clause boundary already) or a preposition ("noted with
     * appreciation that ...").
     */
    private static boolean saidClauseSubject(String lower, int from, int to) {
        String said = lower.substring(from, to).strip();
        if (said.isEmpty() || ADVERBIAL_ONLY.matcher(said).matches() || SAID_NOT_SUBJECT.matcher(said).lookingAt()) {
            return false;
        }
        return FirstVerb.in(lower, from, to) < 0;
    }

    private static final Pattern SAID_NOT_SUBJECT = Pattern.compile("(?:that|with|to|in|on|at|for|of|by|as|during|after|before)\\b");

    /**
     * Who the subject phrase names: the sides together, one actor (country, organization, a person's
     * country), the speaking side (a title or pronoun), nobody (empty or adverbs), or something that is
     * not an actor at all.
     */
    private Subject resolveSubject(String phrase, int phraseStart, int phraseEnd, Sentence sentence, List<Mention> mentions,
                                   ReleaseContext ctx) {
        String p = phrase.strip();
        Matcher fronted = FRONTED_OBJECT_THEN_PRONOUN.matcher(p);
        if (fronted.matches()) {
            // "This position we should jointly uphold in the UN General Assembly": an object put first, then the subject
            phraseStart = phraseStart + phrase.indexOf(p) + fronted.start(1);
            p = fronted.group(1);
        }
        Matcher opening = OPENING_ADJUNCT.matcher(p);
        if (opening.lookingAt() && opening.end() < p.length()) {
            // "During the meeting the two sides reaffirmed ...": a time or a place put first without a comma is no part of the
            // subject
            phraseStart = phraseStart + phrase.indexOf(p) + opening.end();
            p = p.substring(opening.end());
        }
        Matcher pronoun = WE_THEN_PREDICATE.matcher(p);
        if (pronoun.lookingAt()) {
            // "we stand in solidarity with the people of Türkiye and Syria and pledge ...": the subject is "we"; what follows
            // is its predicate, which the verb finder did not end at ("stand" is no verb it knows)
            p = pronoun.group(1);
            phraseEnd = phraseStart + phrase.indexOf(p) + p.length();
        }
        if (p.isEmpty() || ADVERBIAL_ONLY.matcher(p).matches()) {
            return new Subject(Subject.Type.EMPTY, Set.of());
        }
        if (p.startsWith("what ") && p.length() > 5) {
            // "what both sides should do is to maintain steadiness": a pseudo-cleft, whose subject is after "what" when it
            // names the sides together ("what happens next must ..." names none: a thing, below)
            int inner = phraseStart + phrase.indexOf(p) + 5;
            // Only the sides together: "what we want to do is ...", "what they agreed to do" are the talk of briefings, whose
            // clefts the labelled releases never read as statements
            Subject cleft = JOINT_SUBJECT.find(p.substring(5)) && !p.startsWith("what they")
                    ? resolveSubject(p.substring(5), inner, phraseEnd, sentence, mentions, ctx) : null;
            if (cleft != null && cleft.type() == Subject.Type.JOINT) {
                return cleft;
            }
        }
        if (EACH_SIDE.find(p)) {
            return new Subject(Subject.Type.JOINT, jointSides(ctx)); // "..., and each pledged to ...": every side, severally
        }
        Set<String> regionSides = regions.countriesNamed(p);
        if (!regionSides.isEmpty()) {
            // "the Ministers of the Baltic states", "the United States and the Nordic countries": the region's countries, with
            // the sides named beside it; a side of the talks when the speaking side or a side of the release is among them,
            // else a third party ("recognized that the countries of the Western Balkans must meet the standards")
            Set<String> sides = sidesNamedIn(sentence, mentions, phraseStart, phraseEnd, true);
            sides.addAll(regionSides);
            boolean ours = regionSides.contains(ctx.speakerSide()) || regionSides.stream().anyMatch(ctx.participants::contains);
            return new Subject(ours ? Subject.Type.JOINT : Subject.Type.THIRD, sides);
        }
        if (p.equals("the kingdom")) {
            // "the Kingdom is also interested in ...", in a Saudi release: the side whose official name is a kingdom, the
            // speaking one first
            if (kingdoms.contains(ctx.speakerSide())) {
                return new Subject(Subject.Type.SELF, Set.of(ctx.speakerSide()));
            }
            Set<String> named = ctx.participants.stream().filter(kingdoms::contains).collect(java.util.stream.Collectors.toSet());
            if (named.size() == 1) {
                return new Subject(Subject.Type.SELF, named);
            }
        }
        Matcher head = p.startsWith("the ") && p.indexOf(' ', 4) < 0 && ctx.speakerSide() != null ? THE_NOUN.matcher(p) : null;
        if (head != null && head.matches() && nounsOfOrganization.getOrDefault(ctx.speakerSide(), Set.of()).contains(head.group(1))) {
            // "the Council stands united with Qatar", in the Gulf Cooperation Council's release: the speaking body itself
            return new Subject(Subject.Type.SELF, Set.of(ctx.speakerSide()));
        }
        if (INSTRUMENT_SUBJECT.find(p) || unknownAcronym(sentence.text(), phraseStart, phraseEnd, mentions, sentence)) {
            // "The Working Group will ...", "This initiative will deploy ...", "The ACA will provide ...": a body or programme
            // the sides run acts for them (the issue's "The partnership will ..."). Weaker evidence than a side named.
            ctx.evidence.add("subj.instrument");
            return new Subject(Subject.Type.JOINT, jointSides(ctx)); // the labels: an instrument of the talks is all sides'
        }
        if (OWN_COUNTRY.find(p)) {
            // "his country will continue coordination", "her government is ready to": the country of whoever speaks
            String side = ctx.speakerSide();
            return side == null ? new Subject(Subject.Type.EMPTY, Set.of()) : new Subject(Subject.Type.SELF, Set.of(side));
        }
        if (THE_COUNTRY.find(p)) {
            // "Wang Yi told envoys in China that the country is ready to work with all countries", "China values the ties, Wang
            // said, noting that the country would like to work with Switzerland": the speaking side's, when the sentence names it
            // before or names no country; else the country it named last ("congratulated Vietnam on what the country achieved")
            Set<String> before = countriesBefore(sentence, mentions, phraseStart);
            String country = before.isEmpty() || before.contains(ctx.speakerSide()) ? ctx.speakerSide()
                    : before.stream().reduce((a, b) -> b).orElseThrow();
            if (country == null) {
                return new Subject(Subject.Type.EMPTY, Set.of());
            }
            boolean side = country.equals(ctx.speakerSide()) || ctx.participants.contains(country);
            return new Subject(side ? Subject.Type.SELF : Subject.Type.THIRD, Set.of(country));
        }
        if (FUNDS_SUBJECT.find(p)) {
            // "This assistance will provide lifesaving support", "USAID's $21 million will support ...": the speaking
            // side's money at work, its undertaking
            ctx.evidence.add("subj.funds");
            return defaultSide(ctx);
        }
        if (MEMBERS_SUBJECT.find(p) && !namesAnyone(sentence, mentions, phraseStart, phraseEnd)) {
            // "Allies will also adopt ...", "Leaders once again demonstrated ...", "The two ministers agreed to ..."
            return new Subject(Subject.Type.JOINT, pairOfTheMeeting(jointSides(ctx), p, phraseStart, ctx));
        }
        if (THING_SUBJECT.find(p) || THING_SUBJECT_LAST.find(p) || (GERUND_SUBJECT.find(p) && !mentionAt(mentions, sentence, phraseStart))
                || POSSESSED_EVENT.find(p)) {
            return new Subject(Subject.Type.NON_ACTOR, Set.of());
        }
        Set<String> actors = new LinkedHashSet<>();
        int persons = 0;
        int personsOfACountry = 0;
        for (Mention mention : mentions) {
            int rel = mention.start() - sentence.start();
            if (mention.sentenceNo() != sentence.index() || rel < phraseStart || rel >= phraseEnd) {
                continue;
            }
            if (!mention.resolved() && mention.kind() != MentionKind.PERSON) {
                continue;
            }
            switch (mention.kind()) {
                case COUNTRY -> actors.add(mention.normalized());
                // "Premier of the State Council Li Qiang will attend": a country's own body is no side; its member, named, is
                case ORGANIZATION -> {
                    if (!nationalBodies.contains(mention.normalized())) {
                        actors.add(mention.normalized());
                    }
                }
                case PERSON -> {
                    persons++;
                    // by name ("Li Zhanshu"), not by a title alone ("the Foreign Minister", whose country the text may not say)
                    personsOfACountry += mention.country() != null && namedInSurface(mention) ? 1 : 0;
                    String c = mention.country();
                    actors.add(c != null ? c : ctx.speakerSide() == null ? "" : ctx.speakerSide());
                }
                default -> {
                }
            }
        }
        actors.remove("");
        if (!actors.isEmpty() && WE_APPOSITION.find(p)) {
            // "We, the leaders of the Group of Seven (G7), reaffirm our commitment to the people of Syria, and lend ...":
            // the sides are those the apposition names, up to its closing comma, not the rest of the clause
            int close = p.indexOf(", ", 4);
            Set<String> named = close < 0 ? actors : addressees(sentence, mentions, phraseStart, phraseStart + (phrase.indexOf(p) + close), ctx);
            if (!named.isEmpty()) {
                ctx.weSides = new LinkedHashSet<>(named);
                return new Subject(Subject.Type.JOINT, named);
            }
        }
        if (SPEAKER_AND_OTHER.find(p) && ctx.speakerSide() != null && !actors.isEmpty()) {
            // "Prime Minister Lawrence and I expressed our commitment", "he and Wong also agreed to": the speaker and the other
            Set<String> sides = new LinkedHashSet<>(actors);
            sides.add(ctx.speakerSide());
            if (sides.size() < 2) {
                // "President Donald Trump and I have agreed to ..., Xi said": the person named with "I" was taken for the
                // speaker; "I" is the release's own side
                if (ctx.home != null) {
                    sides.add(ctx.home);
                }
            }
            if (sides.size() >= 2) {
                return new Subject(Subject.Type.JOINT, sides);
            }
        }
        // "Premier Li Keqiang and Chairman Li Zhanshu will meet President Hassan": two persons of one country are that side
        boolean oneSidesPersons = persons >= 2 && personsOfACountry == persons && actors.size() == 1;
        if (JOINT_SUBJECT.find(p) || (p.contains(" and ") && !oneSidesPersons && (persons >= 2 || actors.size() >= 2
                || countTitles(p) >= 2))) {
            Set<String> sides = new LinkedHashSet<>(actors);
            if (sides.size() < 2 && !(sides.size() == 1 && isGroup(sides.iterator().next()))) {
                sides.addAll(jointSides(ctx));
            }
            if (actors.size() < 2) {
                sides = pairOfTheMeeting(sides, p, phraseStart, ctx);
            }
            if (sides.size() < 2 && TWO_SIDES.find(p)) {
                // "the two countries", "both nations" where the release's sides are not known as two (a release on several
                // meetings, "President holds talks with dignitaries"): the two countries the sentence named before it
                // ("China and Russia follow a path of peaceful development, and the two countries are both dedicated to"),
                // else the last two a sentence named together
                Set<String> pair = countriesBefore(sentence, mentions, phraseStart);
                Set<String> named = pair.size() == 2 ? pair : ctx.lastPair();
                if (named != null && named.containsAll(sides)) {
                    sides = new LinkedHashSet<>(named);
                }
            }
            if (sides.size() == 1 && A_PAIR.find(p) && !isGroup(sides.iterator().next())) {
                // "During a phone call with Iranian Foreign Minister Araghchi, both sides emphasized ...": the other side of the
                // pair is the one the sentence names before it, where the release's title or first sentence did not (not for
                // "they", which in a briefing is as often a third party: "the Russians have shown no sign they are prepared")
                Set<String> before = new LinkedHashSet<>(countriesBefore(sentence, mentions, phraseStart));
                before.addAll(personCountries(sentence, mentions, 0, phraseStart));
                before.removeAll(sides);
                if (before.size() == 1) {
                    sides.addAll(before);
                }
            }
            return new Subject(Subject.Type.JOINT, sides);
        }
        if (WE.find(p)) {
            if (actors.isEmpty()) {
                if (ctx.weSides != null) {
                    return new Subject(Subject.Type.JOINT, ctx.weSides);
                }
                return ctx.jointStatement ? new Subject(Subject.Type.JOINT, jointSides(ctx)) : defaultSide(ctx);
            }
        }
        if (!actors.isEmpty()) {
            String first = actors.iterator().next();
            if (isGroup(first) && !first.equals(ctx.speakerSide())) {
                return new Subject(Subject.Type.JOINT, Set.of(first)); // a group undertakes for all its members
            }
            Subject.Type type = first.equals(ctx.speakerSide()) || ctx.participants.contains(first) ? Subject.Type.SELF : Subject.Type.THIRD;
            return new Subject(type, Set.of(first));
        }
        if (SPEAKER_TITLE.find(p) || OWN_MINISTRY.find(p)) {
            return defaultSide(ctx);
        }
        return new Subject(Subject.Type.NON_ACTOR, Set.of());
    }

    /** Greetings sent through the one asked: "asked the envoys to convey sincere greetings", "to pass on his best wishes". */
    private static final AnchoredPattern COURTESY_ERRAND = AnchoredPattern.compile("^\\s*to\\s+(?:convey|pass\\s+on|extend|send|deliver|"
            + "transmit)\\s+(?:\\S+\\s+){0,5}?(?:greetings|regards|wishes|congratulations|condolences|felicitations)\\b");
    /** An envoy named by role alone: "the ambassador", "the newly-appointed ambassador", "the outgoing envoy". */
    private static final AnchoredPattern UNNAMED_ENVOY = AnchoredPattern.compile(
            "^(?:the\\s+)?(?:new\\s+|newly[- ]appointed\\s+|outgoing\\s+|visiting\\s+)?(?:ambassador|envoy)$");

    /** Whether a mention (a place, a person) starts where the subject phrase starts (after its spaces). */
    private static boolean mentionAt(List<Mention> mentions, Sentence sentence, int phraseStart) {
        int at = phraseStart;
        String text = sentence.text();
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        for (Mention mention : mentions) {
            if (mention.sentenceNo() == sentence.index() && mention.start() - sentence.start() == at) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the subject span is an acronym the reference data does not know ("The ACA will provide ...", "ALMs will
     * formalise ..."): in a release, a body the sides set up, named by its initials after its first mention.
     */
    private static boolean unknownAcronym(String text, int from, int to, List<Mention> mentions, Sentence sentence) {
        String span = text.substring(from, Math.min(to, text.length())).strip();
        if (span.startsWith("The ") || span.startsWith("the ")) {
            span = span.substring(4).strip();
        }
        if (span.length() < 2 || span.length() > 7) {
            return false;
        }
        int caps = 0;
        for (int i = 0; i < span.length(); i++) {
            char c = span.charAt(i);
            if (Character.isUpperCase(c)) {
                caps++;
            } else if (!(i == span.length() - 1 && c == 's')) {
                return false;
            }
        }
        return caps >= 2 && !namesAnyone(sentence, mentions, from, to);
    }

    /** Whether a mention of the sentence starts in the span {@code [from, to)} (offsets in the sentence). */
    private static boolean namesAnyone(Sentence sentence, List<Mention> mentions, int from, int to) {
        return mentionIn(sentence, mentions, from, to, m -> true);
    }

    /** Whether a mention of the sentence that {@code kind} accepts starts in the span {@code [from, to)}. */
    private static boolean mentionIn(Sentence sentence, List<Mention> mentions, int from, int to, java.util.function.Predicate<Mention> kind) {
        for (Mention m : mentions) {
            int rel = m.start() - sentence.start();
            if (m.sentenceNo() == sentence.index() && rel >= from && rel < to && kind.test(m)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text span names a country outright ("China strengthens ..."), not by a pronoun or "our". */
    private static boolean namesCountry(Sentence sentence, List<Mention> mentions, int from, int to) {
        return mentionIn(sentence, mentions, from, to, m -> m.kind() == MentionKind.COUNTRY && m.resolved());
    }

    /** An organization or group (NATO, G7, IMF, SCO): a code the reference data does not know as a country. */
    /**
     * The classes a matched cue can give ("cue=will-act": PLEDGE; a call's: APPEAL or DEMAND, by whom it addresses): what the
     * evidence of a sentence whose cues were all vetoed speaks for. Empty for a rule no cue has.
     */
    Set<StatementClass> classesOfCue(String rule) {
        return classesOfCue.getOrDefault(rule, Set.of());
    }

    /** {@link #classesOfCue(String)} by rule, built once from the cue lexicon. */
    private static Map<String, Set<StatementClass>> classesByCueRule(List<StatementCue> cues) {
        Map<String, Set<StatementClass>> out = new java.util.HashMap<>();
        for (StatementCue c : cues) {
            Set<StatementClass> classes = out.computeIfAbsent(c.rule(), r -> java.util.EnumSet.noneOf(StatementClass.class));
            classes.add(c.statementClass());
            if (c.statementClass() == StatementClass.APPEAL || c.statementClass() == StatementClass.DEMAND
                    || c.kind() == StatementCue.Kind.HOPE_THAT) {
                classes.add(StatementClass.APPEAL);
                classes.add(StatementClass.DEMAND);
            }
        }
        return out;
    }

    /** Whether the speaking side belongs to a group of {@code group_members.csv} ("*": every state, as in the UN). */
    private boolean speakerIn(String group, ReleaseContext ctx) {
        Set<String> members = groupMembers.get(group);
        return members != null && ctx.speakerSide() != null && (members.contains(ctx.speakerSide()) || members.contains("*"));
    }

    /** Whether the addressees in {@code [from, to)} are persons of the speaking side only (and no country or organization). */
    private static boolean ownOfficialAddressed(Sentence sentence, List<Mention> mentions, int from, int to, ReleaseContext ctx) {
        java.util.function.Predicate<Mention> ownOfficial = m -> m.kind() == MentionKind.PERSON && m.country() != null
                && m.country().equals(ctx.speakerSide());
        return mentionIn(sentence, mentions, from, to, ownOfficial)
                && !mentionIn(sentence, mentions, from, to, m -> m.kind() != MentionKind.DATE && !ownOfficial.test(m));
    }

    private boolean isGroup(String code) {
        return !countryCodes.contains(code);
    }

    private static final AnchoredPattern TITLE_WORD = AnchoredPattern.compile(
            "\\b(?:president|secretary|minister|premier|chancellor|leader|king|emir|prince|ambassador|envoy)\\b");

    private static int countTitles(String p) {
        AnchoredPattern.Matches m = TITLE_WORD.matcher(p);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Set<String> addressees(Sentence sentence, List<Mention> mentions, int from, int to, ReleaseContext ctx) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : mentions) {
            int rel = m.start() - sentence.start();
            if (m.sentenceNo() == sentence.index() && rel >= from && rel < to
                    && (m.kind() == MentionKind.COUNTRY || m.kind() == MentionKind.ORGANIZATION) && m.resolved()) {
                out.add(m.normalized());
            }
        }
        return out;
    }

    private static Set<String> personCountries(Sentence sentence, List<Mention> mentions, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : mentions) {
            int rel = m.start() - sentence.start();
            if (m.kind() == MentionKind.PERSON && m.sentenceNo() == sentence.index() && rel >= from && rel < to && m.country() != null) {
                out.add(m.country());
            }
        }
        return out;
    }

    private static Set<String> counterparts(Sentence sentence, List<Mention> mentions, Candidate c) {
        Set<String> out = new LinkedHashSet<>(c.addressees());
        for (Mention m : mentions) {
            int rel = m.start() - sentence.start();
            if (m.sentenceNo() != sentence.index() || rel < c.position() || !m.resolved()) {
                continue;
            }
            if (m.kind() == MentionKind.COUNTRY || m.kind() == MentionKind.ORGANIZATION) {
                out.add(m.normalized());
            }
        }
        out.removeAll(c.committers());
        return out;
    }

    /**
     * Reported speech: "Ding said", "he added", "according to X". A pronoun refers back to the last named
     * speaker; a named person becomes the speaker of this and later sentences.
     */
    private static final AnchoredPattern PRONOUN_FRAME = AnchoredPattern.of(Pattern.compile(
            "(?:^(?:he|she)\\b|,\\s*(?:he|she)\\s+(?:said|added|noted|stressed|emphasized|pointed\\s+out|stated)|\\b(?:he|she)\\s+(?:said|added|noted|stressed|emphasized)\\s+that)",
            Pattern.CASE_INSENSITIVE));

    /** "..., said Wang", "said Chinese Premier Li Qiang": the name after the verb. */
    private static final AnchoredPattern REPORTING_VERB_BEFORE = AnchoredPattern.compile(
            "\\b(?:said|added|noted|stressed|told)\\s+(?:[A-Z][\\p{L}.'-]*\\s+){0,4}$");
    private static final Pattern REPORTING_VERB_AFTER = Pattern.compile(
            "^\\s*(?:,[^,]{0,160},\\s*)?(?:also\\s+|further\\s+)?(?:said|says|noted|added|stressed|emphasized|pointed|stated|told)\\b.*",
            Pattern.DOTALL);

    private static String updateSpeaker(Sentence sentence, String text, String lowerText, List<Mention> mentions, ReleaseContext ctx) {
        Mention speaker = null;
        boolean speakerReports = false;
        for (Mention m : mentions) {
            if (m.kind() != MentionKind.PERSON || m.sentenceNo() != sentence.index()) {
                continue;
            }
            int rel = m.end() - sentence.start();
            String after = reportedAfter(text, rel);
            String before = reporterBefore(text, m.start() - sentence.start());
            boolean reporting = REPORTING_VERB_AFTER.matcher(after).matches() || REPORTING_VERB_BEFORE.find(before);
            boolean framed = reporting || FRAMED_AFTER.matcher(after).matches()
                    || (m.start() - sentence.start()) < 25 && !after.startsWith("'s");
            if (framed) {
                speaker = m;
                speakerReports = reporting;
                break;
            }
        }
        if (speaker != null) {
            ctx.lastSpeaker = speaker.normalized();
            ctx.lastSpeakerActor = speaker.actorKey();
            // "He" later refers back to a speaker quoted with "said"/"noted", or to the source's own principal;
            // a counterpart who merely opens a sentence in a readout ("The Foreign Minister discussed") is not it.
            if (speaker.country() != null && (speakerReports || ctx.home == null || speaker.country().equals(ctx.home))) {
                ctx.lastSpeakerCountry = speaker.country();
            }
            ctx.sentenceSpeakerCountry = speaker.country();
            if (ctx.inQuotation() || text.indexOf('\u201d') >= 0 || text.indexOf('"') >= 0) {
                ctx.lastQuotedAt = ctx.reading;
            }
            return speaker.normalized();
        }
        String reportingSide = reportingSide(sentence, text, mentions);
        if (reportingSide != null) {
            // '"Russia must stop its war immediately," the Council of the EU said', 'Japan stated that ...': a country or an
            // organization quoted as the one who speaks is this sentence's side, as a person quoted is theirs
            ctx.sentenceSpeakerCountry = reportingSide;
            return null;
        }
        boolean mayHavePronoun = lowerText.startsWith("he ") || lowerText.startsWith("she ") || lowerText.contains(" he ")
                || lowerText.contains(" she ");
        if (mayHavePronoun && PRONOUN_FRAME.find(text)) {
            ctx.sentenceSpeakerCountry = ctx.lastSpeakerCountry;
            return ctx.lastSpeaker;
        }
        if (ctx.inQuotation() && ctx.lastQuotedAt == ctx.reading - 1 && ctx.lastSpeakerCountry != null) {
            // a quotation running on past the sentence that named its speaker ("..., Kishida said." then "“And ... we would like
            // to strengthen our cooperation with the Philippines"): still theirs, not the publishing side's
            ctx.lastQuotedAt = ctx.reading;
            ctx.sentenceSpeakerCountry = ctx.lastSpeakerCountry;
            return ctx.lastSpeaker;
        }
        ctx.sentenceSpeakerCountry = null;
        return ctx.home == null ? ctx.lastSpeaker : null;
    }

    /** The lower-case text after a speaker's mention ending at {@code end} where a reporting verb is looked for ("..., said"). */
    private static String reportedAfter(String text, int end) {
        return text.substring(Math.min(text.length(), end), Math.min(text.length(), end + 60)).toLowerCase(Locale.ROOT);
    }

    /** The text before a speaker's mention starting at {@code start} where a reporting verb is looked for ("said Wang"). */
    private static String reporterBefore(String text, int start) {
        return text.substring(Math.max(0, start - 40), Math.max(0, start));
    }

    /** How far into a sentence, and how far before its end, a side quoted as the speaker stands (characters). */
    private static final int OPENING_FRAME = 25;
    private static final int CLOSING_FRAME = 30;

    /** The country or organization a reporting verb right after it (or right before it) makes the speaker of the sentence, or null. */
    private static String reportingSide(Sentence sentence, String text, List<Mention> mentions) {
        for (Mention m : mentions) {
            if ((m.kind() != MentionKind.COUNTRY && m.kind() != MentionKind.ORGANIZATION) || !m.resolved()
                    || m.sentenceNo() != sentence.index()) {
                continue;
            }
            // Only the sentence's own frame: at its start ("Japan stated that ...") or closing it ('..., the EU said.'); not a
            // clause inside it ("... working to address what Russia said were its concerns"). Read only there: this runs for
            // every sentence no person speaks in.
            int start = m.start() - sentence.start();
            int rel = m.end() - sentence.start();
            boolean opens = start < OPENING_FRAME;
            boolean closes = text.length() - rel < CLOSING_FRAME;
            if (!opens && !closes) {
                continue;
            }
            String before = reporterBefore(text, start);
            // "The United States and Poland emphasized ...": a coordinated subject, both the speakers, is read as such
            opens &= !before.stripTrailing().endsWith(" and");
            String after = reportedAfter(text, rel);
            boolean reportedAfter = (opens || closes) && REPORTING_VERB_AFTER.matcher(after).matches();
            if (reportedAfter || (closes && REPORTING_VERB_BEFORE.find(before))) {
                return m.normalized();
            }
        }
        return null;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
