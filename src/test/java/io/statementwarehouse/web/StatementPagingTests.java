package io.statementwarehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.TestWarehouses;
import io.statementwarehouse.cli.StatementWarehouseCommand;
import io.statementwarehouse.warehouse.Warehouse;

/**
 * The Statements page's ways to a page and its count (the last days first, the count with the page or apart, counts
 * remembered for a state of the warehouse) on the fixture warehouse: every way gives the rows and the count that
 * v_statement gives, queried directly.
 */
class StatementPagingTests {

    private static Path fixture;

    @BeforeAll
    static void loadTheFixtures(@TempDir Path dir) throws Exception {
        fixture = ExplorerClient.loadFixtureWarehouse(dir);
    }

    private static StatementFilter filter(String cls, String committer, String counterpart, String from, String to, String dir, int page) {
        return filter(cls, committer, counterpart, from, to, null, dir, page);
    }

    private static StatementFilter filter(String cls, String committer, String counterpart, String from, String to, String sort, String dir, int page) {
        return new StatementFilter(cls, committer, counterpart, null, null, from, to, null, sort, dir, page, 25);
    }

    /** The filters to try, with the same conditions on v_statement. */
    private record Case(StatementFilter filter, String where) {
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String dir : new String[] {null, "asc"}) {
            for (int page : new int[] {1, 2}) {
                cases.add(new Case(filter(null, null, null, null, null, dir, page), "true"));
                cases.add(new Case(filter("PLEDGE", null, null, null, null, dir, page), "class = 'PLEDGE'"));
                cases.add(new Case(filter(null, "USA", null, null, null, dir, page), "list_contains(committers, 'USA')"));
                cases.add(new Case(filter(null, null, null, "2024-01-01", "2025-12-31", dir, page),
                        "published_date BETWEEN DATE '2024-01-01' AND DATE '2025-12-31'"));
                cases.add(new Case(filter(null, "USA", "CHN", null, null, dir, page), "list_contains(committers, 'USA') AND list_contains(counterparts, 'CHN')"));
                // by confidence: the lowest (highest) confidences first
                cases.add(new Case(filter(null, null, null, null, null, "confidence", dir, page), "true"));
                cases.add(new Case(filter(null, "USA", null, null, null, "confidence", dir, page), "list_contains(committers, 'USA')"));
                cases.add(new Case(filter("PLEDGE", null, null, null, null, "confidence", dir, page), "class = 'PLEDGE'"));
            }
        }
        return cases;
    }

    /** The page as v_statement gives it: newest (or oldest) first, or by confidence then newest first, then by release and sentence. */
    private static List<String> expected(Connection c, Case k) throws SQLException {
        StatementFilter f = k.filter();
        String first = "confidence".equals(f.sortKey()) ? "confidence " + (f.ascending() ? "ASC" : "DESC") + " NULLS LAST, published_date DESC"
                : "published_date " + (f.ascending() ? "ASC" : "DESC");
        return Rows.list(c, "SELECT release_key || '/' || sentence_no FROM v_statement WHERE " + k.where() + " ORDER BY " + first
                + ", release_key, sentence_no LIMIT " + f.pageSize() + " OFFSET " + (f.pageNo() - 1) * f.pageSize(),
                List.of(), rs -> rs.getString(1));
    }

    private static List<String> shown(List<StatementRow> rows) {
        return rows.stream().map(r -> r.releaseKey() + "/" + r.sentenceNo()).toList();
    }

    @Test
    void everyWayToAPageGivesTheRowsAndTheCountOfTheView() throws Exception {
        try (Connection c = new Warehouse(fixture).openReadOnly()) {
            Facets facets = Facets.load(c);
            List<StatementCounts.Paging> pagings = List.of(StatementCounts.Paging.DEFAULT, new StatementCounts.Paging(0.05, 1.0, 0),
                    new StatementCounts.Paging(1.0, 1.0, 0), new StatementCounts.Paging(1.0, 1.0, Long.MAX_VALUE));
            int checked = 0;
            for (Case k : cases()) {
                List<String> expected = expected(c, k);
                long total = Rows.count(c, "SELECT count(*) FROM v_statement WHERE " + k.where(), List.of());
                for (StatementCounts.Paging paging : pagings) {
                    StatementCounts counts = new StatementCounts(true, facets, paging);
                    for (int again = 0; again < 2; again++) { // the second time with the count remembered
                        StatementQueries.Counted page = StatementQueries.select(c, k.filter(), counts).read(c, counts);
                        assertThat(shown(page.rows())).as(k + " " + paging).isEqualTo(expected);
                        assertThat(page.total()).as(k + " " + paging).isEqualTo(total);
                        checked += expected.isEmpty() ? 0 : 1;
                    }
                }
                StatementQueries.Counted page = StatementQueries.select(c, k.filter()).read(c);
                assertThat(shown(page.rows())).as(k + " remembering nothing").isEqualTo(expected);
                assertThat(page.total()).isEqualTo(total);
            }
            assertThat(checked).as("pages with rows").isGreaterThan(40);
        }
    }

    @Test
    void bridgesLookedForByTheirReleasesFirstSelectTheSameStatements() throws Exception {
        try (Connection c = new Warehouse(fixture).openReadOnly()) {
            int bridged = 0;
            for (Case k : cases()) {
                StatementQueries.Where plain = StatementQueries.where(k.filter(), false);
                StatementQueries.Where byRelease = StatementQueries.where(k.filter(), true);
                long expected = Rows.count(c, "SELECT count(*) FROM v_statement WHERE " + k.where(), List.of());
                assertThat(Rows.count(c, "SELECT count(*) FROM fact_sentence f WHERE " + plain.sql(), plain.params())).as(k.toString()).isEqualTo(expected);
                assertThat(Rows.count(c, "SELECT count(*) FROM fact_sentence f WHERE " + byRelease.sql(), byRelease.params())).as(k.toString())
                        .isEqualTo(expected);
                if (StatementQueries.joins(plain)) {
                    assertThat(byRelease.sql()).contains("f.release_key IN");
                    bridged++;
                }
            }
            assertThat(bridged).isPositive();
        }
    }

    @Test
    void theLastDaysGiveThePageWhenTheyHoldIt() throws Exception {
        try (Connection c = new Warehouse(fixture).openReadOnly()) {
            StatementCounts counts = new StatementCounts(true, Facets.load(c), new StatementCounts.Paging(1.0, 1.0, 0));
            int found = 0;
            int byConfidence = 0;
            for (Case k : cases()) {
                StatementQueries.Selection s = StatementQueries.select(c, k.filter());
                long total = s.count(c);
                long offset = (long) (k.filter().pageNo() - 1) * k.filter().pageSize();
                List<Long> ids = s.lastDays(c, counts, total, offset);
                if (ids != null) {
                    assertThat(shown(StatementRows.read(c, ids))).as(k.toString()).isEqualTo(expected(c, k));
                    found++;
                }
                // the same way by confidence: the lowest (highest) confidences that hold the page
                ids = s.firstConfidences(c, counts, total, offset);
                if (ids != null) {
                    assertThat(shown(StatementRows.read(c, ids))).as(k.toString()).isEqualTo(expected(c, k));
                    byConfidence++;
                }
            }
            assertThat(byConfidence).isGreaterThanOrEqualTo(2);
            // Unfiltered, the last days that hold the page's 25 statements are enough: found there, both ways round.
            assertThat(StatementQueries.select(c, filter(null, null, null, null, null, null, 1)).lastDays(c, counts, 38, 0)).hasSize(25);
            assertThat(StatementQueries.select(c, filter(null, null, null, null, null, "asc", 1)).lastDays(c, counts, 38, 0)).hasSize(25);
            assertThat(found).isGreaterThanOrEqualTo(2);
            // Days that cannot hold the page (a bound past the newest statement) are not used.
            assertThat(StatementQueries.select(c, filter(null, null, null, "2099-01-01", null, null, 1)).lastDays(c, counts, 38, 0)).isNull();
        }
    }

    @Test
    void theDaysCountTheStatementsOfEachDayAndClass() throws Exception {
        try (Connection c = new Warehouse(fixture).openReadOnly()) {
            StatementCounts.Histogram days = StatementCounts.Histogram.load(c, "published_date_key");
            assertThat(days.total(null, null, null)).isEqualTo(Rows.count(c, "SELECT count(*) FROM v_statement", List.of())).isEqualTo(38);
            assertThat(days.total("PLEDGE", 20240101.0, 20251231.0))
                    .isEqualTo(Rows.count(c, "SELECT count(*) FROM v_statement WHERE class = 'PLEDGE' AND published_date BETWEEN DATE '2024-01-01' AND DATE '2025-12-31'",
                            List.of()));
            double newest = days.keys()[days.keys().length - 1];
            assertThat(days.bound(false, null, null, null, 1)).isEqualTo(newest);
            assertThat(days.bound(true, null, null, null, 38)).isEqualTo(newest);
            assertThat(days.bound(false, null, null, null, 39)).isNull();
        }
    }

    @Test
    void countsAreRememberedForOneReadOnlyOpeningOfOneStateOfTheWarehouse(@TempDir Path work) throws Exception {
        Path input = TestWarehouses.copyFixtures("fixtures/input", work.resolve("input"));
        Path later = work.resolve("later");
        Files.createDirectories(later);
        Files.move(input.resolve("whitehouse_sample.jsonl"), later.resolve("whitehouse_sample.jsonl"));
        Path w = work.resolve("w.duckdb");
        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", w.toString(), "--input", input.toString(), "--run-date", "2026-11-28"))
                .isZero();
        String everyStatement = "SELECT count(*) FROM fact_sentence f WHERE f.class_code <> 'NONE'";

        FacetCache cache = new FacetCache();
        StatementFilter all = StatementFilter.none();
        long before;
        try (WarehouseAccess access = new WarehouseAccess(new Warehouse(w), WarehouseAccess.Mode.READ_ONLY, java.time.Duration.ofMinutes(1))) {
            before = access.read(c -> {
                FacetCache.State state = cache.state(c, access.opening());
                long n = StatementQueries.select(c, all, state.counts()).read(c, state.counts()).total();
                assertThat(n).isEqualTo(Rows.count(c, "SELECT count(*) FROM v_statement", List.of())).isPositive();
                assertThat(state.counts().remembered(everyStatement, List.of())).hasValue(n);
                // The same opening: the same counts; another opening, or none (inside schedule): nothing remembered.
                assertThat(cache.state(c, access.opening()).counts()).isSameAs(state.counts());
                assertThat(cache.state(c, access.opening() + 1).counts().remembered(everyStatement, List.of())).isEmpty();
                StatementCounts unsettled = cache.state(c, -1).counts();
                StatementQueries.select(c, all, unsettled).read(c, unsettled);
                assertThat(unsettled.remembered(everyStatement, List.of())).isEmpty();
                return n;
            });
            assertThat(access.opening()).isEqualTo(1);
        }

        // A new run (the explorer had let go of the file): a new state, whose count is the new one.
        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", w.toString(), "--input", input.toString(), later.toString(), "--run-date",
                "2026-11-29")).isZero();
        try (Connection c = new Warehouse(w).openReadOnly()) {
            FacetCache.State state = cache.state(c, 1);
            long after = StatementQueries.select(c, all, state.counts()).read(c, state.counts()).total();
            assertThat(after).isEqualTo(Rows.count(c, "SELECT count(*) FROM v_statement", List.of())).isGreaterThan(before);
        }
    }
}
