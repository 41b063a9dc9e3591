package io.statementwarehouse.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;

import io.statementwarehouse.evaluation.CrossValidation;
import io.statementwarehouse.evaluation.Evaluator;
import io.statementwarehouse.evaluation.GoldCorpus;
import io.statementwarehouse.nlp.ReferenceData;
import io.statementwarehouse.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score the warehouse against hand-labelled releases (the format of ../shared/corpus/gold/):",
                "entities and dates (precision, recall, F1), event dates, commitment detection, class, scope,",
                "committers, topics and DEMAND."})
public class EvaluateCommand implements Callable<Integer> {

    @Mixin
    StatementWarehouseCommand.WarehouseOption warehouse = new StatementWarehouseCommand.WarehouseOption();

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "FILE", description = "Labelled releases (JSON arrays)")
    List<Path> gold;

    @Option(names = "--cross-validate", paramLabel = "K", description = {"Instead of scoring the warehouse: train the statement model on",
            "the labelled releases of --input and score each release with a model not trained on it, K folds of whole releases"})
    Integer folds;

    @Option(names = "--by-source", description = "With --cross-validate: also leave one source out at a time (train on the others)")
    boolean bySource;

    @Option(names = "--input", arity = "1..*", paramLabel = "PATH", description = "With --cross-validate: the files holding the labelled releases")
    List<Path> input;

    @Option(names = "--c", paramLabel = "C", description = "With --cross-validate: the regularization [default: ${DEFAULT-VALUE}]")
    double c = io.statementwarehouse.evaluation.StatementTraining.DEFAULT_C;

    @Option(names = "--none-threshold", paramLabel = "P", description = "With --cross-validate: NONE only at this probability [default: ${DEFAULT-VALUE}]")
    double noneThreshold = io.statementwarehouse.evaluation.StatementTraining.DEFAULT_NONE_THRESHOLD;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON")
    Path json;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write false positives, false negatives and mismatches with their text")
    Path errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (folds != null) {
            return crossValidate();
        }
        Evaluator.Report report;
        List<io.statementwarehouse.evaluation.GoldRelease> labelled = new java.util.ArrayList<>();
        for (Path g : gold) {
            labelled.addAll(Evaluator.readGold(g));
        }
        try (Connection c = new Warehouse(warehouse.warehouse).openReadOnly()) {
            report = new Evaluator().evaluate(c, labelled);
        }
        spec.commandLine().getOut().print(report.table());
        if (json != null) {
            Files.writeString(json, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report.asMap()),
                    StandardCharsets.UTF_8);
        }
        if (errors != null) {
            Files.write(errors, report.errors(), StandardCharsets.UTF_8);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private int crossValidate() throws Exception {
        if (input == null || input.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cross-validate needs --input: the files holding the labelled releases");
        }
        var out = spec.commandLine().getOut();
        List<GoldCorpus.Labelled> releases = GoldCorpus.load(gold, input);
        Path work = Files.createTempDirectory("sw-cv");
        CrossValidation cv = new CrossValidation(ReferenceData.load(), c, noneThreshold, work);
        CrossValidation.Result result = cv.byRelease(releases, folds);
        out.printf("Cross-validated by release: %d folds over %d labelled releases%n%n", folds, releases.size());
        out.print(result.report().table());
        out.printf("%nCalibration of confidence (statements of the held-out releases whose sentence is labelled):%n%s",
                CrossValidation.calibrationTable(result.calibration()));
        java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("by_release", result.report().asMap());
        if (bySource) {
            java.util.Map<String, Object> sources = new java.util.LinkedHashMap<>();
            out.printf("%nLeaving one source out (trained on the others):%n%-40s %9s %6s %9s %9s %9s %9s%n", "source", "releases",
                    "F1", "class", "committer", "DEMAND F1", "topic F1");
            for (var e : cv.bySource(releases).entrySet()) {
                Evaluator.Report r = e.getValue().report();
                out.printf("%-40s %9d %6.3f %9.3f %9.3f %9.3f %9.3f%n", e.getKey(), r.releases(), r.commitments().f1(),
                        r.classAccuracy().value(), r.committerAccuracy().value(), r.demands().f1(), r.topics().f1());
                sources.put(e.getKey(), r.asMap());
            }
            json.put("by_source", sources);
        }
        if (this.json != null) {
            Files.writeString(this.json, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(json),
                    StandardCharsets.UTF_8);
        }
        if (errors != null) {
            Files.write(errors, result.report().errors(), StandardCharsets.UTF_8);
        }
        Files.deleteIfExists(work);
        out.flush();
        return 0;
    }
}
