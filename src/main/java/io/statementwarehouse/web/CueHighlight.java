package io.statementwarehouse.web;

import java.util.Locale;

/**
 * A sentence split around the words (the cue) that decided its class, so a template can set the cue in bold and
 * still escape all three parts.
 */
public record CueHighlight(String before, String cue, String after) {

    public static CueHighlight of(String sentence, String cue) {
        String s = sentence == null ? "" : sentence;
        if (cue == null || cue.isBlank()) {
            return new CueHighlight(s, "", "");
        }
        int at = s.toLowerCase(Locale.ROOT).indexOf(cue.toLowerCase(Locale.ROOT));
        if (at < 0 || s.toLowerCase(Locale.ROOT).length() != s.length()) {
            return new CueHighlight(s, "", "");
        }
        return new CueHighlight(s.substring(0, at), s.substring(at, at + cue.length()), s.substring(at + cue.length()));
    }
}
