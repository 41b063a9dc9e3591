package io.statementwarehouse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.statementwarehouse.evaluation.StatementTraining;
import io.statementwarehouse.ingest.Release;
import io.statementwarehouse.ingest.ReleaseKeys;

/**
 * The spec's own example sentences (EXTRACTION.md sections 2 and 7, {@code model/spec_examples.json}) get the spec's
 * class from the shipped extraction: the contract's cases, which a rule or a gate of the model could lose unnoticed
 * ("Norway is supporting the reforms" did, when the model stopped reading sentences no cue matched). The cue lexicon
 * holds no control characters (a "\b" written through a language's escapes became a backspace once).
 */
class SpecExamplesTests {

    @Test
    void everyExampleOfTheSpecGetsItsClass() throws Exception {
        ReleaseAnalyzer analyzer = new ReleaseAnalyzer(ReferenceData.load());
        List<String> misses = new ArrayList<>();
        int n = 0;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(StatementTraining.SPEC_EXAMPLES)) {
            for (var node : tools.jackson.databind.json.JsonMapper.builder().build().readTree(in)) {
                String text = node.path("text").asString();
                String source = node.path("source").asString();
                Release release = new Release(ReleaseKeys.releaseKey(source, "spec-" + n), "spec-" + n, source, node.path("title").asString(),
                        null, LocalDate.of(2024, 11, 14), null, text, 0, "spec", n++, ReleaseKeys.textHash(text), null);
                String want = node.path("class").asString();
                List<String> got = analyzer.analyze(release).statements().stream().map(s -> s.statementClass().name()).toList();
                if (!got.contains(want)) {
                    misses.add(want + " <- " + got + ": " + text);
                }
            }
        }
        assertThat(n).isGreaterThan(20);
        assertThat(misses).isEmpty();
    }

    @Test
    void theCueLexiconHoldsNoControlCharacters() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reference/statement_cues.csv")) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(csv.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r')).isEmpty();
        }
    }
}
