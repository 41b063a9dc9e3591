package io.statementwarehouse.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import io.statementwarehouse.ingest.IngestLimits;
import io.statementwarehouse.ingest.InputDiscovery;
import io.statementwarehouse.ingest.InputFile;
import io.statementwarehouse.ingest.InputRecord;
import io.statementwarehouse.ingest.RawRelease;
import io.statementwarehouse.ingest.RecordSource;
import io.statementwarehouse.ingest.RecordSources;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Synthetic releases for benchmarks, made by recombining the paragraphs of real ones: the sentences,
 * names and cues are real, so dictionary hits, sentence lengths and the share of commitments stay
 * realistic. Ids, dates and sources vary; every release is distinct (no republished copies).
 */
public final class SyntheticCorpus {

    private static final List<String> SOURCES = List.of("White House", "U.S. Department of State", "Xinhua", "People's Daily",
            "China Daily", "Ministry of Foreign Affairs");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<String> paragraphs;
    private final List<String> titles;
    private SyntheticCorpus(List<String> paragraphs, List<String> titles) {
        this.paragraphs = paragraphs;
        this.titles = titles;
    }

    /** Reads the paragraphs and titles of every release under {@code corpus}. */
    public static SyntheticCorpus from(Path corpus) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (InputFile f : new InputDiscovery().discover(List.of(corpus)).files()) {
            try (RecordSource source = RecordSources.open(f, IngestLimits.DEFAULT)) {
                InputRecord r;
                while ((r = source.next()) != null) {
                    if (r instanceof RawRelease raw) {
                        if (raw.title() != null) {
                            titles.add(raw.title());
                        }
                        for (String p : raw.body().split("\\n\\s*\\n")) {
                            if (p.strip().length() > 40 && !p.startsWith("date ")) {
                                paragraphs.add(p.strip());
                            }
                        }
                    }
                }
            }
        }
        if (paragraphs.isEmpty()) {
            throw new IOException("no release text under " + corpus);
        }
        if (titles.isEmpty()) {
            titles.add("Readout");
        }
        return new SyntheticCorpus(paragraphs, titles);
    }

    public int paragraphCount() {
        return paragraphs.size();
    }

    /**
     * Writes {@code releases} releases, spread over {@code files} JSON Lines files (gzipped when asked),
     * ids prefixed by {@code idPrefix}. Returns the files written; the bytes of text are in {@code written[0]}.
     */
    public List<Path> write(Path dir, String idPrefix, long releases, int files, boolean gzip, long seed, long[] written)
            throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        List<Path> out = new ArrayList<>();
        long perFile = (releases + files - 1) / files;
        long n = 0;
        long bytes = 0;
        LocalDate first = LocalDate.of(2015, 1, 1);
        int days = (int) (LocalDate.of(2026, 6, 30).toEpochDay() - first.toEpochDay());
        for (int f = 0; f < files && n < releases; f++) {
            Path file = dir.resolve(idPrefix + String.format("-%03d.jsonl", f) + (gzip ? ".gz" : ""));
            out.add(file);
            try (OutputStream raw = Files.newOutputStream(file);
                 OutputStream stream = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw;
                 BufferedWriter w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
                for (long i = 0; i < perFile && n < releases; i++, n++) {
                    int count = 2 + random.nextInt(9);
                    StringBuilder body = new StringBuilder();
                    for (int p = 0; p < count; p++) {
                        if (p > 0) {
                            body.append("\n\n");
                        }
                        body.append(paragraphs.get(random.nextInt(paragraphs.size())));
                    }
                    body.append("\n\nReference ").append(idPrefix).append('-').append(n).append('.');
                    ObjectNode node = JSON.createObjectNode();
                    node.put("id", idPrefix + "-" + n);
                    node.put("source", SOURCES.get(random.nextInt(SOURCES.size())));
                    node.put("date", first.plusDays(random.nextInt(days)).toString());
                    node.put("title", titles.get(random.nextInt(titles.size())));
                    node.putNull("url");
                    node.put("body", body.toString());
                    String line = JSON.writeValueAsString(node);
                    bytes += line.length() + 1;
                    w.write(line);
                    w.write('\n');
                }
            }
        }
        written[0] = bytes;
        return out;
    }
}
