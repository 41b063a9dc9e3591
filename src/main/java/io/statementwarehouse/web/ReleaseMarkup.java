package io.statementwarehouse.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a release's text into what the release page shows: the stretches between sentences as they are, each sentence
 * as a block (a statement or not), and inside it the mentions. Offsets are the warehouse's: [start, end) in the body
 * as read. Pure: no I/O, every piece of text still to be escaped by the template.
 */
public final class ReleaseMarkup {

    private ReleaseMarkup() {
    }

    /** A sentence's place and, for a statement, what decided it (null for a sentence of class NONE). */
    public record SentenceSpan(int sentenceNo, int start, int end, StatementInfo statement) {
    }

    /** A mention's place and what it resolved to. */
    public record MentionSpan(int start, int end, String kind, String surface, String normalized, boolean resolved) {

        /** What the mark says on hover: the kind and the value it resolved to. */
        public String describe() {
            String value = normalized == null || normalized.isBlank() ? "" : ": " + normalized;
            return kind.toLowerCase(java.util.Locale.ROOT) + value + (resolved ? "" : " (not in the reference data)");
        }
    }

    /** A run of text, marked as a mention or not. */
    public record Piece(String text, MentionSpan mention) {
    }

    /** Text outside any sentence (sentence null), or one sentence. */
    public record Block(List<Piece> pieces, SentenceSpan sentence, boolean target) {

        public boolean statement() {
            return sentence != null && sentence.statement() != null;
        }
    }

    /**
     * The blocks of {@code body}. Sentences that overlap an earlier one, or lie outside the text, are left unmarked;
     * of mentions that overlap, the one that starts first (the longer at a tie) is marked.
     */
    public static List<Block> blocks(String body, List<SentenceSpan> sentences, List<MentionSpan> mentions, Integer targetSentence) {
        List<SentenceSpan> ordered = new ArrayList<>(sentences);
        ordered.sort(Comparator.comparingInt(SentenceSpan::start));
        List<Block> blocks = new ArrayList<>();
        int at = 0;
        for (SentenceSpan s : ordered) {
            if (s.start() < at || s.end() > body.length() || s.end() <= s.start()) {
                continue;
            }
            if (s.start() > at) {
                blocks.add(new Block(List.of(new Piece(body.substring(at, s.start()), null)), null, false));
            }
            boolean target = targetSentence != null && targetSentence == s.sentenceNo();
            blocks.add(new Block(pieces(body, s.start(), s.end(), mentions), s, target));
            at = s.end();
        }
        if (at < body.length()) {
            blocks.add(new Block(List.of(new Piece(body.substring(at), null)), null, false));
        }
        return blocks;
    }

    /** The text [from, to) of {@code text} with the mentions inside it marked. */
    public static List<Piece> pieces(String text, int from, int to, List<MentionSpan> mentions) {
        List<MentionSpan> inside = new ArrayList<>();
        for (MentionSpan m : mentions) {
            if (m.start() >= from && m.end() <= to && m.end() > m.start()) {
                inside.add(m);
            }
        }
        inside.sort(Comparator.comparingInt(MentionSpan::start).thenComparing(Comparator.comparingInt(MentionSpan::end).reversed()));
        List<Piece> pieces = new ArrayList<>();
        int at = from;
        for (MentionSpan m : inside) {
            if (m.start() < at) {
                continue;
            }
            if (m.start() > at) {
                pieces.add(new Piece(text.substring(at, m.start()), null));
            }
            pieces.add(new Piece(text.substring(m.start(), m.end()), m));
            at = m.end();
        }
        if (at < to) {
            pieces.add(new Piece(text.substring(at, to), null));
        }
        return pieces;
    }
}
