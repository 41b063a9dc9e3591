package io.statementwarehouse.nlp;

/** What a mention names. */
public enum MentionKind {
    COUNTRY, PERSON, ORGANIZATION, DATE
}
