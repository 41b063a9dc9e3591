package io.statementwarehouse.ingest;

/** What the reader hands on: a release as read, or a record that could not be read. */
public sealed interface InputRecord permits RawRelease, RejectedRecord {
    String file();

    long recordNo();
}
