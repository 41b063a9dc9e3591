package io.statementwarehouse.nlp;

/**
 * An entity or date found in a release. Offsets are in the release body ({@code sentenceNo >= 0})
 * or in the title ({@code sentenceNo == -1}). {@code normalized} is the ISO3 code, canonical person
 * name, organization code or ISO date value; {@code country} the person's country; {@code actorKey}
 * the type-2 actor row valid on the release date (persons only, else 0).
 */
public record Mention(int sentenceNo, int start, int end, MentionKind kind, String surface, String normalized,
                      boolean resolved, String country, long actorKey) {

    public static final int TITLE = -1;
}
