package io.statementwarehouse.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs a command as the user would, capturing what it prints. */
final class CliRunner {

    record Result(int exit, String out, String err) {
    }

    private CliRunner() {
    }

    static Result execute(String... args) {
        CommandLine cli = StatementWarehouseCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
