package io.statementwarehouse.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.statementwarehouse.ingest.InputFile;

/**
 * Splits the files to load into at most {@code gridSize} partitions of about equal bytes (largest file
 * first, each to the lightest partition), keeping each partition's files in input order. A partition
 * reads its files one after another; one file is never split, so its records keep their numbers.
 */
public class FilePartitioner implements Partitioner {

    static final String PARTITION_FILES = "partition.files";

    private final List<InputFile> files;

    public FilePartitioner(List<InputFile> files) {
        this.files = files == null ? List.of() : files;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int n = Math.max(1, Math.min(gridSize, files.size()));
        List<List<InputFile>> buckets = new ArrayList<>();
        long[] load = new long[n];
        for (int i = 0; i < n; i++) {
            buckets.add(new ArrayList<>());
        }
        List<InputFile> bySize = new ArrayList<>(files);
        bySize.sort(Comparator.comparingLong(InputFile::size).reversed());
        for (InputFile f : bySize) {
            int lightest = 0;
            for (int i = 1; i < n; i++) {
                if (load[i] < load[lightest]) {
                    lightest = i;
                }
            }
            buckets.get(lightest).add(f);
            load[lightest] += Math.max(1, f.size());
        }
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            ArrayList<InputFile> bucket = new ArrayList<>(buckets.get(i));
            bucket.sort(Comparator.comparingInt(files::indexOf));
            ExecutionContext context = new ExecutionContext();
            context.put(PARTITION_FILES, bucket);
            partitions.put("partition" + i, context);
        }
        return partitions;
    }
}
