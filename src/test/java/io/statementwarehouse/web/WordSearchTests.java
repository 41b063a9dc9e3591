package io.statementwarehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.TestWarehouses;
import io.statementwarehouse.ingest.InputFormat;
import io.statementwarehouse.ingest.RawRelease;
import io.statementwarehouse.ingest.ReleaseParser;
import io.statementwarehouse.nlp.ReferenceData;
import io.statementwarehouse.nlp.ReleaseAnalyzer;
import io.statementwarehouse.warehouse.ChunkWriter;
import io.statementwarehouse.warehouse.CopyResolver;
import io.statementwarehouse.warehouse.KnownReleases;
import io.statementwarehouse.warehouse.LoadItem;
import io.statementwarehouse.warehouse.ReleaseKeyLocks;
import io.statementwarehouse.warehouse.SchemaManager;
import io.statementwarehouse.warehouse.SourceRegistry;
import io.statementwarehouse.warehouse.Warehouse;

/**
 * The word search of the Statements page, on real warehouses: what it selects is what a plain {@code ILIKE} scan of every
 * statement's text selects, for words taken from the statements themselves (whole, cut, in capitals, as phrases, with
 * punctuation), and the words table stays one row per statement, equal to the words of its text, after a load, a copy
 * resolution that removes releases, and an upgrade of a warehouse that had no such table (a failed run restarted:
 * {@code RestartFunctionalTests}; a distributed load: the fingerprint, which covers the words).
 */
class WordSearchTests {

    @TempDir
    static Path dir;

    static Path fixture;

    @BeforeAll
    static void loadTheFixtures() throws Exception {
        fixture = ExplorerClient.loadFixtureWarehouse(dir.resolve("fixture"));
    }

    /** The statements (release key / sentence no) the explorer's filter selects. */
    private static Set<String> selected(Connection c, StatementFilter filter) throws SQLException {
        StatementQueries.Selection s = StatementQueries.select(c, filter);
        return new TreeSet<>(Rows.list(c, "SELECT release_key || '/' || sentence_no FROM fact_sentence WHERE rowid IN (" + s.rowIds() + ")",
                s.where().params(), rs -> rs.getString(1)));
    }

    /** The statements whose text contains every term, any case: the search without the words table. */
    private static Set<String> scanned(Connection c, List<String> terms, String committer) throws SQLException {
        StatementQueries.Where text = StatementQueries.textContains("sentence_text", terms);
        List<Object> params = new ArrayList<>(text.params());
        String bridge = "";
        if (committer != null) {
            bridge = " AND (release_key, sentence_no) IN (SELECT release_key, sentence_no FROM bridge_statement_committer WHERE party_code = ?)";
            params.add(committer);
        }
        return new TreeSet<>(Rows.list(c, "SELECT release_key || '/' || sentence_no FROM fact_sentence WHERE class_code <> 'NONE' AND " + text.sql()
                + bridge, params, rs -> rs.getString(1)));
    }

    private static StatementFilter words(String q, String committer) {
        return new StatementFilter(null, committer, null, null, null, null, null, q, null, null, null, null);
    }

    /** Search terms from the statements' own text: words, their middles, capitals, adjacent pairs as phrases, punctuation. */
    private static List<String> termsFrom(Connection c) throws SQLException {
        Set<String> terms = new LinkedHashSet<>(List.of("of", "U.S.", "co-operation", "%", "_", "2024", "People's Republic", "minerals,",
                "Ukraine’s", "café", "Critical Minerals"));
        List<String> texts = Rows.list(c, "SELECT sentence_text FROM fact_sentence WHERE class_code <> 'NONE' ORDER BY release_key, sentence_no",
                List.of(), rs -> rs.getString(1));
        for (int i = 0; i < texts.size(); i += 3) {
            String[] w = texts.get(i).split("\\s+");
            for (int j = 0; j + 1 < w.length; j += 5) {
                terms.add(w[j]);
                terms.add(w[j].toUpperCase(java.util.Locale.ROOT));
                if (w[j].length() > 5) {
                    terms.add(w[j].substring(1, w[j].length() - 1));
                }
                terms.add("\"" + w[j] + " " + w[j + 1] + "\"");
            }
        }
        return new ArrayList<>(terms);
    }

    @Test
    void selectsWhatAScanOfTheTextSelects() throws Exception {
        try (Connection c = new Warehouse(fixture).openReadOnly()) {
            List<String> terms = termsFrom(c);
            assertThat(terms).hasSizeGreaterThan(200);
            int nonEmpty = 0;
            for (String term : terms) {
                List<String> parsed = words(term, null).words();
                Set<String> expected = scanned(c, parsed, null);
                assertThat(selected(c, words(term, null))).as(term).isEqualTo(expected);
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
            // Two terms at once, and words with another filter.
            for (int i = 0; i + 1 < terms.size(); i += 9) {
                String q = terms.get(i) + " " + terms.get(i + 1);
                assertThat(selected(c, words(q, null))).as(q).isEqualTo(scanned(c, words(q, null).words(), null));
                assertThat(selected(c, words(q, "USA"))).as(q + " by USA").isEqualTo(scanned(c, words(q, null).words(), "USA"));
            }
            assertThat(nonEmpty).as("terms that find something").isGreaterThan(terms.size() / 2);
        }
    }

    /**
     * The page and the count of a search, as the Statements page reads them, against a plain scan of v_statement with
     * ILIKE: the same rows in the same order and the same count, for phrases, words, short words and punctuation, alone
     * and with a committer, newest and oldest first and by confidence, on the first page and the next.
     */
    @Test
    void pagesAndCountsAreThoseOfAScanOfTheView() throws Exception {
        try (Connection c = new Warehouse(fixture).openReadOnly()) {
            int checked = 0;
            for (String q : List.of("\"critical minerals\"", "critical minerals", "\"the United States\"", "\"will continue to\"", "of",
                    "\"U.S.-China\"", "China cooperation", "\"of the\" trade", "MINERALS", "2024", "’s", "a", "\"and the\"")) {
                for (String committer : new String[] {null, "USA", "CHN"}) {
                    for (String[] sort : new String[][] {{null, null}, {null, "asc"}, {"confidence", "asc"}, {"confidence", null}}) {
                        for (int page = 1; page <= 2; page++) {
                            StatementFilter f = new StatementFilter(null, committer, null, null, null, null, null, q, sort[0], sort[1], page, 25);
                            List<Object> params = new ArrayList<>();
                            StringBuilder where = new StringBuilder("true");
                            for (String term : f.words()) {
                                where.append(" AND sentence_text ILIKE ? ESCAPE '\\'");
                                params.add(Rows.contains(term));
                            }
                            if (committer != null) {
                                where.append(" AND list_contains(committers, ?)");
                                params.add(committer);
                            }
                            String order = ("confidence".equals(sort[0]) ? "confidence" : "published_date") + (f.ascending() ? " ASC" : " DESC")
                                    + " NULLS LAST, published_date DESC, release_key, sentence_no";
                            List<String> expected = Rows.list(c, "SELECT release_key || '/' || sentence_no FROM v_statement WHERE " + where + " ORDER BY "
                                    + order + " LIMIT 25 OFFSET " + (page - 1) * 25, params, rs -> rs.getString(1));
                            long total = Rows.count(c, "SELECT count(*) FROM v_statement WHERE " + where, params);
                            StatementQueries.Counted shown = StatementQueries.select(c, f).read(c);
                            assertThat(shown.rows().stream().map(r -> r.releaseKey() + "/" + r.sentenceNo()).toList()).as(f.toString()).isEqualTo(expected);
                            assertThat(shown.total()).as(f.toString()).isEqualTo(total);
                            checked += expected.isEmpty() ? 0 : 1;
                        }
                    }
                }
            }
            assertThat(checked).as("pages with rows").isGreaterThan(60);
        }
    }

    @Test
    void phrasesAreCheckedOnTheTextsOfTheirCandidates() throws Exception {
        try (Connection c = new Warehouse(fixture).openReadOnly()) {
            for (String phrase : List.of("\"the United States\"", "\"will continue to\"", "\"of the\"", "\"U.S.-China\"")) {
                List<String> terms = words(phrase, null).words();
                Set<String> expected = scanned(c, terms, null);
                assertThat(WordSearch.fill(c, StatementFilter.none(), false, terms)).isTrue();
                Set<String> hits = new TreeSet<>(Rows.list(c, "SELECT release_key || '/' || sentence_no FROM " + WordSearch.HITS, List.of(),
                        rs -> rs.getString(1)));
                assertThat(hits).as(phrase).isEqualTo(expected);
            }
        }
    }

    @Test
    void theFixtureWarehouseHasTheSearchRowOfEveryStatement() throws Exception {
        assertWordsMatchTheStatements(fixture);
    }

    @Test
    void copiesRemovedByTheResolverTakeTheirSearchRowsWithThem() throws Exception {
        Path w = dir.resolve("copies.duckdb");
        ReleaseAnalyzer analyzer = new ReleaseAnalyzer(ReferenceData.load());
        String text = "BEIJING, Nov. 14 (Xinhua) -- China will continue to support critical minerals cooperation with Kazakhstan.";
        try (Connection c = new Warehouse(w).openReadWrite()) {
            new SchemaManager().apply(c);
            ChunkWriter writer = new ChunkWriter(c, new SourceRegistry(), KnownReleases.unknown(), new ReleaseKeyLocks());
            writer.write(List.of(release(analyzer, "a.jsonl", 1, "1", "2024-11-14", text),
                    release(analyzer, "a.jsonl", 2, "2", "2024-11-15", "BAKU, Nov. 15 (Xinhua) -- Azerbaijan will expand trade with China.")), 1);
            // The same text under another id, published earlier: it is kept, and the first one's rows go.
            writer.write(List.of(release(analyzer, "b.jsonl", 1, "9", "2024-11-13", text)), 1);
            assertThat(count(c, "SELECT count(*) FROM fact_statement_search WHERE contains(sentence_text, 'minerals')")).isEqualTo(2);

            assertThat(CopyResolver.resolve(c, 1).copies()).isEqualTo(1);

            assertThat(count(c, "SELECT count(*) FROM fact_statement_search WHERE contains(sentence_text, 'minerals')")).isEqualTo(1);
            assertThat(selected(c, words("minerals", null))).isEqualTo(scanned(c, List.of("minerals"), null)).hasSize(1);
        }
        assertWordsMatchTheStatements(w);
    }

    @Test
    void aWarehouseOfVersion9GetsTheSearchTableOnUpgrade() throws Exception {
        Path w = dir.resolve("upgrade.duckdb");
        java.nio.file.Files.copy(fixture, w);
        List<List<Object>> written = TestWarehouses.statementSearch(w);
        try (Connection c = new Warehouse(w).openReadWrite(); Statement st = c.createStatement()) {
            // what version 9 left: its words, no search table, no version 10
            st.execute("DROP TABLE fact_statement_search");
            st.execute("DELETE FROM etl_schema_version WHERE version = 10");
            st.execute("CREATE TABLE fact_statement_words (release_key BIGINT NOT NULL, sentence_no INTEGER NOT NULL, words VARCHAR NOT NULL)");
        }
        try (Connection c = new Warehouse(w).openReadOnly()) {
            // the explorer on such a warehouse (read-only, not upgraded) reads the text instead
            assertThat(selected(c, words("minerals", null))).isEqualTo(scanned(c, List.of("minerals"), null)).isNotEmpty();
        }
        try (Connection c = new Warehouse(w).openReadWrite()) {
            new SchemaManager().apply(c);
            new SchemaManager().apply(c); // once only
        }
        assertThat(TestWarehouses.statementSearch(w)).isNotEmpty().isEqualTo(written);
        assertThat(TestWarehouses.count(w, "SELECT count(*) FROM etl_schema_version WHERE version = 10")).isEqualTo(1);
        assertThat(TestWarehouses.count(w, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'fact_statement_words'")).isZero();
        try (Connection c = new Warehouse(w).openReadOnly()) {
            assertThat(selected(c, words("\"critical minerals\"", null))).isEqualTo(scanned(c, List.of("critical minerals"), null));
        }
    }

    /** One row per statement, none for other sentences, each with its text and the signature of its text. */
    private static void assertWordsMatchTheStatements(Path w) throws Exception {
        assertThat(TestWarehouses.statementSearch(w)).isNotEmpty().isEqualTo(TestWarehouses.searchOfTheStatements(w));
    }

    private static LoadItem release(ReleaseAnalyzer analyzer, String file, long recordNo, String id, String date, String body) {
        RawRelease raw = new RawRelease(file, recordNo, InputFormat.JSONL, id, "Xinhua", date, "Talks " + id, null, body);
        ReleaseParser.Parsed parsed = (ReleaseParser.Parsed) new ReleaseParser().parse(raw);
        return new LoadItem.Loaded(analyzer.analyze(parsed.release()));
    }

    private static long count(Connection c, String sql) throws SQLException {
        return Rows.count(c, sql, List.of());
    }
}
