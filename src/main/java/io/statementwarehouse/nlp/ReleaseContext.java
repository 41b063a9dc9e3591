package io.statementwarehouse.nlp;

import java.util.List;
import java.util.Map;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the classifier carries from sentence to sentence of one release: the side the source speaks
 * for, the participating sides (the speaker's and its counterparts'), whether the text is a joint
 * statement ("we" = all signatories), and the last named speaker for "he added".
 */
final class ReleaseContext {

    final String home;
    final Set<String> participants;
    final boolean jointStatement;
    String lastSpeaker;
    long lastSpeakerActor;
    String lastSpeakerCountry;
    /** The position of the last sentence that quoted {@link #lastSpeaker} (named there, or a quotation of theirs running on). */
    int lastQuotedAt = -2;
    /** The side of this sentence's speaker when the sentence names one ("Ding said", "he added"). */
    String sentenceSpeakerCountry;
    /**
     * What the cue rules found in the current sentence beyond their verdict: every cue that matched, every candidate,
     * every cue vetoed and why (a subject that is no actor, a governing modal or hope, ...). The model weighs it.
     */
    final java.util.List<String> evidence = new java.util.ArrayList<>();
    /** The release's title (null when it has none): the topic of a sentence that names no subject matter. */
    String title;
    /** The topics a sentence that names none gets (its title's, or POLITICAL): read once per release, not per statement. */
    private List<String> titleTopics;

    List<String> titleTopics(TopicClassifier topics) {
        if (titleTopics == null) {
            titleTopics = topics.topics(title == null ? "" : title);
        }
        return titleTopics;
    }
    /** Who "we" are once a joint text has said it ("We, the leaders of the G7, ..."). */
    Set<String> weSides;
    /** The release's sentences, their mentions by sentence number, and which can hold a statement: read back by {@link #lastPair}. */
    private List<Sentence> sentences = List.of();
    private Map<Integer, List<Mention>> mentionsBySentence = Map.of();
    private boolean[] canHoldStatement = new boolean[0];
    /** For each sentence, whether it stands inside a quotation ({@link Quotations}). */
    private boolean[] quoted = new boolean[0];
    /** The position in {@link #sentences} of the sentence being read. */
    int reading;

    /** The sentences that {@link #lastPair} reads back over, and which of them stand inside a quotation ({@link #inQuotation()}). */
    void readBackOver(List<Sentence> sentences, Map<Integer, List<Mention>> mentionsBySentence, boolean[] canHoldStatement, boolean[] quoted) {
        this.quoted = quoted;
        this.sentences = sentences;
        this.mentionsBySentence = mentionsBySentence;
        this.canHoldStatement = canHoldStatement;
    }

    /**
     * The two countries the last sentence before the one being read named, of those naming exactly two (a statement's
     * sentence, not a question's): who "the two countries" are where the sides are unknown. Read back when asked, which is
     * rare, rather than kept up to date at every sentence.
     */
    Set<String> lastPair() {
        for (int k = Math.min(reading, sentences.size()) - 1; k >= 0; k--) {
            if (k < canHoldStatement.length && !canHoldStatement[k]) {
                continue;
            }
            Sentence s = sentences.get(k);
            Set<String> named = StatementClassifier.countriesBefore(s, mentionsBySentence.getOrDefault(s.index(), List.of()),
                    Integer.MAX_VALUE);
            if (named.size() == 2) {
                return named;
            }
        }
        return null;
    }

    /** A sentence that opens with a pair as its subject: "The two sides agreed ...", "Both ministers noted ...". */
    private static final java.util.regex.Pattern OPENS_WITH_PAIR = java.util.regex.Pattern.compile(
            "^\\W*(?:the\\s+two|both)\\s+(?:\\w+\\s+)?(?:sides|ministers|leaders|countries|delegations|parties|officials|diplomats|"
                    + "presidents|counterparts|envoys)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Whether the sentence before the one being read opens with a pair ("The two sides acknowledged ... They discussed and
     * agreed to ..."): then its "they" is that pair, the meeting the text is telling, not every side of the release.
     */
    boolean previousOpensWithPair() {
        return reading >= 1 && reading - 1 < sentences.size() && OPENS_WITH_PAIR.matcher(sentences.get(reading - 1).text()).find();
    }

    /** How many sentences back, the one being read included, {@link #localPair} looks for the pair of a meeting. */
    private static final int LOCAL_PAIR_WITHIN = 5;

    /**
     * Of the release's {@code sides} (more than two: a release on one side's meetings with several others), the two that
     * "the two sides" or "both ministers" refer to: the pair the nearest sentence names (an organization among the sides, a
     * country, a person's country), reading back from the current sentence (before {@code before}, relative to its start)
     * over at most {@value #LOCAL_PAIR_WITHIN} sentences; one side named besides the speaking side is paired with it. Null
     * when the nearest sentence that names any side names more than two, or none does, or the sentence itself names a group
     * that is none of the sides. Not for "they" alone, which as often means every side of a trilateral meeting ("They called
     * upon Pyongyang to ...", after a sentence naming two of the three ministers); only after a sentence that opened with
     * the pair ({@link #previousOpensWithPair}).
     */
    Set<String> localPair(Set<String> sides, int before) {
        String speaker = speakerSide();
        for (int k = Math.min(reading, sentences.size() - 1), seen = 0; k >= 0 && seen < LOCAL_PAIR_WITHIN; k--, seen++) {
            Sentence s = sentences.get(k);
            Set<String> named = new LinkedHashSet<>();
            for (Mention m : mentionsBySentence.getOrDefault(s.index(), List.of())) {
                if (k == reading && m.start() - s.start() >= before) {
                    continue;
                }
                String side = switch (m.kind()) {
                    case COUNTRY, ORGANIZATION -> m.resolved() ? m.normalized() : null;
                    case PERSON -> m.country();
                    default -> null;
                };
                if (k == reading && m.kind() == MentionKind.ORGANIZATION && m.resolved() && !sides.contains(m.normalized())) {
                    return null; // "the G7 ministers ..., and both ...": a group of its own, in the same sentence
                }
                if (side != null && sides.contains(side)) {
                    named.add(side);
                }
            }
            if (named.size() == 1 && speaker != null && sides.contains(speaker) && !named.contains(speaker)) {
                named.add(speaker);
            }
            if (named.size() == 2) {
                return named;
            }
            if (named.size() > 2) {
                return null;
            }
        }
        return null;
    }

    ReleaseContext(String home, Set<String> participants, boolean jointStatement) {
        this.home = home;
        this.participants = new LinkedHashSet<>(participants);
        this.jointStatement = jointStatement;
    }

    /** The actor row of a speaker named as the last speaker (0 when unknown to the reference data). */
    long lastSpeakerActorKey(String speaker) {
        return speaker != null && speaker.equals(lastSpeaker) ? lastSpeakerActor : 0;
    }

    /** Whether the sentence being read stands inside a quotation ({@link Quotations}). */
    boolean inQuotation() {
        return reading < quoted.length && quoted[reading];
    }

    /**
     * The side whose voice the text is, for the statement model: the speaking side, or the sides a joint text's "we" names
     * when the speaking side is not among them ("G7 Leaders' Statement" on the White House's site: the G7), so that the
     * group's undertakings read as the text's own.
     */
    String voice() {
        String side = speakerSide();
        return weSides != null && !weSides.isEmpty() && !weSides.contains(side) ? weSides.iterator().next() : side;
    }

    /** The side a sentence speaks for when nothing in it says otherwise. */
    String speakerSide() {
        if (sentenceSpeakerCountry != null) {
            return sentenceSpeakerCountry;
        }
        if (home != null) {
            return home;
        }
        if (lastSpeakerCountry != null) {
            return lastSpeakerCountry;
        }
        return participants.isEmpty() ? null : participants.iterator().next();
    }
}
