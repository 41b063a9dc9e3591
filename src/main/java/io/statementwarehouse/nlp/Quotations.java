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

    /** For each sentence: whether it starts inside a quotation or opens one. */
    static boolean[] inside(String body, List<Sentence> sentences) {
        boolean[] inside = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String text = s.text();
            if (!text.isEmpty() && (text.charAt(0) == '\u201c' || text.charAt(0) == '"')) {
                inside[i] = true;
                continue;
            }
            int paragraph = body.lastIndexOf("\n\n", Math.max(0, s.start() - 1));
            int open = 0;
            int straight = 0;
            for (int k = Math.max(0, paragraph); k < s.start() && k < body.length(); k++) {
                char c = body.charAt(k);
                if (c == '\u201c') {
                    open++;
                } else if (c == '\u201d') {
                    open = Math.max(0, open - 1);
                } else if (c == '"') {
                    straight++;
                }
            }
            inside[i] = open > 0 || straight % 2 == 1;
        }
        return inside;
    }
}
