package io.statementwarehouse.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.duckdb.DuckDBAppender;

import io.statementwarehouse.ingest.Release;
import io.statementwarehouse.nlp.AnalyzedRelease;
import io.statementwarehouse.nlp.Mention;
import io.statementwarehouse.nlp.Sentence;
import io.statementwarehouse.nlp.Statement;
import io.statementwarehouse.nlp.StatementClass;

/** Appends the rows of analyzed releases to the release dimension, the facts and the bridges. */
final class ReleaseRows implements AutoCloseable {

    private final DuckDBAppender releases;
    private final DuckDBAppender sentences;
    private final DuckDBAppender mentions;
    private final DuckDBAppender committers;
    private final DuckDBAppender counterparts;
    private final DuckDBAppender topics;
    private final DuckDBAppender search;
    private boolean finished;

    ReleaseRows(Connection c) throws SQLException {
        releases = Appenders.open(c, "dim_release");
        sentences = Appenders.open(c, "fact_sentence");
        mentions = Appenders.open(c, "fact_mention");
        committers = Appenders.open(c, "bridge_statement_committer");
        counterparts = Appenders.open(c, "bridge_statement_counterpart");
        topics = Appenders.open(c, "bridge_statement_topic");
        search = Appenders.open(c, StatementSearch.TABLE);
    }

    void append(AnalyzedRelease a, long sourceKey, long runId, OffsetDateTime loadedAt) throws SQLException {
        Release r = a.release();
        long key = r.releaseKey();
        Integer publishedKey = Appenders.dateKey(r.publishedDate());
        Integer eventKey = Appenders.dateKey(a.eventDate());
        releases.beginRow();
        releases.append(key);
        releases.append(sourceKey);
        Appenders.str(releases, r.source());
        Appenders.str(releases, r.sourceId());
        Appenders.str(releases, r.title());
        Appenders.str(releases, r.url());
        Appenders.date(releases, r.publishedDate());
        releases.append(publishedKey.intValue());
        Appenders.date(releases, a.eventDate());
        Appenders.int32(releases, eventKey);
        Appenders.str(releases, r.datelinePlace());
        Appenders.str(releases, layout(r.body(), a.sentences()));
        Appenders.str(releases, r.textHash());
        releases.append(a.sentences().size());
        releases.append((int) a.commitmentCount());
        Appenders.str(releases, r.file());
        releases.append(r.recordNo());
        releases.append(runId);
        Appenders.timestamp(releases, loadedAt);
        releases.endRow();

        List<Sentence> ss = a.sentences();
        for (int i = 0; i < ss.size(); i++) {
            Sentence s = ss.get(i);
            Statement st = a.statements().get(i);
            sentences.beginRow();
            sentences.append(key);
            sentences.append(s.index());
            sentences.append(s.start());
            sentences.append(s.end());
            Appenders.str(sentences, s.text());
            Appenders.str(sentences, st.statementClass().name());
            Appenders.str(sentences, st.polarity());
            Appenders.str(sentences, st.scope());
            Appenders.str(sentences, st.speaker());
            sentences.append(st.confidence());
            Appenders.str(sentences, st.cue());
            Appenders.str(sentences, st.rule());
            sentences.append(publishedKey.intValue());
            Appenders.int32(sentences, eventKey);
            Appenders.int64(sentences, st.speakerActorKey() == 0 ? null : st.speakerActorKey());
            sentences.append(runId);
            sentences.endRow();
            bridge(committers, key, s.index(), st.committers());
            bridge(counterparts, key, s.index(), st.counterparts());
            bridge(topics, key, s.index(), st.topics());
            if (st.statementClass() != StatementClass.NONE) {
                StatementSearch.append(search, key, s.index(), s.text());
            }
        }
        for (Mention m : a.mentions()) {
            mentions.beginRow();
            mentions.append(key);
            mentions.append(m.sentenceNo());
            mentions.append(m.start());
            mentions.append(m.end());
            Appenders.str(mentions, m.kind().name());
            Appenders.str(mentions, m.surface());
            Appenders.str(mentions, m.normalized());
            mentions.append(m.resolved());
            Appenders.str(mentions, m.country());
            Appenders.int64(mentions, m.actorKey() == 0 ? null : m.actorKey());
            mentions.append(runId);
            mentions.endRow();
        }
    }

    /**
     * The body without its sentences: what lies before, between and after them (white space, a dateline),
     * in order. With the sentences and their offsets it gives the body back exactly ({@code v_release_text}),
     * so the text of a release is stored once.
     */
    static String layout(String body, List<Sentence> sentences) {
        StringBuilder b = new StringBuilder(64);
        int at = 0;
        for (Sentence s : sentences) {
            if (s.start() < at || s.end() > body.length()) {
                throw new IllegalStateException("sentence " + s.index() + " at [" + s.start() + ", " + s.end()
                        + ") is not in order within the body");
            }
            b.append(body, at, s.start());
            at = s.end();
        }
        return b.append(body, at, body.length()).toString();
    }

    private static void bridge(DuckDBAppender appender, long key, int sentenceNo, List<String> codes) throws SQLException {
        for (String code : codes) {
            appender.beginRow();
            appender.append(key);
            appender.append(sentenceNo);
            appender.append(code);
            appender.endRow();
        }
    }

    /** Flushes every appender; a failed flush fails the chunk. */
    void finish() throws SQLException {
        for (DuckDBAppender a : List.of(releases, sentences, mentions, committers, counterparts, topics, search)) {
            a.flush();
        }
        finished = true;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (DuckDBAppender a : List.of(releases, sentences, mentions, committers, counterparts, topics, search)) {
            try {
                a.close();
            } catch (SQLException e) {
                if (first == null && finished) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
