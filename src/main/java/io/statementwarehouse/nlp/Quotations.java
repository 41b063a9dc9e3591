package io.statementwarehouse.nlp;

import java.util.List;

/**
 * Which sentences of a release body stand inside a quotation: the paragraph before them has opened one and not closed it
 * ("“... we would like to strengthen our cooperation with the Philippines. I very much look forward to ...”"), or they open
 * one themselves. A quotation that runs on past its attribution, over sentences and paragraphs (the press's convention:
 * each paragraph of a long quotation opens with a quotation mark, only the last one closes), is still its speaker's.
 */
final class Quotations {

    private Quotations() {
    }

    /** For each sentence (in order of their start): whether it starts inside a quotation or opens one. One pass over the body. */
    static boolean[] inside(String body, List<Sentence> sentences) {
        boolean[] inside = new boolean[sentences.size()];
        int open = 0;
        int straight = 0;
        int k = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            int to = Math.min(s.start(), body.length());
            for (; k < to; k++) {
                char c = body.charAt(k);
                if (c == '\u201c') {
                    open++;
                } else if (c == '\u201d') {
                    open = Math.max(0, open - 1);
                } else if (c == '"') {
                    straight++;
                } else if (c == '\n' && k + 1 < body.length() && body.charAt(k + 1) == '\n') {
                    open = 0; // a quotation's marks are counted within its paragraph: an unclosed one ends with it
                    straight = 0;
                }
            }
            String text = s.text();
            boolean opens = !text.isEmpty() && (text.charAt(0) == '\u201c' || text.charAt(0) == '"');
            inside[i] = opens || open > 0 || straight % 2 == 1;
        }
        return inside;
    }
}
