package io.statementwarehouse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.statementwarehouse.warehouse.Warehouse;

/** Helpers for tests: fixture copies in temporary directories, queries and checksums on a real warehouse. */
public final class TestWarehouses {

    private TestWarehouses() {
    }

    /**
     * Runs the command line with the test-only switch {@code sw.fail-after-chunks}: the run fails after that many
     * chunks reached the warehouse, before Spring Batch recorded their position. Returns the exit code.
     */
    public static int executeFailingAfter(int chunks, String... args) {
        System.setProperty("sw.fail-after-chunks", String.valueOf(chunks));
        try {
            return io.statementwarehouse.cli.StatementWarehouseCommand.execute(args);
        } finally {
            System.clearProperty("sw.fail-after-chunks");
        }
    }

    /** Copies a fixture directory of src/test/resources into {@code target}. */
    public static Path copyFixtures(String resourceDir, Path target) throws IOException {
        try {
            Path source = Path.of(TestWarehouses.class.getClassLoader().getResource(resourceDir).toURI());
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.toList()) {
                    Files.copy(f, target.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    public static String resource(String name) throws IOException {
        try (InputStream in = TestWarehouses.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public static List<List<Object>> query(Path warehouse, String sql) throws SQLException {
        try (Connection c = new Warehouse(warehouse).openReadOnly(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rows(rs);
        }
    }

    /** Every row of a result, as lists of column values. */
    public static List<List<Object>> rows(ResultSet rs) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            List<Object> row = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                row.add(rs.getObject(i));
            }
            rows.add(row);
        }
        return rows;
    }

    public static long count(Path warehouse, String sql) throws SQLException {
        return ((Number) query(warehouse, sql).get(0).get(0)).longValue();
    }

    /**
     * Row counts and an order-independent checksum of everything a load writes (facts, bridges,
     * mentions, releases), leaving out only run ids and load times: equal for equal warehouses.
     */
    public static List<List<Object>> fingerprint(Path warehouse) throws SQLException {
        return query(warehouse, """
                SELECT 'dim_release', count(*), sum(hash(release_key, source_id, source, title, url, published_date, event_date,
                       dateline_place, text_hash, sentence_count, commitment_count, record_no)) FROM dim_release
                UNION ALL SELECT 'fact_sentence', count(*), sum(hash(release_key, sentence_no, char_start, char_end, sentence_text,
                       class_code, polarity, scope, speaker, confidence, cue, rule)) FROM fact_sentence
                UNION ALL SELECT 'fact_mention', count(*), sum(hash(release_key, sentence_no, char_start, char_end, kind, surface,
                       normalized, resolved, country_iso3, actor_key)) FROM fact_mention
                UNION ALL SELECT 'committers', count(*), sum(hash(release_key, sentence_no, party_code)) FROM bridge_statement_committer
                UNION ALL SELECT 'counterparts', count(*), sum(hash(release_key, sentence_no, party_code)) FROM bridge_statement_counterpart
                UNION ALL SELECT 'topics', count(*), sum(hash(release_key, sentence_no, topic_code)) FROM bridge_statement_topic
                UNION ALL SELECT 'search', count(*), sum(hash(release_key, sentence_no, trigrams_0, trigrams_1, trigrams_2, trigrams_3,
                       sentence_text)) FROM fact_statement_search
                UNION ALL SELECT 'rejects', count(*), sum(hash(regexp_extract(file_path, '[^/]+$'), record_no, reason)) FROM etl_reject
                ORDER BY 1""");
    }

    /** The stored search rows of the statements (fact_statement_search: keys, signature, text), by statement. */
    public static List<List<Object>> statementSearch(Path warehouse) throws SQLException {
        return query(warehouse, "SELECT release_key, sentence_no, trigrams_0, trigrams_1, trigrams_2, trigrams_3, sentence_text"
                + " FROM fact_statement_search ORDER BY 1, 2");
    }

    /** What {@link #statementSearch} must be: one row per statement (class not NONE), the signature of its text and the text. */
    public static List<List<Object>> searchOfTheStatements(Path warehouse) throws SQLException {
        return query(warehouse, "SELECT release_key, sentence_no, sentence_text FROM fact_sentence WHERE class_code <> 'NONE' ORDER BY 1, 2")
                .stream().map(r -> {
                    List<Object> row = new java.util.ArrayList<>(List.of(r.get(0), r.get(1)));
                    for (long w : io.statementwarehouse.warehouse.StatementSearch.trigrams((String) r.get(2))) {
                        row.add(w);
                    }
                    row.add(r.get(2));
                    return row;
                }).toList();
    }

    /**
     * Everything an analyst sees of a load, as text: the public views {@code v_release}, {@code v_statement},
     * {@code v_mention} and the copies in {@code etl_duplicate} (without the run that listed them), each ordered by
     * its key. Equal for warehouses that hold the same releases, however they were loaded.
     */
    public static String publicContents(Path warehouse) throws SQLException {
        StringBuilder out = new StringBuilder();
        for (String sql : List.of("SELECT * FROM v_release ORDER BY release_key",
                "SELECT * FROM v_statement ORDER BY release_key, sentence_no",
                "SELECT * FROM v_mention ORDER BY release_key, sentence_no, char_start, char_end, kind, normalized",
                "SELECT * EXCLUDE (run_id) FROM etl_duplicate ORDER BY copy_file, copy_record_no")) {
            out.append(sql).append('\n');
            for (List<Object> row : query(warehouse, sql)) {
                out.append(row.stream().map(TestWarehouses::text).toList()).append('\n');
            }
        }
        return out.toString();
    }

    private static String text(Object value) {
        if (value instanceof java.sql.Array a) {
            try {
                return java.util.Arrays.toString((Object[]) a.getArray());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.valueOf(value);
    }
}
