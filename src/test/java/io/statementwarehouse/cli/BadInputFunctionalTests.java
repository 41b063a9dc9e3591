package io.statementwarehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.BadInputFiles;
import io.statementwarehouse.TestWarehouses;

/**
 * A directory of bad files mixed with good ones: every good release loads, every bad record is
 * reported with its file, record number and reason, and the run exits 0; past the reject limit it
 * fails with a clear message, and once the input is fixed the restarted run completes.
 */
class BadInputFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void badRecordsAreReportedAndGoodOnesLoad() throws Exception {
        Path input = BadInputFiles.write(dir.resolve("input"));
        TestWarehouses.copyFixtures("fixtures/input", input.resolve("good"));
        Path w = dir.resolve("w.duckdb");

        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", w.toString(), "--input", input.toString(),
                "--run-date", "2026-11-28", "--max-record-bytes", "65536")).isZero();

        assertThat(TestWarehouses.count(w, "SELECT count(*) FROM v_release")).isEqualTo(BadInputFiles.GOOD_RELEASES + 13);
        assertThat(TestWarehouses.count(w, "SELECT count(*) FROM etl_reject")).isEqualTo(BadInputFiles.REJECTS);
        List<List<Object>> rejects = TestWarehouses.query(w, """
                SELECT regexp_extract(file_path, '[^/]+$'), record_no, reason FROM etl_reject ORDER BY 1, 2""");
        assertThat(rejects).extracting(r -> r.get(0) + "#" + r.get(1)).containsExactly(
                "binary.txt#1", "empty.txt#1", "mixed.jsonl#2", "mixed.jsonl#3", "mixed.jsonl#4", "mixed.jsonl#5", "mixed.jsonl#6",
                "mixed.jsonl#7", "notes.docx#0", "oversized.jsonl#2", "truncated.jsonl.gz#2", "unbalanced.csv#2", "wrong-header.csv#0");
        assertThat(rejects).allSatisfy(r -> assertThat((String) r.get(2)).isNotBlank());
        assertThat(TestWarehouses.count(w, "SELECT rejects FROM etl_run")).isEqualTo(BadInputFiles.REJECTS);
    }

    @Test
    void pastTheRejectLimitTheRunFailsAndRestartsOnceTheInputIsFixed() throws Exception {
        Path input = BadInputFiles.write(dir.resolve("input"));
        Path w = dir.resolve("w.duckdb");
        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", w.toString(), "--input", input.toString(),
                "--run-date", "2026-11-28", "--max-rejects", "3", "--max-record-bytes", "65536")).isEqualTo(1);

        // The operator removes the bad files the rejects point at, then restarts.
        for (String bad : List.of("mixed.jsonl", "oversized.jsonl", "wrong-header.csv", "unbalanced.csv", "empty.txt", "binary.txt",
                "truncated.jsonl.gz")) {
            Files.writeString(input.resolve(bad), "");
        }
        Files.delete(input.resolve("notes.docx"));
        assertThat(StatementWarehouseCommand.execute("restart", "--warehouse", w.toString())).isZero();
        assertThat(TestWarehouses.count(w, "SELECT count(*) FROM etl_run")).isEqualTo(1);
    }
}
