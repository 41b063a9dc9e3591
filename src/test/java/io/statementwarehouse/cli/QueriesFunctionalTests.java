package io.statementwarehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.TestWarehouses;

/** Every analysis in sql/queries runs with `query --file` on the fixture warehouse, with the columns its header declares. */
class QueriesFunctionalTests {

    static final Path QUERIES = Path.of("sql/queries");

    @TempDir
    static Path dir;
    static Path warehouse;

    @BeforeAll
    static void load() throws Exception {
        warehouse = dir.resolve("w.duckdb");
        Path input = TestWarehouses.copyFixtures("fixtures/input", dir.resolve("input"));
        assertThat(CliRunner.execute("run", "--warehouse", warehouse.toString(), "--input", input.toString(), "--run-date",
                "2026-11-28").exit()).isZero();
    }

    static List<Path> queries() throws Exception {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
        }
    }

    static CliRunner.Result run(Path query) {
        return CliRunner.execute("query", "--file", query.toString(), "--format", "csv", "--warehouse", warehouse.toString());
    }

    @Test
    void everyQueryRunsAndReturnsTheColumnsItDeclares() throws Exception {
        List<Path> queries = queries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(10);
        for (Path q : queries) {
            String sql = Files.readString(q);
            assertThat(sql).as(q + " says what it answers").contains("-- Question:");
            String declared = sql.lines().filter(l -> l.startsWith("-- Columns:")).findFirst().orElseThrow()
                    .substring("-- Columns:".length());
            List<String> columns = Arrays.stream(declared.split(",")).map(String::strip).toList();
            CliRunner.Result result = run(q);
            assertThat(result.exit()).as(q + ": " + result.err()).isZero();
            assertThat(result.out().lines().findFirst().orElse("")).as(q.toString()).isEqualTo(String.join(",", columns));
        }
    }

    @Test
    void knownRowsOfTheFixtureWarehouse() {
        assertThat(run(QUERIES.resolve("01_commitments_per_month_by_committer.sql")).out())
                .contains("2024-11,CHN,China,APPEAL,3,1");
        assertThat(run(QUERIES.resolve("06_most_active_speakers_by_role.sql")).out())
                .contains("FOREIGN_MINISTER,1,Antony Blinken,USA");
        assertThat(run(QUERIES.resolve("07_releases_with_most_commitments.sql")).out().lines().skip(1).findFirst().orElseThrow())
                .startsWith("000_30a1220df6893c8b,Xinhua,2024-11-14,Chinese vice premier holds talks with Azerbaijani deputy PM,11,8,");
        assertThat(run(QUERIES.resolve("09_unresolved_names_to_add.sql")).out()).contains("PERSON,Andre Carson,1,1");
        assertThat(run(QUERIES.resolve("10_data_quality_per_run.sql")).out().lines().skip(1).findFirst().orElseThrow())
                .startsWith("1,2026-11-28,COMPLETED,").contains(",13,");
    }
}
