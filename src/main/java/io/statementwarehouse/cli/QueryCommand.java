package io.statementwarehouse.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;

import io.statementwarehouse.warehouse.QueryResult;
import io.statementwarehouse.warehouse.ResultFormat;
import io.statementwarehouse.warehouse.StorageVersion;
import io.statementwarehouse.warehouse.Warehouse;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run SQL on the warehouse (read-only unless --write) and print the result.",
                "The public views: v_release, v_statement, v_commitment, v_mention."})
public class QueryCommand implements Callable<Integer> {

    @Mixin
    StatementWarehouseCommand.WarehouseOption warehouse = new StatementWarehouseCommand.WarehouseOption();

    static class Source {
        @Parameters(paramLabel = "SQL", description = "The SQL to run")
        String sql;

        @Option(names = "--file", paramLabel = "FILE", description = "Read the SQL from a file (e.g. sql/queries/...)")
        Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json [default: ${DEFAULT-VALUE}]")
    ResultFormat format;

    @Option(names = "--write", description = "Open the warehouse read-write (for DDL or fixes); read-only otherwise")
    boolean write;

    @Option(names = "--max-rows", defaultValue = "1000", description = "Rows to print at most in table format [default: ${DEFAULT-VALUE}]")
    int maxRows;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String sql = source.sql != null ? source.sql : Files.readString(source.file, StandardCharsets.UTF_8);
        // no Spring context here: the storage version a --write creates or converts to comes from -Dsw.duckdb-storage-version
        Warehouse w = new Warehouse(warehouse.warehouse, StorageVersion.of(System.getProperty("sw.duckdb-storage-version")));
        PrintWriter out = spec.commandLine().getOut();
        try (Connection c = write ? w.openReadWrite() : w.openReadOnly();
             Statement st = c.createStatement()) {
            boolean hasResult = st.execute(sql);
            if (!hasResult) {
                out.printf("%d rows affected%n", st.getUpdateCount());
                return 0;
            }
            try (ResultSet rs = st.getResultSet()) {
                QueryResult result = QueryResult.read(rs, format == ResultFormat.TABLE ? maxRows : Integer.MAX_VALUE);
                format.print(result, out);
            }
        } catch (SQLException e) {
            spec.commandLine().getErr().println("error: " + StatementWarehouseCommand.rootMessage(e));
            return 1;
        }
        out.flush();
        return 0;
    }
}
