package io.statementwarehouse.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.statementwarehouse.TestWarehouses;
import io.statementwarehouse.ingest.IngestLimits;
import io.statementwarehouse.ingest.InputFile;
import io.statementwarehouse.ingest.InputFormat;
import io.statementwarehouse.ingest.RawRelease;
import io.statementwarehouse.ingest.RecordSource;
import io.statementwarehouse.ingest.RecordSources;
import io.statementwarehouse.ingest.ReleaseParser;

/**
 * The whole job on real fixtures (the seed release as text, White House releases as JSONL and
 * gzipped JSONL, State Department releases as CSV), with a real DuckDB file and a real H2 file job
 * repository in a temporary directory.
 */
@SpringBatchTest
@SpringBootTest
class LoadStatementsJobFunctionalTests {

    static final Path DIR;
    static final Path WAREHOUSE;

    static {
        try {
            DIR = Files.createTempDirectory("sw-functional");
            WAREHOUSE = DIR.resolve("w.duckdb");
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sw.warehouse", WAREHOUSE::toString);
        registry.add("sw.chunk-size", () -> 4);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DIR.resolve("w-jobs"));
    }

    @Autowired
    RunLauncher launcher;

    /** The seed release's body as the job reads it: its own reader and parser. */
    private static String seedBody() throws Exception {
        Path file = DIR.resolve("input/000_30a1220df6893c8b.txt");
        InputFile in = new InputFile(file.toString(), Files.size(file), "x", InputFormat.TXT, false);
        try (RecordSource source = RecordSources.open(in, IngestLimits.DEFAULT)) {
            RawRelease raw = (RawRelease) source.next();
            return ((ReleaseParser.Parsed) new ReleaseParser().parse(raw)).release().body();
        }
    }

    @Test
    void loadsAllThreeFormatsAndRerunAddsNothing() throws Exception {
        Path input = TestWarehouses.copyFixtures("fixtures/input", DIR.resolve("input"));
        JobExecution first = launcher.run(LocalDate.of(2026, 11, 28), List.of(input));

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // The run ends with its rows in the database file: nothing is left in the WAL for the next open to replay.
        assertThat(Path.of(WAREHOUSE + ".wal")).doesNotExist();
        assertThat(TestWarehouses.count(WAREHOUSE, "SELECT count(*) FROM v_release")).isEqualTo(13);
        assertThat(TestWarehouses.count(WAREHOUSE, "SELECT count(DISTINCT file_path) FROM dim_release")).isEqualTo(4);
        assertThat(TestWarehouses.count(WAREHOUSE, "SELECT count(*) FROM etl_reject")).isZero();

        // The seed release: its publication date, dateline, event date and countries.
        List<List<Object>> seed = TestWarehouses.query(WAREHOUSE, """
                SELECT published_date, dateline_place, event_date, source, title FROM v_release
                WHERE source_id = '000_30a1220df6893c8b'""");
        assertThat(seed).hasSize(1);
        assertThat(seed.get(0).get(0)).isEqualTo(LocalDate.of(2024, 11, 14));
        assertThat(seed.get(0).get(1)).isEqualTo("Baku");
        assertThat(seed.get(0).get(2)).isEqualTo(LocalDate.of(2024, 11, 13));
        assertThat(seed.get(0).get(3)).isEqualTo("Xinhua");
        assertThat(TestWarehouses.query(WAREHOUSE, """
                SELECT DISTINCT normalized FROM v_mention WHERE source_id = '000_30a1220df6893c8b' AND kind = 'COUNTRY'
                ORDER BY 1""")).containsExactly(List.of("AZE"), List.of("CHN"));
        assertThat(TestWarehouses.query(WAREHOUSE, """
                SELECT normalized FROM v_mention WHERE source_id = '000_30a1220df6893c8b' AND kind = 'DATE'
                AND surface = 'July this year'""")).containsExactly(List.of("2024-07"));
        // Its people, each in the role held on the release's date (a type-2 actor row).
        assertThat(TestWarehouses.query(WAREHOUSE, """
                SELECT DISTINCT normalized, country_iso3, actor_role FROM v_mention
                WHERE source_id = '000_30a1220df6893c8b' AND kind = 'PERSON' ORDER BY 1""")).containsExactly(
                List.of("Ding Xuexiang", "CHN", "VICE_PREMIER"), List.of("Ilham Aliyev", "AZE", "HEAD_OF_STATE"),
                List.of("Shahin Mustafayev", "AZE", "VICE_PREMIER"), List.of("Xi Jinping", "CHN", "HEAD_OF_STATE"));

        // The seed's commitments as EXTRACTION.md reads them.
        List<List<Object>> statements = TestWarehouses.query(WAREHOUSE, """
                SELECT sentence_no, class, scope, array_to_string(committers, ',') FROM v_statement
                WHERE source_id = '000_30a1220df6893c8b' ORDER BY sentence_no""");
        assertThat(statements).contains(
                List.of(2, "APPEAL", "JOINT", "AZE,CHN"),
                List.of(3, "INTENT", "SELF", "CHN"),
                List.of(5, "PLEDGE", "SELF", "CHN"),
                List.of(6, "PLEDGE", "SELF", "CHN"),
                List.of(7, "APPEAL", "JOINT", "AZE,CHN"),
                List.of(8, "APPEAL", "JOINT", "AZE,CHN"),
                List.of(10, "PLEDGE", "SELF", "AZE"));
        assertThat(statements).noneMatch(r -> List.of(0, 1, 9).contains(r.get(0)));
        // Offsets trace every statement and every mention back to the exact text of the body.
        List<List<Object>> provenance = TestWarehouses.query(WAREHOUSE, """
                SELECT s.sentence_text, substr(t.body, s.char_start + 1, s.char_end - s.char_start)
                FROM v_statement s JOIN v_release_text t USING (release_key)
                UNION ALL
                SELECT m.surface, substr(t.body, m.char_start + 1, m.char_end - m.char_start)
                FROM v_mention m JOIN v_release_text t USING (release_key) WHERE m.sentence_no >= 0""");
        assertThat(provenance).hasSizeGreaterThan(20).allSatisfy(row -> assertThat(row.get(1)).isEqualTo(row.get(0)));
        // and the body put back together is the body as read, character for character
        List<List<Object>> seedText = TestWarehouses.query(WAREHOUSE,
                "SELECT body FROM v_release_text WHERE source_id = '000_30a1220df6893c8b'");
        assertThat(seedText).hasSize(1);
        assertThat((String) seedText.get(0).get(0)).isEqualTo(seedBody());

        List<List<Object>> before = TestWarehouses.fingerprint(WAREHOUSE);
        JobExecution second = launcher.run(LocalDate.of(2026, 11, 28), List.of(input));
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getJobInstance().getInstanceId()).isNotEqualTo(first.getJobInstance().getInstanceId());
        assertThat(TestWarehouses.fingerprint(WAREHOUSE)).isEqualTo(before);
        RunSummary summary = (RunSummary) second.getExecutionContext().get(JobKeys.SUMMARY);
        assertThat(summary.releases()).isZero();
        assertThat(summary.filesSkipped()).isEqualTo(4);
    }
}
