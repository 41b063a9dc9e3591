package io.statementwarehouse.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;

import io.statementwarehouse.evaluation.Evaluator;
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

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Labelled releases (JSON array)")
    Path gold;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON")
    Path json;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write false positives, false negatives and mismatches with their text")
    Path errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Evaluator.Report report;
        try (Connection c = new Warehouse(warehouse.warehouse).openReadOnly()) {
            report = new Evaluator().evaluate(c, Evaluator.readGold(gold));
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
}
