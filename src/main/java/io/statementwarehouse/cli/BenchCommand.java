package io.statementwarehouse.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import io.statementwarehouse.bench.ProcessMemory;
import io.statementwarehouse.bench.SyntheticCorpus;
import io.statementwarehouse.ingest.IngestLimits;
import io.statementwarehouse.ingest.InputDiscovery;
import io.statementwarehouse.ingest.InputFile;
import io.statementwarehouse.ingest.InputRecord;
import io.statementwarehouse.ingest.RecordSource;
import io.statementwarehouse.ingest.RecordSources;
import io.statementwarehouse.ingest.ReleaseParser;
import io.statementwarehouse.job.JobKeys;
import io.statementwarehouse.job.ReleaseProcessor;
import io.statementwarehouse.job.RunLauncher;
import io.statementwarehouse.job.RunSummary;
import io.statementwarehouse.nlp.ReferenceData;
import io.statementwarehouse.nlp.ReleaseAnalyzer;
import io.statementwarehouse.warehouse.LoadItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the job: generate N synthetic releases by recombining the paragraphs of real ones, load them",
                "into a fresh warehouse several times, and print the medians: releases/s, sentences/s, input MB/s, time per step,",
                "peak heap, peak RSS and warehouse bytes per release. With --then M, also load M new releases on top of the",
                "loaded warehouse and into an empty one (the cost of a nightly increment)."})
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--releases", paramLabel = "N", defaultValue = "20000", description = "Releases to generate [default: ${DEFAULT-VALUE}]")
    long releases;

    @Option(names = "--repetitions", paramLabel = "R", defaultValue = "3", description = "Loads to take the median of [default: ${DEFAULT-VALUE}]")
    int repetitions;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus/releases",
            description = "Real releases to recombine [default: ${DEFAULT-VALUE}; input/ when it is missing]")
    Path corpus;

    @Option(names = "--work", paramLabel = "DIR", description = "Where to write the input and the warehouses [default: a temporary directory]")
    Path work;

    @Option(names = "--files", paramLabel = "F", description = "Input files to spread the releases over [default: 4 per thread]")
    Integer files;

    @Option(names = "--threads", paramLabel = "T", description = "Partitions loaded at once [default: one per core]")
    Integer threads;

    @Option(names = "--chunk-size", paramLabel = "C", defaultValue = "500", description = "Releases per chunk [default: ${DEFAULT-VALUE}]")
    int chunkSize;

    @Option(names = "--then", paramLabel = "M", defaultValue = "0",
            description = "Afterwards, time M new releases on top of the loaded warehouse and into an empty one [default: none]")
    long then;

    @Option(names = "--keep", description = "Keep the generated input and warehouses")
    boolean keep;

    @Option(names = "--analysis-only", description = "Time only the extraction (parse and analyze, one thread, no warehouse): "
            + "microseconds per release and per sentence")
    boolean analysisOnly;

    @Spec
    CommandSpec spec;

    /**
     * One load. {@code partitionSeconds} is the partitions' time summed (the load step's thread time), {@code writerSeconds}
     * the part of it their writers spent writing to the warehouse; the rest is reading, parsing and analysis.
     */
    record Measurement(double seconds, long releases, long sentences, double inputMegabytes, Map<String, Double> stepSeconds,
                       double partitionSeconds, double writerSeconds, long peakHeap, long peakRss, long warehouseBytes) {

        double releasesPerSecond() {
            return releases / seconds;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path source = Files.isDirectory(corpus) ? corpus : Path.of("input");
        Path dir = work != null ? work : Files.createTempDirectory("sw-bench");
        int partitions = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        int fileCount = files != null ? files : Math.max(1, 4 * partitions);
        boolean gzip = releases >= 100_000;

        SyntheticCorpus corpusText = SyntheticCorpus.from(source);
        long[] bytes = new long[1];
        long t0 = System.nanoTime();
        corpusText.write(dir.resolve("input"), "bench", releases, fileCount, gzip, 42, bytes);
        out.printf("Generated %,d releases (%,.1f MB of JSON%s) in %d files from %,d paragraphs of %s in %.1f s%n", releases, bytes[0] / 1e6,
                gzip ? ", gzipped" : "", fileCount, corpusText.paragraphCount(), source, (System.nanoTime() - t0) / 1e9);
        out.flush();

        if (analysisOnly) {
            timeAnalysis(out, dir.resolve("input"));
            if (!keep && work == null) {
                FileSystemUtils.deleteRecursively(dir);
            }
            return 0;
        }

        List<Measurement> runs = new ArrayList<>();
        for (int r = 1; r <= repetitions; r++) {
            Path warehouse = dir.resolve("run" + r + "/bench.duckdb");
            FileSystemUtils.deleteRecursively(warehouse.getParent());
            Measurement m = load(warehouse, dir.resolve("input"), bytes[0], partitions);
            runs.add(m);
            out.printf("  run %d: %,.0f releases/s, %.1f s, peak heap %,d MB, peak RSS %,d MB%n", r, m.releasesPerSecond(), m.seconds(),
                    m.peakHeap() >> 20, m.peakRss() >> 20);
            out.flush();
            if (r < repetitions && !keep) {
                FileSystemUtils.deleteRecursively(warehouse.getParent());
            }
        }
        printTable(out, runs, partitions);

        if (then > 0) {
            long[] moreBytes = new long[1];
            corpusText.write(dir.resolve("increment"), "night", then, Math.max(1, partitions), false, 7, moreBytes);
            Measurement onTop = load(dir.resolve("run" + repetitions + "/bench.duckdb"), dir.resolve("increment"), moreBytes[0], partitions);
            Measurement empty = load(dir.resolve("empty/bench.duckdb"), dir.resolve("increment"), moreBytes[0], partitions);
            out.printf("%nIncrement of %,d releases: %.2f s on top of %,d releases, %.2f s into an empty warehouse (ratio %.2f)%n", then,
                    onTop.seconds(), releases, empty.seconds(), onTop.seconds() / empty.seconds());
        }
        if (!keep && work == null) {
            FileSystemUtils.deleteRecursively(dir);
        } else {
            out.println("Input and warehouses kept in " + dir);
        }
        out.flush();
        return 0;
    }

    /**
     * The extraction alone, as the job runs it per release (parse, then analyze), on one thread: the cost the
     * load step's threads share with the warehouse writes. The first pass warms the JIT up and is not counted.
     */
    private void timeAnalysis(PrintWriter out, Path input) throws Exception {
        // The job's own processor (parse, then analyze) over the files discovery finds, as the load step reads them.
        ReleaseProcessor processor = new ReleaseProcessor(new ReleaseParser(), new ReleaseAnalyzer(ReferenceData.load()));
        List<InputFile> inputFiles = new InputDiscovery().discover(List.of(input)).files();
        List<double[]> passes = new ArrayList<>();
        for (int pass = 0; pass <= repetitions; pass++) {
            long nanos = 0;
            long count = 0;
            long sentences = 0;
            for (InputFile file : inputFiles) {
                try (RecordSource records = RecordSources.open(file, IngestLimits.DEFAULT)) {
                    for (InputRecord record = records.next(); record != null; record = records.next()) {
                        long t = System.nanoTime();
                        LoadItem item = processor.process(record);
                        nanos += System.nanoTime() - t;
                        if (item instanceof LoadItem.Loaded loaded) {
                            sentences += loaded.release().sentences().size();
                            count++;
                        }
                    }
                }
            }
            if (pass > 0) {
                passes.add(new double[] {nanos / 1e3 / count, nanos / 1e3 / sentences});
                out.printf("  pass %d: %,d releases, %,d sentences, %.1f us per release, %.2f us per sentence%n", pass, count, sentences,
                        nanos / 1e3 / count, nanos / 1e3 / sentences);
                out.flush();
            }
        }
        passes.sort(Comparator.comparingDouble(p -> p[0]));
        double[] median = passes.get(passes.size() / 2);
        out.printf("Extraction, one thread, median of %d passes after a warm-up pass: %.1f us per release, %.2f us per sentence "
                + "(%,.0f releases/s per core)%n", passes.size(), median[0], median[1], 1e6 / median[0]);
    }

    private Measurement load(Path warehouse, Path input, long inputBytes, int partitions) throws Exception {
        System.gc();
        ProcessMemory.resetPeaks();
        Map<String, Object> settings = Map.of("sw.chunk-size", chunkSize, "sw.threads", partitions, "sw.max-rejects", -1);
        JobExecution execution;
        try (ConfigurableApplicationContext ctx = SpringContexts.start(warehouse, settings)) {
            execution = ctx.getBean(RunLauncher.class).run(LocalDate.now(), List.of(input));
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("the benchmark run ended " + execution.getStatus() + ": " + execution.getAllFailureExceptions());
        }
        double seconds = Duration.between(execution.getStartTime(), execution.getEndTime()).toNanos() / 1e9;
        Map<String, Double> steps = new java.util.LinkedHashMap<>();
        double partitionSeconds = 0;
        double writerSeconds = 0;
        for (StepExecution s : execution.getStepExecutions().stream().sorted(Comparator.comparing(StepExecution::getStartTime)).toList()) {
            double stepSeconds = Duration.between(s.getStartTime(), s.getEndTime()).toNanos() / 1e9;
            if (!s.getStepName().contains(":")) { // the partitions are inside the load step
                steps.put(s.getStepName(), stepSeconds);
            } else {
                partitionSeconds += stepSeconds;
                writerSeconds += s.getExecutionContext().getLong(JobKeys.WRITER_NANOS, 0L) / 1e9;
            }
        }
        RunSummary summary = (RunSummary) execution.getExecutionContext().get(JobKeys.SUMMARY);
        if (summary.rejects() > 0) {
            // generated input is all good: a reject here is a bug in the pipeline, and the figures would flatter it
            spec.commandLine().getErr().printf("warning: %d of the generated releases were rejected (see etl_reject in %s)%n",
                    summary.rejects(), warehouse);
        }
        long size = Files.size(warehouse);
        return new Measurement(seconds, summary.releases(), summary.sentences(), inputBytes / 1e6, steps, partitionSeconds, writerSeconds,
                ProcessMemory.peakHeapBytes(),
                ProcessMemory.peakRssBytes(), size);
    }

    private void printTable(PrintWriter out, List<Measurement> runs, int partitions) {
        out.printf("%nMedians of %d runs, %,d releases, %d threads, chunks of %d, max heap %,d MB:%n%n", runs.size(), releases, partitions,
                chunkSize, Runtime.getRuntime().maxMemory() >> 20);
        out.println("| measure | median |");
        out.println("|---|---|");
        row(out, "releases/s (job start to completion)", runs, Measurement::releasesPerSecond, "%,.0f");
        row(out, "sentences/s", runs, m -> m.sentences() / m.seconds(), "%,.0f");
        row(out, "input MB/s", runs, m -> m.inputMegabytes() / m.seconds(), "%,.2f");
        row(out, "seconds, whole job", runs, Measurement::seconds, "%,.1f");
        for (String step : runs.get(0).stepSeconds().keySet()) {
            row(out, "seconds, " + step, runs, m -> m.stepSeconds().getOrDefault(step, 0.0), "%,.2f");
        }
        row(out, "seconds, the partitions summed (load step's thread time)", runs, Measurement::partitionSeconds, "%,.2f");
        row(out, "of which writing to the warehouse (DuckDB Appender, look-ups, commits)", runs, Measurement::writerSeconds, "%,.2f");
        row(out, "writer's share of the partitions' time, %", runs, m -> 100 * m.writerSeconds() / Math.max(1e-9, m.partitionSeconds()), "%,.0f");
        row(out, "peak heap MB", runs, m -> m.peakHeap() / 1048576.0, "%,.0f");
        row(out, "peak RSS MB", runs, m -> m.peakRss() / 1048576.0, "%,.0f");
        row(out, "warehouse bytes per release", runs, m -> (double) m.warehouseBytes() / Math.max(1, m.releases()), "%,.0f");
    }

    private static void row(PrintWriter out, String name, List<Measurement> runs, ToDoubleFunction<Measurement> f, String format) {
        double[] values = runs.stream().mapToDouble(f).sorted().toArray();
        double median = values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
        out.printf("| %s | " + format + " |%n", name, median);
    }
}
