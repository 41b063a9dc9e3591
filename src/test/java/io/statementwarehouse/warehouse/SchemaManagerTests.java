package io.statementwarehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema scripts on a real DuckDB file, as a warehouse of an earlier version meets them. */
class SchemaManagerTests {

    @TempDir
    Path dir;

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aVersion4WarehouseLosesTheLookupIndexesItNeverUsed() throws SQLException {
        try (Connection c = new Warehouse(dir.resolve("w.duckdb")).openReadWrite()) {
            new SchemaManager().apply(c);
            try (Statement st = c.createStatement()) {
                // what version 4 left behind
                st.execute("CREATE INDEX dim_release_key_idx ON dim_release (release_key)");
                st.execute("CREATE INDEX dim_release_text_hash_idx ON dim_release (text_hash)");
            }
            assertThat(count(c, "SELECT count(*) FROM duckdb_indexes() WHERE table_name = 'dim_release'")).isEqualTo(2);

            new SchemaManager().apply(c);

            assertThat(count(c, "SELECT count(*) FROM duckdb_indexes() WHERE table_name = 'dim_release'")).isZero();
            assertThat(count(c, "SELECT max(version) FROM etl_schema_version")).isEqualTo(SchemaManager.currentVersion()).isEqualTo(10);
        }
    }

    @Test
    void aVersion5WarehouseKeepsItsSentencesWithTheirTextCompressedByZstdRebuiltOnce() throws SQLException {
        try (Connection c = new Warehouse(dir.resolve("w.duckdb")).openReadWrite()) {
            try (Statement st = c.createStatement()) {
                // a version-5 warehouse: the tables of versions 1 and 3, some sentences, version 6 not recorded
                for (String script : List.of("V1__star_schema.sql", "V3__actor_links_and_unresolved_names.sql")) {
                    for (String sql : SchemaManager.statements(SchemaManager.read("sql/schema/" + script))) {
                        st.execute(sql);
                    }
                }
                st.execute("INSERT INTO fact_sentence SELECT i, i % 20, 0, 10, 'The two sides agreed to deepen cooperation ' || i, "
                        + "'NONE', NULL, NULL, NULL, NULL, NULL, NULL, 20240101, NULL, CASE WHEN i % 3 = 0 THEN i END FROM range(5000) t(i)");
                st.execute("INSERT INTO etl_schema_version (version, description) VALUES (1, 'star schema'), (3, 'x'), (5, 'y')");
                // a release stored whole in dim_release.body, with its two sentences in fact_sentence
                st.execute("INSERT INTO dim_release VALUES (100000, 1, 'Xinhua', 'x-7', 'Talks', NULL, DATE '2024-11-14', 20241114, NULL, NULL, "
                        + "'BEIJING', '" + BODY + "', 'h', 2, 0, 'f.jsonl', 1, 1, TIMESTAMPTZ '2024-11-14 00:00:00+00')");
                st.execute("INSERT INTO fact_mention VALUES (100000, 1, 52, 57, 'COUNTRY', 'China', 'CHN', true, 'CHN', NULL)");
                for (int i = 0; i < 2; i++) {
                    String sentence = i == 0 ? "Both sides agreed to deepen cooperation." : "China is willing to work with Azerbaijan.";
                    int start = BODY.indexOf(sentence);
                    st.execute("INSERT INTO fact_sentence VALUES (100000, " + i + ", " + start + ", " + (start + sentence.length()) + ", '"
                            + sentence + "', 'NONE', NULL, NULL, NULL, NULL, NULL, NULL, 20241114, NULL, NULL)");
                }
            }
            String before = "SELECT count(*), sum(hash(release_key, sentence_no, sentence_text, speaker_actor_key)) FROM fact_sentence";
            long rows = count(c, before);
            long digest = sum(c, before);

            new SchemaManager().apply(c);
            try (Statement st = c.createStatement()) {
                st.execute("CHECKPOINT");
            }

            assertThat(count(c, before)).isEqualTo(rows).isEqualTo(5002);
            // the facts carry the run that loaded them, taken from their release
            assertThat(count(c, "SELECT count(*) FROM fact_mention WHERE run_id = 1")).isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM fact_sentence WHERE release_key = 100000 AND run_id = 1")).isEqualTo(2);
            // the body is no longer stored, and comes back whole from its sentences and its layout
            assertThat(count(c, "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'dim_release' AND column_name = 'body'")).isZero();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT r.layout, t.body FROM dim_release r JOIN v_release_text t USING (release_key)")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("BEIJING, Nov. 14 (Xinhua) -- \n\n (Photo)\n");
                assertThat(rs.getString(2)).isEqualTo(BODY);
            }
            assertThat(sum(c, before)).isEqualTo(digest);
            assertThat(count(c, "SELECT count(*) FROM pragma_storage_info('fact_sentence') WHERE column_name = 'sentence_text' "
                    + "AND segment_type = 'VARCHAR' AND compression = 'ZSTD'")).isPositive();
            assertThat(count(c, "SELECT count(*) FROM pragma_storage_info('fact_sentence') WHERE column_name = 'sentence_text' "
                    + "AND segment_type = 'VARCHAR' AND compression <> 'ZSTD'")).isZero();
            assertThat(count(c, "SELECT count(*) FROM v_statement")).isZero(); // the views still resolve

            // the rebuild is recorded: the next start leaves the table alone
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO fact_sentence (release_key, sentence_no, char_start, char_end, sentence_text, class_code, "
                        + "published_date_key) VALUES (-1, 0, 0, 1, 'x', 'NONE', 20240101)");
            }
            long tableOid = count(c, "SELECT table_oid FROM duckdb_tables() WHERE table_name = 'fact_sentence'");
            new SchemaManager().apply(c);
            assertThat(count(c, "SELECT table_oid FROM duckdb_tables() WHERE table_name = 'fact_sentence'")).isEqualTo(tableOid);
            assertThat(count(c, "SELECT count(*) FROM fact_sentence")).isEqualTo(5003);
        }
    }

    private static final String BODY = "BEIJING, Nov. 14 (Xinhua) -- Both sides agreed to deepen cooperation.\n\n"
            + "China is willing to work with Azerbaijan. (Photo)\n";

    private static long sum(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(2);
        }
    }
}
