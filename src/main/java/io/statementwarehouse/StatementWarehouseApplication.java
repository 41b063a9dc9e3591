package io.statementwarehouse;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import io.statementwarehouse.cli.StatementWarehouseCommand;

/** The Spring Boot application; {@link #main} hands the command line to picocli. */
@SpringBootApplication
public class StatementWarehouseApplication {

    public static void main(String[] args) {
        System.exit(StatementWarehouseCommand.execute(args));
    }
}
