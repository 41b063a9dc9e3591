package io.statementwarehouse.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.statementwarehouse.report.NightlyReport;
import io.statementwarehouse.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the nightly report: one self-contained HTML file with charts (commitments per month by class,",
                "top committers, topics by committer), the last run's new commitments and its data-quality figures."})
public class ReportCommand implements Callable<Integer> {

    @Mixin
    StatementWarehouseCommand.WarehouseOption warehouse = new StatementWarehouseCommand.WarehouseOption();

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write it [default: reports/<run date of the last run>.html beside the warehouse]")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path target;
        try (Connection c = new Warehouse(warehouse.warehouse).openReadOnly()) {
            target = out != null ? out : defaultPath(warehouse.warehouse, lastRunDate(c));
            new NightlyReport(c).write(target);
        }
        spec.commandLine().getOut().println("Report written to " + target.toAbsolutePath().normalize());
        return 0;
    }

    private static LocalDate lastRunDate(Connection c) throws java.sql.SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT max(run_date) FROM etl_run")) {
            return rs.next() && rs.getObject(1) != null ? rs.getObject(1, LocalDate.class) : LocalDate.now();
        }
    }

    static Path defaultPath(Path warehouseFile, LocalDate runDate) {
        return warehouseFile.toAbsolutePath().normalize().resolveSibling("reports").resolve(runDate + ".html");
    }
}
