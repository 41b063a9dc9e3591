package io.statementwarehouse.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Keeps one stored release per text. Among the stored releases whose texts are equal (case and white space folded:
 * {@code dim_release.text_hash}), the one that comes first by {@link #KEEP_ORDER} is kept; the others are republished
 * copies: their rows are deleted and each is listed once in {@code etl_duplicate}, naming the kept release. Copies
 * listed earlier that named a release which now loses are pointed at the new kept one.
 *
 * <p>Why after the load, in one set-based transaction, instead of in each chunk: the partitions load at once, and a
 * chunk cannot see the copies that another partition has not committed yet, so which copy a chunk-time check keeps
 * depends on timing. Decided here, over everything stored, the choice depends only on the releases: not on
 * partitions, threads, chunk size, order or restarts. Repeated (a restart after a crash), it finds nothing to do.
 */
public final class CopyResolver {

    /**
     * The rule an analyst reads in the README: the earliest published date, then source, then source id, then the
     * input file's path and the record's number in it.
     */
    public static final String KEEP_ORDER = "published_date, source, source_id, file_path, record_no";

    /** The tables that hold a release's rows: whatever removes a release removes its rows from each. */
    public static final List<String> RELEASE_TABLES = List.of("fact_sentence", "fact_mention", "bridge_statement_committer",
            "bridge_statement_counterpart", "bridge_statement_topic", StatementSearch.TABLE, "dim_release");

    private CopyResolver() {
    }

    /**
     * What a resolution removed: stored copies in all, and how many of them an earlier run had stored (the counts that
     * earlier runs published, such as the unresolved names, are then to be counted again).
     */
    public record Removed(int copies, int ofEarlierRuns) {
    }

    /** Settles every text stored more than once. */
    public static Removed resolve(Connection c, long runId) throws SQLException {
        int[] removed = new int[2];
        Transactions.inTransaction(c, () -> {
            try (Statement st = c.createStatement()) {
                st.execute("""
                        CREATE OR REPLACE TEMP TABLE copy_losers AS
                        SELECT * FROM (
                            SELECT release_key, source, source_id, file_path, record_no, published_date,
                                   first_value(release_key) OVER w AS kept_release_key,
                                   row_number() OVER w AS place
                            FROM dim_release
                            WHERE text_hash IN (SELECT text_hash FROM dim_release GROUP BY text_hash HAVING count(*) > 1)
                            WINDOW w AS (PARTITION BY text_hash ORDER BY %s)
                        ) WHERE place > 1""".formatted(KEEP_ORDER));
                try (ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE r.run_id <> " + runId
                        + ") FROM copy_losers JOIN dim_release r USING (release_key)")) {
                    rs.next();
                    removed[0] = rs.getInt(1);
                    removed[1] = rs.getInt(2);
                }
                if (removed[0] > 0) {
                    // Copies that named a release which is now a copy itself name the release kept in its place.
                    st.execute("UPDATE etl_duplicate SET kept_release_key = l.kept_release_key FROM copy_losers l "
                            + "WHERE etl_duplicate.kept_release_key = l.release_key");
                    // The run id is a number this program computed: safe in the statement.
                    st.execute("INSERT INTO etl_duplicate (run_id, copy_source, copy_source_id, copy_release_key, copy_file, "
                            + "copy_record_no, copy_published_date, kept_release_key) SELECT " + runId
                            + ", source, source_id, release_key, file_path, record_no, published_date, kept_release_key FROM copy_losers");
                    for (String table : RELEASE_TABLES) {
                        st.execute("DELETE FROM " + table + " WHERE release_key IN (SELECT release_key FROM copy_losers)");
                    }
                }
                st.execute("DROP TABLE copy_losers");
            }
        });
        return new Removed(removed[0], removed[1]);
    }
}
