package io.statementwarehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.cli.StatementWarehouseCommand;
import io.statementwarehouse.evaluation.Evaluator;
import io.statementwarehouse.warehouse.Warehouse;

/**
 * The whole corpus of ../shared/corpus (3,262 real releases) through the command line, and the
 * extraction scored against the hand-labelled dev releases. Skipped, saying so, where the corpus is
 * not beside the project (a bare clone).
 */
class CorpusFunctionalTests {

    static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "../shared/corpus")).toAbsolutePath().normalize();

    @TempDir
    static Path dir;
    static Path warehouse;

    static final String NO_CORPUS = "skipped: no corpus at " + CORPUS + " (these tests need ../shared/corpus beside the project)";

    static boolean corpusPresent() {
        return Files.isDirectory(CORPUS.resolve("releases"));
    }

    @BeforeAll
    static void loadCorpus() {
        if (!corpusPresent()) {
            return; // each test says it is skipped, and why
        }
        warehouse = dir.resolve("corpus.duckdb");
        int exit = StatementWarehouseCommand.execute("run", "--input", CORPUS.resolve("releases").toString(), "--warehouse",
                warehouse.toString(), "--run-date", "2026-11-28");
        assertThat(exit).isZero();
    }

    @Test
    void everyReleaseIsLoadedOnceAndARerunChangesNothing() throws Exception {
        assumeTrue(corpusPresent(), NO_CORPUS);
        long releases = TestWarehouses.count(warehouse, "SELECT count(*) FROM v_release");
        long duplicates = TestWarehouses.count(warehouse, "SELECT count(*) FROM etl_duplicate");
        assertThat(releases + duplicates).isEqualTo(3262);
        assertThat(TestWarehouses.count(warehouse, "SELECT count(*) FROM etl_reject")).isZero();
        var before = TestWarehouses.fingerprint(warehouse);
        assertThat(StatementWarehouseCommand.execute("run", "--input", CORPUS.resolve("releases").toString(), "--warehouse",
                warehouse.toString(), "--run-date", "2026-11-28")).isZero();
        assertThat(TestWarehouses.fingerprint(warehouse)).isEqualTo(before);
    }

    @Test
    void everyAnalysisReturnsRowsOnTheCorpus() throws Exception {
        assumeTrue(corpusPresent(), NO_CORPUS);
        try (var files = Files.list(Path.of("sql/queries"))) {
            for (Path q : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                long rows = TestWarehouses.query(warehouse, Files.readString(q).strip().replaceAll(";$", "")).size();
                assertThat(rows).as(q.toString()).isPositive();
            }
        }
    }

    @Test
    void theReportIsWrittenWithChartsAndNoNetworkReferences() throws Exception {
        assumeTrue(corpusPresent(), NO_CORPUS);
        Path report = dir.resolve("report.html");
        assertThat(StatementWarehouseCommand.execute("report", "--warehouse", warehouse.toString(), "--out", report.toString())).isZero();
        String html = Files.readString(report);
        assertThat(html.split("<img src=\"data:image/png;base64,", -1)).hasSize(4);
        assertThat(html).doesNotContain("<script", "<link", "src=\"http");
    }

    @Test
    void extractionMeetsTheTargetsOnTheDevLabels() throws Exception {
        assumeTrue(corpusPresent(), NO_CORPUS);
        Path gold = CORPUS.resolve("gold/dev.json");
        assumeTrue(Files.isRegularFile(gold), "skipped: no labelled releases at " + gold);
        Evaluator.Report report;
        try (Connection c = new Warehouse(warehouse).openReadOnly()) {
            report = new Evaluator().evaluate(c, Evaluator.readGold(gold));
        }
        System.out.println(report.table());
        assertThat(report.releasesMissing()).isZero();
        assertThat(report.entities().get("countries").f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.entities().get("persons").f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.entities().get("organizations").f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.entities().get("dates").f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.eventDate().value()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.commitments().f1()).isGreaterThanOrEqualTo(0.92);
        assertThat(report.classAccuracy().value()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.scopeAccuracy().value()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.committerAccuracy().value()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.topics().f1()).isGreaterThanOrEqualTo(0.75);
        assertThat(report.demands().f1()).isGreaterThanOrEqualTo(0.70);
    }
}
