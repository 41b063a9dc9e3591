package io.statementwarehouse.nlp;

/** A sentence of a release body with its {@code [start, end)} offsets in the body. */
public record Sentence(int index, int start, int end, String text) {
}
