package io.statementwarehouse.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.nlp.ReferenceData;
import io.statementwarehouse.nlp.ReleaseAnalyzer;
import io.statementwarehouse.nlp.StatementClass;
import io.statementwarehouse.nlp.StatementModel;

/**
 * The statement model: trained deterministically (the same examples give the same file, byte for byte), written and
 * read back with the same predictions, the shipped one readable; and, when the labelled corpus is beside the project,
 * cross-validated by release with held-out scores no worse than the figures in docs/EXTRACTION.md allow.
 */
class StatementModelTrainingTests {

    static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "../shared/corpus")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private static String written(StatementModel model) throws Exception {
        StringWriter out = new StringWriter();
        model.write(out, "test");
        return out.toString();
    }

    @Test
    void trainingOnTheSpecsExamplesIsDeterministicAndTheModelReadsBack() throws Exception {
        StatementTraining training = new StatementTraining(new ReleaseAnalyzer(ReferenceData.load(), null));
        List<StatementTraining.Example> examples = training.specExamples();
        assertThat(examples).hasSizeGreaterThan(60);
        StatementModel first = StatementTraining.train(examples, 1.0, 0.5);
        StatementModel second = StatementTraining.train(training.specExamples(), 1.0, 0.5);
        assertThat(written(second)).isEqualTo(written(first));

        StatementModel read = StatementModel.read(new BufferedReader(new StringReader(written(first))));
        for (StatementTraining.Example e : examples) {
            assertThat(read.predict(e.features()).probabilities()).isEqualTo(first.predict(e.features()).probabilities());
        }
        // fitted to them, it gives most of its own examples their class back
        long right = examples.stream().filter(e -> first.predict(e.features()).statementClass() == e.label()).count();
        assertThat(right).isGreaterThan(examples.size() * 8 / 10);
    }

    @Test
    void theShippedModelIsThere() {
        StatementModel shipped = StatementModel.shipped();
        assertThat(shipped).isNotNull();
        assertThat(shipped.classes()).containsExactly(StatementClass.values());
        assertThat(shipped.featureNames()).contains("bias", "rule.class=PLEDGE");
    }

    @Test
    void crossValidatedByReleaseTheModelFindsCommitments() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS.resolve("gold")),
                "skipped: no labelled corpus at " + CORPUS + " (this test needs ../shared/corpus beside the project)");
        List<GoldCorpus.Labelled> releases = GoldCorpus.load(
                List.of(CORPUS.resolve("gold/train.json"), CORPUS.resolve("gold/dev.json"), CORPUS.resolve("gold/open_gov.json")),
                List.of(CORPUS.resolve("releases"), CORPUS.resolve("open_gov")));
        assertThat(releases).hasSizeGreaterThan(250);
        CrossValidation.Result r = new CrossValidation(ReferenceData.load(), StatementTraining.DEFAULT_C,
                StatementTraining.DEFAULT_NONE_THRESHOLD, dir).byRelease(releases, 5);
        // docs/EXTRACTION.md: 0.815 commitment F1, class accuracy 0.930, committers 0.858 (a margin for other runs of it)
        assertThat(r.report().commitments().f1()).isGreaterThan(0.79);
        assertThat(r.report().classAccuracy().value()).isGreaterThan(0.91);
        assertThat(r.report().committerAccuracy().value()).isGreaterThan(0.84);
        int high = r.calibration().stream().filter(b -> b.from() >= 0.9).mapToInt(CrossValidation.Calibration::statements).sum();
        int right = r.calibration().stream().filter(b -> b.from() >= 0.9).mapToInt(CrossValidation.Calibration::right).sum();
        assertThat((double) right / high).as("statements with confidence >= 0.9 are right at least 90% of the time")
                .isGreaterThanOrEqualTo(0.9);
    }
}
