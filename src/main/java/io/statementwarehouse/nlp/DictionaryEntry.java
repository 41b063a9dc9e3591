package io.statementwarehouse.nlp;

/**
 * What a dictionary surface form stands for. {@code shortForm}: a bare family name such as "Ding",
 * accepted only with support (the full name earlier in the release, a title before it, or no rival).
 * {@code capital}: a capital city, a country only when it stands for the government.
 */
record DictionaryEntry(MentionKind kind, String code, String personId, boolean shortForm, boolean capital) {

    /** A surface that names nothing the extraction counts (kind null). */
    static final DictionaryEntry BLOCKED = new DictionaryEntry(null, null, null, false, false);
}
