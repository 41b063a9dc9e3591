package io.statementwarehouse.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.statementwarehouse.CopiesInput;
import io.statementwarehouse.TestWarehouses;
import io.statementwarehouse.cli.StatementWarehouseCommand;
import io.statementwarehouse.ingest.IngestLimits;
import io.statementwarehouse.ingest.InputDiscovery;
import io.statementwarehouse.ingest.InputFile;
import io.statementwarehouse.ingest.InputRecord;
import io.statementwarehouse.ingest.ReleaseParser;
import io.statementwarehouse.job.ReleaseFileReader;
import io.statementwarehouse.job.ReleaseProcessor;
import io.statementwarehouse.job.WarehouseProperties;
import io.statementwarehouse.job.WarehouseSession;
import io.statementwarehouse.nlp.ReferenceData;
import io.statementwarehouse.nlp.ReleaseAnalyzer;
import io.statementwarehouse.warehouse.ChunkWriter;
import io.statementwarehouse.warehouse.CopyResolver;
import io.statementwarehouse.warehouse.LoadItem;
import io.statementwarehouse.warehouse.PartMerger;
import io.statementwarehouse.warehouse.Warehouse;

/**
 * The merge of workers' parts, without the processes: parts written by the real reader, analysis and chunk writer
 * (as a worker does), one of them twice over the same records (a chunk a dead worker wrote, written again by the
 * worker that took over), one empty (its worker died while creating it), merged into a new warehouse and then settled by the copies step: the public views and
 * {@code etl_duplicate} equal those of one process loading the same input full of republished copies. Merged again
 * (a crash after the merge's commit, before its files were removed), nothing changes.
 */
class PartMergerTests {

    private static final List<String> CONTRACT = List.of("SELECT * FROM v_release", "SELECT * FROM v_statement",
            "SELECT * FROM v_mention", "SELECT * EXCLUDE (run_id) FROM etl_duplicate", "SELECT * EXCLUDE (run_id, rejected_at) FROM etl_reject");

    static final ReferenceData reference = ReferenceData.load();

    @TempDir
    static Path dir;
    /** Input full of copies, and the warehouse one process makes of it. */
    static Path input;
    static Path single;

    @BeforeAll
    static void oneProcess() throws Exception {
        CopiesInput.write(input = dir.resolve("input"), 150, 3, 17);
        single = dir.resolve("single/w.duckdb");
        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", single.toString(), "--input", input.toString(),
                "--run-date", "2026-11-28", "--threads", "2", "--chunk-size", "25")).isZero();
    }

    private static WarehouseProperties settings() {
        return new WarehouseProperties(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The analyzed records of one input file, in order, as a worker's reader and processor give them. */
    private static List<LoadItem> items(InputFile file) {
        ReleaseFileReader reader = new ReleaseFileReader(List.of(file), IngestLimits.DEFAULT, bytes -> { });
        ReleaseProcessor processor = new ReleaseProcessor(new ReleaseParser(), new ReleaseAnalyzer(reference));
        List<LoadItem> items = new ArrayList<>();
        reader.open(new ExecutionContext());
        for (InputRecord r = reader.read(); r != null; r = reader.read()) {
            items.add(processor.process(r));
        }
        reader.close();
        return items;
    }

    /** A part as a worker writes it: the warehouse's schema, then the chunks through the chunk writer. */
    private static Path part(String name, List<LoadItem> items) throws Exception {
        Path part = dir.resolve("shared/run-1/" + name + ".duckdb");
        WarehouseSession session = new WarehouseSession(new Warehouse(part), reference, settings());
        try {
            Connection c = session.connection();
            for (int from = 0; from < items.size(); from += 10) {
                new ChunkWriter(c).write(items.subList(from, Math.min(items.size(), from + 10)), 1);
            }
        } finally {
            session.close();
        }
        return part;
    }

    private static List<String> rows(Path warehouse, String sql) throws Exception {
        return TestWarehouses.query(warehouse, "SELECT CAST(t AS VARCHAR) FROM (" + sql + ") t ORDER BY 1").stream()
                .map(r -> String.valueOf(r.get(0))).toList();
    }

    @Test
    void partsMergedAndSettledGiveTheWarehouseOfOneProcessAndASecondMergeAddsNothing() throws Exception {
        List<InputFile> files = new InputDiscovery().discover(List.of(input)).files();
        assertThat(files).hasSize(3);
        List<Path> parts = new ArrayList<>();
        List<LoadItem> first = items(files.get(0));
        parts.add(part("loadPartitionStep_partition0.3.dead-1", first.subList(0, 30)));
        parts.add(part("loadPartitionStep_partition0.3.other-2", first.subList(20, first.size()))); // 20..29 again
        parts.add(part("loadPartitionStep_partition1.4.other-2", items(files.get(1))));
        parts.add(part("loadPartitionStep_partition2.5.third-3", items(files.get(2))));
        Path dying = dir.resolve("shared/run-1/loadPartitionStep_partition2.5.dying-4.duckdb"); // died before its schema
        new Warehouse(dying).openReadWrite().close();
        parts.add(dying);

        Path merged = dir.resolve("merged/w.duckdb");
        WarehouseSession session = new WarehouseSession(new Warehouse(merged), reference, settings());
        try {
            Connection c = session.connection();
            PartMerger.Outcome outcome = new PartMerger(c, Duration.ofSeconds(5)).merge(parts, 1);
            assertThat(outcome.partsMerged()).isEqualTo(5);
            CopyResolver.resolve(c, 1);

            PartMerger.Outcome again = new PartMerger(c, Duration.ofSeconds(5)).merge(parts, 1);
            assertThat(again.partsMerged()).isZero();
            assertThat(again.partsMergedBefore()).isEqualTo(5);
        } finally {
            session.close();
        }
        for (String view : CONTRACT) {
            assertThat(rows(merged, view)).as(view).isEqualTo(rows(single, view));
        }
        assertThat(rows(merged, "SELECT * FROM etl_duplicate")).as("copies of the input").isNotEmpty();
    }
}
