package io.statementwarehouse.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.statementwarehouse.ingest.InputFile;
import io.statementwarehouse.ingest.InputFormat;

class FilePartitionerTests {

    private static InputFile file(String name, long size) {
        return new InputFile(name, size, "sha", InputFormat.JSONL, false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void filesAreSpreadByBytesAndKeepTheirOrderWithinAPartition() {
        List<InputFile> files = List.of(file("a", 100), file("b", 10), file("c", 60), file("d", 50));
        Map<String, ExecutionContext> partitions = new FilePartitioner(files).partition(2);
        assertThat(partitions).hasSize(2);
        List<String> first = ((List<InputFile>) partitions.get("partition0").get(FilePartitioner.PARTITION_FILES)).stream()
                .map(InputFile::path).toList();
        List<String> second = ((List<InputFile>) partitions.get("partition1").get(FilePartitioner.PARTITION_FILES)).stream()
                .map(InputFile::path).toList();
        assertThat(first).containsExactly("a", "b"); // 110 bytes
        assertThat(second).containsExactly("c", "d"); // 110 bytes
    }

    @Test
    void neverMorePartitionsThanFiles() {
        assertThat(new FilePartitioner(List.of(file("a", 1))).partition(8)).hasSize(1);
        assertThat(new FilePartitioner(List.of()).partition(2)).hasSize(1);
    }
}
