package io.statementwarehouse.web;

import java.util.List;

/** What the warehouse decided about a statement on the release page: class, parties, topics and the evidence. */
public record StatementInfo(int sentenceNo, String cls, String polarity, String scope, String speaker, Double confidence, String cue,
                            String rule, List<String> committers, List<String> counterparts, List<String> topics) {

    /** One line for the hover title: class, who to whom, and the cue, rule and confidence that decided. */
    public String describe() {
        StringBuilder s = new StringBuilder(cls);
        if (!committers.isEmpty() || !counterparts.isEmpty()) {
            s.append(" · ").append(committers.isEmpty() ? "?" : String.join(", ", committers));
            if (!counterparts.isEmpty()) {
                s.append(" → ").append(String.join(", ", counterparts));
            }
        }
        if (!topics.isEmpty()) {
            s.append(" · ").append(String.join(", ", topics));
        }
        if (cue != null && !cue.isBlank()) {
            s.append(" · cue “").append(cue).append('”');
        }
        if (rule != null && !rule.isBlank()) {
            s.append(" · rule ").append(rule);
        }
        if (confidence != null) {
            s.append(" · confidence ").append(String.format(java.util.Locale.ROOT, "%.2f", confidence));
        }
        return s.toString();
    }

    public String confidenceText() {
        return confidence == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", confidence);
    }
}
