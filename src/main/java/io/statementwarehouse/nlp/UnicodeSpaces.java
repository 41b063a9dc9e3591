package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.List;

import io.statementwarehouse.ingest.Release;

/**
 * The extraction reads Unicode spaces as plain spaces. Web pages write non-breaking spaces between words ("President
 * Biden\u00a0and President López Obrador\u00a0also\u00a0reaffirmed"): most White House releases of the corpus have them,
 * and the cue patterns, name lists and word splits, which expect a space, read such a sentence as no sentence at all.
 * Each is replaced by one space, so every offset stays the same; what the extraction returns (the sentences, the
 * mentions' surfaces) is cut from the text exactly as read.
 */
final class UnicodeSpaces {

    private UnicodeSpaces() {
    }

    static boolean isUnicodeSpace(char c) {
        return c == '\u00a0' || (c >= '\u2000' && c <= '\u200b') || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    /** The text with each Unicode space as a plain space; the same string when it has none. */
    static String plain(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00a0' && isUnicodeSpace(c)) { // one comparison for the ASCII that most text is
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** The release as the extraction reads it: the same object when its title and body have no Unicode space. */
    static Release plain(Release r) {
        String body = plain(r.body());
        String title = plain(r.title());
        if (body == r.body() && title == r.title()) {
            return r;
        }
        return new Release(r.releaseKey(), r.sourceId(), r.source(), title, r.url(), r.publishedDate(), r.datelinePlace(), body,
                r.bodyStart(), r.file(), r.recordNo(), r.textHash(), r.datelineDate());
    }

    /** The sentences cut from the text exactly as read (same offsets). */
    static List<Sentence> exact(List<Sentence> sentences, String body) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(new Sentence(s.index(), s.start(), s.end(), body.substring(s.start(), s.end())));
        }
        return out;
    }

    /** The mentions with their surfaces cut from the title or body exactly as read (same offsets). */
    static List<Mention> exactSurfaces(List<Mention> mentions, Release original) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String text = m.sentenceNo() == Mention.TITLE ? original.title() : original.body();
            if (text != null && m.start() >= 0 && m.end() <= text.length() && m.end() - m.start() == m.surface().length()
                    && !text.regionMatches(m.start(), m.surface(), 0, m.surface().length())) {
                m = new Mention(m.sentenceNo(), m.start(), m.end(), m.kind(), text.substring(m.start(), m.end()), m.normalized(),
                        m.resolved(), m.country(), m.actorKey());
            }
            out.add(m);
        }
        return out;
    }
}
