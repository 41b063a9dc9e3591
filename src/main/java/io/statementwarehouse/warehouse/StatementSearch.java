package io.statementwarehouse.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.duckdb.DuckDBAppender;

/**
 * What the explorer's word search reads instead of the text of every sentence: {@code fact_statement_search}, one row per
 * statement (a sentence whose class is not NONE) with its text, stored uncompressed, and a signature of the text's
 * character trigrams, {@value #BITS} bits in {@value #WORDS} BIGINT columns {@code trigrams_0...}.
 *
 * <p>A search term {@code t} is answered by {@code sentence_text ILIKE '%t%'}, as on {@code v_statement}. A text that
 * contains the term contains each of its trigrams, so its signature has every bit of the term's ({@link #mask}): the
 * statements whose signature has them are the candidates, found by a scan of four integer columns, and the {@code ILIKE}
 * runs on their texts only. A phrase's trigrams span its words ("l m" of "critical minerals"), so the candidates of a
 * phrase are mostly statements that hold it, not those that hold its words apart. The trigrams are taken of the text
 * folded as {@code ILIKE} compares it: each character lower-cased, and anything but a-z, 0-9 and the space made one
 * symbol, so that two characters {@code ILIKE} takes for equal fold to the same symbol.
 *
 * <p>Why the text again, uncompressed: the candidates of a frequent phrase lie in nearly every vector of the table, and
 * reading a row of a compressed column decompresses its vector: checking 10,000 candidates on zstd text decompressed
 * nearly all of it (1-3 s of CPU on a million releases), on DuckDB's default (dictionary, FSST) 0.6 s, uncompressed 0.1 s.
 * Why not a table of word pairs (one row per pair and statement): some 25 rows per statement to append, against one
 * here, and a search must still find a term inside words ("mineral" in "minerals", "critical minerals" in "geocritical
 * mineralsfoo"), which whole words cannot answer. See docs/BENCHMARKS.md, "Explorer".
 */
public final class StatementSearch {

    public static final String TABLE = "fact_statement_search";
    public static final int WORDS = 4;
    public static final int BITS = WORDS * 64;
    /** Folded characters that are none of a-z, 0-9 and the space. */
    private static final char OTHER = '\u0001';

    private StatementSearch() {
    }

    /** The signature of a statement's text: the bit of each of its (folded) trigrams. */
    public static long[] trigrams(String text) {
        long[] bits = new long[WORDS];
        addTrigrams(text, bits);
        return bits;
    }

    /**
     * The bits every statement containing all the terms has in its signature: those of each term's trigrams. All zero when
     * no term is three characters long: then every statement is a candidate.
     */
    public static long[] mask(List<String> terms) {
        long[] bits = new long[WORDS];
        terms.forEach(t -> addTrigrams(t, bits));
        return bits;
    }

    private static void addTrigrams(String text, long[] bits) {
        if (text.length() < 3) {
            return;
        }
        int a = fold(text.charAt(0));
        int b = fold(text.charAt(1));
        for (int i = 2; i < text.length(); i++) {
            int c = fold(text.charAt(i));
            int bit = bit((a << 16) | (b << 8) | c);
            bits[bit >>> 6] |= 1L << (bit & 63);
            a = b;
            b = c;
        }
    }

    /** The character as ILIKE compares it, in one byte: lower-cased a-z and 0-9, the space, or {@link #OTHER}. */
    static int fold(char ch) {
        char l = Character.toLowerCase(ch);
        return (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || l == ' ' ? l : OTHER;
    }

    /** A trigram's bit: its three bytes mixed (murmur3's finalizer), so that similar trigrams fall far apart. */
    private static int bit(int trigram) {
        int h = trigram * 0x9E3779B1;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return (h >>> 8) % BITS;
    }

    /** Appends a statement's row: its keys, signature and text. */
    static void append(DuckDBAppender a, long releaseKey, int sentenceNo, String text) throws SQLException {
        a.beginRow();
        a.append(releaseKey);
        a.append(sentenceNo);
        for (long w : trigrams(text)) {
            a.append(w);
        }
        a.append(text);
        a.endRow();
    }

    /**
     * Writes the row of every statement stored (a warehouse of a version before 10), replacing what the table held; run
     * inside the transaction that records the schema version.
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
                        rows.add(new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3)});
                    }
                }
                DuckDBAppender a = Appenders.open(c, TABLE);
                for (Object[] r : rows) {
                    append(a, (long) r[0], (int) r[1], (String) r[2]);
                }
                Appenders.finish(a);
                written += rows.size();
            }
        }
        return written;
    }
}
