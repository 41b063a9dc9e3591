package io.statementwarehouse.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.statementwarehouse.ingest.IngestLimits;
import io.statementwarehouse.ingest.InputDiscovery;
import io.statementwarehouse.ingest.InputFile;
import io.statementwarehouse.ingest.InputRecord;
import io.statementwarehouse.ingest.RawRelease;
import io.statementwarehouse.ingest.RecordSource;
import io.statementwarehouse.ingest.RecordSources;
import io.statementwarehouse.ingest.Release;
import io.statementwarehouse.ingest.ReleaseParser;

/**
 * Labelled releases with their text: the gold files (the format of {@code ../shared/corpus/gold/}) joined by id to the
 * records of the input files that hold the releases, read and parsed as the job reads them.
 */
public final class GoldCorpus {

    /** A labelled release: which gold file labels it, the labels, and the release as the job parses it. */
    public record Labelled(String set, GoldRelease gold, Release release) {

        public String id() {
            return gold.docId();
        }

        public String source() {
            return release.source();
        }
    }

    private GoldCorpus() {
    }

    /** The releases of the gold files found in the inputs, in the gold files' order. A label without its release is left out. */
    public static List<Labelled> load(List<Path> goldFiles, List<Path> inputs) throws IOException {
        Map<String, GoldRelease> wanted = new HashMap<>();
        Map<String, String> setOf = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Path file : goldFiles) {
            String set = file.getFileName().toString().replaceFirst("\\.json$", "");
            for (GoldRelease g : Evaluator.readGold(file)) {
                if (wanted.putIfAbsent(g.docId(), g) == null) {
                    order.add(g.docId());
                    setOf.put(g.docId(), set);
                }
            }
        }
        Map<String, Release> found = new HashMap<>();
        ReleaseParser parser = new ReleaseParser();
        InputDiscovery.Found files = new InputDiscovery().discover(inputs);
        for (InputFile f : files.files()) {
            try (RecordSource source = RecordSources.open(f, new IngestLimits(16 * 1024 * 1024))) {
                for (InputRecord r; (r = source.next()) != null; ) {
                    if (r instanceof RawRelease raw && wanted.containsKey(raw.sourceId()) && !found.containsKey(raw.sourceId())
                            && parser.parse(raw) instanceof ReleaseParser.Parsed parsed) {
                        found.put(raw.sourceId(), parsed.release());
                    }
                }
            }
        }
        List<Labelled> out = new ArrayList<>();
        for (String id : order) {
            if (found.containsKey(id)) {
                out.add(new Labelled(setOf.get(id), wanted.get(id), found.get(id)));
            }
        }
        return out;
    }
}
