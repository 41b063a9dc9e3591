package io.statementwarehouse.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** One DuckDB transaction around a piece of work: committed when it completes, rolled back when it throws. */
public final class Transactions {

    /** Work on the connection that may fail with an SQL error. */
    @FunctionalInterface
    public interface Work {
        void run() throws SQLException;
    }

    private Transactions() {
    }

    /**
     * Runs {@code work} in a transaction. The driver starts it lazily, at the first statement, and an
     * Appender used before any statement would commit on its own: so a statement opens it here.
     */
    public static void inTransaction(Connection c, Work work) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (Statement begin = c.createStatement()) {
                begin.execute("SELECT 1");
            }
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
