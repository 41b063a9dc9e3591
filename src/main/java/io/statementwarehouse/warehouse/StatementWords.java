package io.statementwarehouse.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.duckdb.DuckDBAppender;

/**
 * The words of each statement (a sentence whose class is not NONE), in {@code fact_statement_words}: what the explorer's
 * word search reads instead of the sentences' text.
 *
 * <p>A word is a run of characters whose lower case is a-z or 0-9 (anything else separates words), lower-cased, at least
 * {@value #MIN_LENGTH} long; a statement's words are stored once each, joined by one space. A search for a token made only
 * of such characters and at least that long, which {@code sentence_text ILIKE '%token%'} answers by reading and
 * decompressing the text of every statement, is answered exactly by {@code contains(words, lower(token))}: the token
 * matches inside one run of the text, and that run is one of the stored words. Other searches (a quoted phrase,
 * punctuation, short tokens) use the words as a necessary condition and check {@code ILIKE} on what passes.
 *
 * <p>Why words per statement rather than a token table (one row per word and statement): the load writes them with one
 * Appender row per statement (3.3 per release), against some 26 rows per statement for tokens, which cost a fifth of the
 * load's time; scanning the words of 3.3 million statements costs a sixth of scanning their text (zstd-compressed among
 * 17.8 million sentences). See docs/BENCHMARKS.md, "Explorer".
 */
public final class StatementWords {

    public static final String TABLE = "fact_statement_words";
    public static final int MIN_LENGTH = 3;

    private StatementWords() {
    }

    /** The distinct words of a statement's text, in order of first occurrence, joined by one space. */
    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Set<String> seen = new HashSet<>();
        forEachWord(text, w -> {
            if (seen.add(w)) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(w);
            }
        });
        return out.toString();
    }

    /** The words of a search term (lower-cased), those at least {@value #MIN_LENGTH} long: what a matching statement's words contain. */
    public static List<String> wordsOf(String term) {
        List<String> words = new ArrayList<>();
        forEachWord(term, words::add);
        return words;
    }

    private static void forEachWord(String text, Consumer<String> action) {
        StringBuilder word = new StringBuilder(24);
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? Character.toLowerCase(text.charAt(i)) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word.append(c);
                continue;
            }
            if (word.length() >= MIN_LENGTH) {
                action.accept(word.toString());
            }
            word.setLength(0);
        }
    }

    /** Whether the stored words alone answer {@code ILIKE '%term%'} for this term: one word, nothing else in it. */
    public static boolean decides(String term) {
        List<String> words = wordsOf(term);
        return words.size() == 1 && words.get(0).length() == term.length();
    }

    /**
     * Writes the words of every statement stored (a warehouse of a version before 9, or any whose words are missing),
     * replacing what the table held; run inside the transaction that records the schema version.
     */
    static long backfill(Connection c) throws SQLException {
        long written = 0;
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM " + TABLE);
            long last;
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(rowid), -1) FROM fact_sentence")) {
                rs.next();
                last = rs.getLong(1);
            }
            // In slices of row ids, read whole before they are appended: one statement at a time on the connection.
            long slice = 1_000_000;
            for (long from = 0; from <= last; from += slice) {
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT release_key, sentence_no, sentence_text FROM fact_sentence WHERE class_code <> 'NONE'"
                        + " AND rowid >= " + from + " AND rowid < " + (from + slice))) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getLong(1), rs.getInt(2), of(rs.getString(3))});
                    }
                }
                DuckDBAppender a = Appenders.open(c, TABLE);
                for (Object[] r : rows) {
                    a.beginRow();
                    a.append((long) r[0]);
                    a.append((int) r[1]);
                    a.append((String) r[2]);
                    a.endRow();
                }
                Appenders.finish(a);
                written += rows.size();
            }
        }
        return written;
    }
}
