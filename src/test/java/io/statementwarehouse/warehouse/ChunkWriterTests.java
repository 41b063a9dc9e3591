package io.statementwarehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.ingest.InputFormat;
import io.statementwarehouse.ingest.RawRelease;
import io.statementwarehouse.ingest.ReleaseParser;
import io.statementwarehouse.nlp.ReferenceData;
import io.statementwarehouse.nlp.ReleaseAnalyzer;

/**
 * The chunk writer and the copy resolver on a real DuckDB file: releases are stored once, and copies (the same
 * release from another file, the same text under another id) are listed, whether the execution knows the warehouse
 * was empty ({@link KnownReleases} complete, no look-ups for new releases) or looks everything up, and whatever the
 * order the chunks arrive in.
 */
class ChunkWriterTests {

    static ReleaseAnalyzer analyzer;

    @TempDir
    Path dir;

    @BeforeAll
    static void reference() {
        analyzer = new ReleaseAnalyzer(ReferenceData.load());
    }

    private static LoadItem release(String file, long recordNo, String id, String body) {
        RawRelease raw = new RawRelease(file, recordNo, InputFormat.JSONL, id, "Xinhua", "2024-11-14", "Talks " + id, null, body);
        ReleaseParser.Parsed parsed = (ReleaseParser.Parsed) new ReleaseParser().parse(raw);
        return new LoadItem.Loaded(analyzer.analyze(parsed.release()));
    }

    private static final String TALKS = "BEIJING, Nov. 14 (Xinhua) -- Chinese President Xi Jinping met Azerbaijani President Ilham Aliyev. "
            + "China is willing to work with Azerbaijan to deepen cooperation.";
    private static final String TRADE = "BAKU, Nov. 13 (Xinhua) -- The two sides should expand trade. Both countries agreed to meet again.";
    private static final String CLIMATE = "BAKU, Nov. 12 (Xinhua) -- China will continue to support the climate talks.";

    /**
     * Loads three chunks, then settles the copies of one text; the chunks carry copies of each other's releases: the
     * same release (same id and source) from another file, the same text under another id, both within one chunk.
     */
    private List<List<Object>> load(Path warehouse, boolean startEmptyKnown, boolean reversed) throws SQLException {
        try (Connection c = new Warehouse(warehouse).openReadWrite()) {
            new SchemaManager().apply(c);
            KnownReleases known = startEmptyKnown ? KnownReleases.at(c) : KnownReleases.unknown();
            var sources = new SourceRegistry();
            var locks = new ReleaseKeyLocks();
            List<List<LoadItem>> chunks = new ArrayList<>(List.of(
                    List.of(release("a.jsonl", 1, "1", TALKS), release("a.jsonl", 2, "2", TRADE)),
                    List.of(release("b.jsonl", 1, "1", TALKS), release("b.jsonl", 2, "9", TRADE), release("b.jsonl", 3, "3", CLIMATE)),
                    List.of(release("c.jsonl", 1, "4", CLIMATE + " Again."), release("c.jsonl", 2, "5", CLIMATE + " Again."))));
            if (reversed) {
                java.util.Collections.reverse(chunks);
            }
            for (List<LoadItem> chunk : chunks) {
                new ChunkWriter(c, sources, known, locks).write(chunk, 1);
            }
            CopyResolver.resolve(c, 1);
            return rows(c, """
                    SELECT 'release', source_id, file_path, record_no FROM dim_release
                    UNION ALL SELECT 'copy', copy_source_id, copy_file, copy_record_no FROM etl_duplicate
                    UNION ALL SELECT 'sentences', NULL, NULL, count(*) FROM fact_sentence
                    UNION ALL SELECT 'kept', d.copy_source_id, r.source_id, NULL FROM etl_duplicate d JOIN dim_release r
                        ON r.release_key = d.kept_release_key
                    ORDER BY 1, 3, 4, 2""");
        }
    }

    private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    @Test
    void copiesAreFoundWithoutLookingUpNewReleasesInAnEmptyWarehouse() throws SQLException {
        List<List<Object>> known = load(dir.resolve("known.duckdb"), true, false);
        List<List<Object>> lookedUp = load(dir.resolve("looked-up.duckdb"), false, false);

        assertThat(known).isEqualTo(lookedUp);
        assertThat(known.stream().filter(r -> r.get(0).equals("release")).map(r -> r.get(1))).containsExactly("1", "2", "3", "4");
        assertThat(known.stream().filter(r -> r.get(0).equals("copy")).map(r -> r.get(2) + "#" + r.get(3)))
                .containsExactly("b.jsonl#1", "b.jsonl#2", "c.jsonl#2");
        // each copy names the release kept in its place: the earliest date, then source, then id, then file and record
        assertThat(known.stream().filter(r -> r.get(0).equals("kept")).map(r -> r.get(1) + "->" + r.get(2)))
                .containsExactlyInAnyOrder("1->1", "9->2", "5->4");
    }

    @Test
    void theKeptCopyDoesNotDependOnTheOrderTheChunksArrive() throws SQLException {
        List<List<Object>> inOrder = load(dir.resolve("in-order.duckdb"), true, false);
        // reversed: b.jsonl's release 1 is stored first, then displaced by a.jsonl's, which comes first by the rule
        assertThat(load(dir.resolve("reversed.duckdb"), true, true)).isEqualTo(inOrder);
        assertThat(load(dir.resolve("reversed-looked-up.duckdb"), false, true)).isEqualTo(inOrder);
    }

    @Test
    void aWarehouseWithReleasesIsLookedUp() throws SQLException {
        Path warehouse = dir.resolve("w.duckdb");
        try (Connection c = new Warehouse(warehouse).openReadWrite()) {
            new SchemaManager().apply(c);
            KnownReleases empty = KnownReleases.at(c);
            assertThat(empty.mayHoldKey(42)).isFalse();
            new ChunkWriter(c, new SourceRegistry(), empty, new ReleaseKeyLocks()).write(List.of(release("a.jsonl", 1, "1", TALKS)), 1);
            long key = ((LoadItem.Loaded) release("a.jsonl", 1, "1", TALKS)).release().release().releaseKey();
            assertThat(empty.mayHoldKey(key)).isTrue();
            assertThat(empty.mayHoldKey(42)).isFalse();

            KnownReleases next = KnownReleases.at(c);
            assertThat(next.mayHoldKey(42)).isTrue();
            assertThat(next.mayHoldCopies()).isTrue();
        }
        assertThat(Files.exists(warehouse)).isTrue();
    }

    @Test
    void theKeySetHoldsEveryValueItWasGiven() {
        KnownReleases.LongSet set = new KnownReleases.LongSet();
        long[] values = LongStream.range(-50_000, 50_000).map(v -> v * 0x9E3779B97F4A7C15L).toArray();
        set.addAll(values);
        assertThat(LongStream.of(values).allMatch(set::contains)).isTrue();
        assertThat(set.contains(0)).isTrue(); // -50,000..50,000 includes 0
        assertThat(LongStream.range(1, 10_000).map(v -> v * 0x9E3779B97F4A7C15L + 1).noneMatch(set::contains)).isTrue();
        assertThat(new KnownReleases.LongSet().contains(0)).isFalse();
    }
}
