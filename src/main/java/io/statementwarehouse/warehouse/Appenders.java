package io.statementwarehouse.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Null-safe helpers over DuckDB's Appender, the bulk path for every write. {@link #finish} flushes
 * explicitly: {@code close()} swallows the error of its implicit flush, which would lose rows silently.
 */
final class Appenders {

    private Appenders() {
    }

    static DuckDBAppender open(Connection connection, String table) throws SQLException {
        return connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    }

    static void finish(DuckDBAppender appender) throws SQLException {
        try {
            appender.flush();
        } finally {
            appender.close();
        }
    }

    static void str(DuckDBAppender a, String v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    static void date(DuckDBAppender a, LocalDate v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    static void timestamp(DuckDBAppender a, OffsetDateTime v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    static void int32(DuckDBAppender a, Integer v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.intValue());
        }
    }

    static void int64(DuckDBAppender a, Long v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.longValue());
        }
    }

    static Integer dateKey(LocalDate d) {
        return d == null ? null : d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }
}
