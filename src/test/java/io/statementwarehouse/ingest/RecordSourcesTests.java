package io.statementwarehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.BadInputFiles;

/** Every bad record becomes a reject with its file, record number and reason; the good records around it are read. */
class RecordSourcesTests {

    private static final IngestLimits LIMITS = new IngestLimits(64 * 1024);

    @TempDir
    Path dir;

    private List<InputRecord> readAll(Path file) throws Exception {
        InputFile f = new InputFile(file.toString(), Files.size(file), "", InputFormat.of(file).orElseThrow(), InputFormat.isGzip(file));
        List<InputRecord> out = new ArrayList<>();
        try (RecordSource source = RecordSources.open(f, LIMITS)) {
            InputRecord r;
            while ((r = source.next()) != null) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<String> reasons(List<InputRecord> records) {
        return records.stream().filter(RejectedRecord.class::isInstance).map(r -> r.recordNo() + " " + ((RejectedRecord) r).reason())
                .toList();
    }

    @Test
    void jsonLinesKeepGoingPastBadLines() throws Exception {
        BadInputFiles.write(dir);
        List<InputRecord> records = readAll(dir.resolve("mixed.jsonl"));
        assertThat(records).filteredOn(RawRelease.class::isInstance).extracting(r -> ((RawRelease) r).sourceId())
                .containsExactly("bad-1", "no-date", "bad-2");
        assertThat(reasons(records)).satisfiesExactly(
                r -> assertThat(r).startsWith("2 not valid JSON"),
                r -> assertThat(r).isEqualTo("3 missing field: id"),
                r -> assertThat(r).isEqualTo("4 missing field: body"),
                r -> assertThat(r).isEqualTo("5 duplicate id in file: bad-1"),
                r -> assertThat(r).isEqualTo("6 invalid UTF-8"));
    }

    @Test
    void anOversizedRecordIsRejectedAndTheNextOneRead() throws Exception {
        BadInputFiles.write(dir);
        List<InputRecord> records = readAll(dir.resolve("oversized.jsonl"));
        assertThat(reasons(records)).singleElement().asString().startsWith("2 record larger than the limit");
        assertThat(records).filteredOn(RawRelease.class::isInstance).hasSize(2);
    }

    @Test
    void csvHeaderAndQuotingProblems() throws Exception {
        BadInputFiles.write(dir);
        assertThat(reasons(readAll(dir.resolve("wrong-header.csv")))).singleElement().asString().startsWith("0 wrong CSV header");
        List<InputRecord> unbalanced = readAll(dir.resolve("unbalanced.csv"));
        assertThat(unbalanced).filteredOn(RawRelease.class::isInstance).singleElement()
                .extracting(r -> ((RawRelease) r).body()).isEqualTo("The United States will support Ghana.");
        assertThat(reasons(unbalanced)).singleElement().asString().startsWith("2 malformed CSV");
    }

    @Test
    void csvBodiesMaySpanLinesAndQuotes() throws Exception {
        Path csv = dir.resolve("ok.csv");
        Files.writeString(csv, "id,source,published,title,url,body\r\n"
                + "a,State,2024-05-04,\"Title, with comma\",u,\"First paragraph, \"\"quoted\"\".\r\n\r\nSecond paragraph.\"\r\n");
        RawRelease r = (RawRelease) readAll(csv).get(0);
        assertThat(r.title()).isEqualTo("Title, with comma");
        assertThat(r.body()).isEqualTo("First paragraph, \"quoted\".\n\nSecond paragraph.");
    }

    @Test
    void emptyBinaryAndTruncatedFiles() throws Exception {
        BadInputFiles.write(dir);
        assertThat(reasons(readAll(dir.resolve("empty.txt")))).containsExactly("1 empty file");
        assertThat(reasons(readAll(dir.resolve("binary.txt")))).containsExactly("1 binary data, not text");
        List<InputRecord> gz = readAll(dir.resolve("truncated.jsonl.gz"));
        assertThat(gz.get(0)).isInstanceOf(RawRelease.class);
        assertThat(reasons(gz)).singleElement().asString().contains("2 ");
    }

    @Test
    void discoveryReportsUnsupportedFilesAndMissingPaths() throws Exception {
        BadInputFiles.write(dir);
        InputDiscovery.Found found = new InputDiscovery().discover(List.of(dir, dir.resolve("missing")));
        assertThat(found.files()).hasSize(7);
        assertThat(found.problems()).extracting(RejectedRecord::reason)
                .anySatisfy(r -> assertThat(r).startsWith("unsupported file type"))
                .anySatisfy(r -> assertThat(r).isEqualTo("input path does not exist"));
    }
}
