package io.statementwarehouse.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.statementwarehouse.evaluation.GoldCorpus;
import io.statementwarehouse.evaluation.StatementTraining;
import io.statementwarehouse.nlp.ReferenceData;
import io.statementwarehouse.nlp.ReleaseAnalyzer;
import io.statementwarehouse.nlp.StatementModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the statement model on labelled releases and write it (deterministic: the same labels and code give",
                "the same file). The shipped model is rebuilt with:",
                "  train --gold ../shared/corpus/gold/train.json ../shared/corpus/gold/dev.json ../shared/corpus/gold/open_gov.json",
                "        --input ../shared/corpus/releases ../shared/corpus/open_gov --out src/main/resources/model/statement-model.txt"})
public class TrainCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "FILE", description = "Labelled releases (JSON arrays)")
    List<Path> gold;

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH", description = "Files or directories holding the labelled releases")
    List<Path> input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model")
    Path out;

    @Option(names = "--c", paramLabel = "C", description = "Regularization (liblinear's C) [default: ${DEFAULT-VALUE}]")
    double c = StatementTraining.DEFAULT_C;

    @Option(names = "--none-threshold", paramLabel = "P", description = "NONE only when the model gives it this probability [default: ${DEFAULT-VALUE}]")
    double noneThreshold = StatementTraining.DEFAULT_NONE_THRESHOLD;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<GoldCorpus.Labelled> releases = GoldCorpus.load(gold, input);
        List<StatementTraining.Example> examples = new StatementTraining(new ReleaseAnalyzer(ReferenceData.load(), null)).examplesWithSpec(releases);
        StatementModel model = StatementTraining.train(examples, c, noneThreshold);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w, "The statement model of statement-warehouse: logistic regression (liblinear, L2, C=" + c + ") over the features\n"
                    + "of StatementFeatures. Trained on " + releases.size() + " labelled releases (" + examples.size()
                    + " sentences) of " + gold.stream().map(p -> p.getFileName().toString()).toList() + ".\n"
                    + "Rebuilt with: java -jar target/statement-warehouse.jar train --help");
        }
        spec.commandLine().getOut().printf("Trained on %d releases, %d sentences, %d features: %s%n", releases.size(), examples.size(),
                model.featureNames().size(), out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
