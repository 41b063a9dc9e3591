package io.statementwarehouse.warehouse;

import java.sql.Connection;
import java.sql.SQLException;

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
     * Runs {@code work} in a transaction. The driver starts it lazily, at the first statement: work that
     * uses an Appender must run a statement before it, or the Appender commits on its own.
     */
    public static void inTransaction(Connection c, Work work) throws SQLException {
        c.setAutoCommit(false);
        try {
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
