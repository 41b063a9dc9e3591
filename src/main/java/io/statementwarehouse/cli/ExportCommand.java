package io.statementwarehouse.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;

import io.statementwarehouse.warehouse.ParquetExport;
import io.statementwarehouse.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the star schema as Parquet: facts and bridges partitioned by year and month of publication",
                "(year=YYYY/month=M/ directories), dimensions and ETL tables as one file each."})
public class ExportCommand implements Callable<Integer> {

    @Mixin
    StatementWarehouseCommand.WarehouseOption warehouse = new StatementWarehouseCommand.WarehouseOption();

    @Option(names = "--parquet", required = true, paramLabel = "DIR", description = "The directory to write")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> tables;
        try (Connection c = new Warehouse(warehouse.warehouse).openReadOnly()) {
            tables = new ParquetExport().export(c, dir);
        }
        spec.commandLine().getOut().printf("Exported %d tables to %s%n", tables.size(), dir.toAbsolutePath().normalize());
        return 0;
    }
}
