package io.statementwarehouse.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.statementwarehouse.ingest.IngestLimits;
import io.statementwarehouse.ingest.InputDiscovery;
import io.statementwarehouse.ingest.RawRelease;
import io.statementwarehouse.ingest.RecordSources;
import io.statementwarehouse.ingest.Release;
import io.statementwarehouse.ingest.ReleaseKeys;
import io.statementwarehouse.ingest.ReleaseParser;

/**
 * The analyzer reads any text without failing: sentences of the fixture releases cut after each comma and at other
 * places (as a splitter, a feed or a copy-paste may leave them), spaced twice, in one case. A release the analyzer
 * fails on is rejected whole by the job, so a failure here is a release lost to the warehouse.
 */
class TruncatedSentencesTests {

    static ReleaseAnalyzer analyzer;
    static List<String> sentences;

    @BeforeAll
    static void load() throws Exception {
        analyzer = new ReleaseAnalyzer(ReferenceData.load());
        sentences = new ArrayList<>();
        ReleaseParser parser = new ReleaseParser();
        var files = new InputDiscovery().discover(List.of(Path.of("src/test/resources/fixtures/input"))).files();
        for (var file : files) {
            try (var records = RecordSources.open(file, IngestLimits.DEFAULT)) {
                for (var r = records.next(); r != null; r = records.next()) {
                    if (r instanceof RawRelease raw && parser.parse(raw) instanceof ReleaseParser.Parsed parsed) {
                        analyzer.analyze(parsed.release()).sentences().forEach(s -> sentences.add(s.text()));
                    }
                }
            }
        }
    }

    private static AnalyzedRelease analyze(String body) {
        return analyzer.analyze(new Release(ReleaseKeys.releaseKey("Xinhua", body), "Talks", "Xinhua", "Talks", null,
                LocalDate.of(2024, 11, 14), null, body, 0, "test", 1, ReleaseKeys.textHash(body), null));
    }

    @Test
    void sentencesCutAnywhereAreReadWithoutFailing() {
        assertThat(sentences).hasSizeGreaterThan(50);
        List<String> variants = new ArrayList<>();
        for (String s : sentences) {
            for (int i = s.indexOf(", "); i >= 0; i = s.indexOf(", ", i + 1)) {
                variants.add(s.substring(0, i + 2)); // ends in ", "
                variants.add(s.substring(0, i + 1));
            }
            for (int cut = 7; cut < s.length(); cut += 37) {
                variants.add(s.substring(0, cut));
            }
            variants.add(s.replace(" ", "  "));
            variants.add(s.toUpperCase(java.util.Locale.ROOT));
            variants.add(s.toLowerCase(java.util.Locale.ROOT) + " that");
        }
        for (String v : variants) {
            assertThatCode(() -> analyze(v)).as(v).doesNotThrowAnyException();
        }
    }

    @Test
    void aHopedClauseWhoseWindowEndsRightAfterAComma() {
        // a hoped-for clause with no verb the finder knows is read for its subject up to 120 characters on; when a comma
        // ended exactly there, the subject span began past its end (a StringIndexOutOfBoundsException, the release rejected)
        String opening = "He expressed the hope that";
        StringBuilder clause = new StringBuilder(" the partners deepen cooperation in fields such as");
        while (clause.length() < 119) {
            clause.append(" trade, energy and tourism");
        }
        String body = opening + clause.substring(0, 119) + ", and law enforcement.";
        assertThat(body.charAt(opening.length() + 119)).isEqualTo(',');
        assertThatCode(() -> analyze(body)).doesNotThrowAnyException();
    }

    @Test
    void aHopedClauseWithoutAVerbTheFinderKnows() {
        // the clause's subject was looked for up to 120 characters on, which ended just after a comma: the subject span ran
        // past its end; and the sides that open it are its subject ("that both sides deepen ...": an appeal of both)
        Statement s = analyze("The Chinese foreign minister expressed his hope that both sides deepen their mutually beneficial cooperation "
                + "in various fields such as investment, military, climate change, finance, economy and trade, energy and law-enforcement.")
                .statements().get(0);
        assertThat(s.rule()).isEqualTo("hope-both-sides");
        assertThat(s.scope()).isEqualTo("JOINT");
    }
}
