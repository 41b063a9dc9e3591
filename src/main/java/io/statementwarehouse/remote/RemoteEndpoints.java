package io.statementwarehouse.remote;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import jakarta.jms.JMSException;

/**
 * What a process of a distributed load needs before it does anything: the broker and the shared job repository,
 * both reachable, and Spring Batch's own tables in the repository. Checked when the process starts, so that an
 * unreachable server ends it with one sentence and a non-zero exit before the warehouse is touched.
 */
public final class RemoteEndpoints {

    private static final Logger log = LoggerFactory.getLogger(RemoteEndpoints.class);

    /** Any fixed number: the lock under which the first process to start creates Spring Batch's tables. */
    private static final long SCHEMA_LOCK = 0x5357_4a4f_4253L;

    private RemoteEndpoints() {
    }

    /** Opens and closes one connection to the broker. */
    public static void checkBroker(ActiveMQConnectionFactory factory, String url) {
        try (jakarta.jms.Connection c = factory.createConnection()) {
            c.start();
        } catch (JMSException | RuntimeException e) {
            throw new RemoteUnavailableException("cannot reach the message broker at " + withoutParameters(url) + " (" + e.getMessage()
                    + "); start it, or pass the right --broker", e);
        }
    }

    /**
     * Opens and closes one connection to the job repository, before anything else does (Spring Batch asks the
     * database for its type while it builds the repository, with an error that would not say what it was for).
     */
    public static void checkJobRepository(String url, String user, String password) {
        java.util.Properties props = new java.util.Properties();
        if (user != null && !user.isBlank()) {
            props.setProperty("user", user);
        }
        if (password != null && !password.isBlank()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "10");
        try (Connection c = java.sql.DriverManager.getConnection(url, props)) {
            c.isValid(10);
        } catch (SQLException | RuntimeException e) {
            throw new RemoteUnavailableException("cannot use the job repository at " + withoutParameters(url) + " (" + rootMessage(e)
                    + "); start PostgreSQL, or pass the right --job-repository", e);
        }
    }

    /**
     * Creates Spring Batch's tables in the shared PostgreSQL repository when they are missing (its own script,
     * schema-postgresql.sql), under an advisory lock: the manager and the workers may start at the same moment.
     */
    public static void prepareJobRepository(DataSource dataSource, String url) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_lock(" + SCHEMA_LOCK + ")");
            try {
                boolean present;
                try (ResultSet rs = st.executeQuery("SELECT to_regclass('batch_job_instance') IS NOT NULL")) {
                    rs.next();
                    present = rs.getBoolean(1);
                }
                if (!present) {
                    log.info("Creating Spring Batch's tables in the job repository {}", withoutParameters(url));
                    new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql"))
                            .populate(c);
                }
            } finally {
                st.execute("SELECT pg_advisory_unlock(" + SCHEMA_LOCK + ")");
            }
        } catch (SQLException | RuntimeException e) {
            throw new RemoteUnavailableException("cannot use the job repository at " + withoutParameters(url) + " (" + rootMessage(e)
                    + "); start PostgreSQL, or pass the right --job-repository", e);
        }
    }

    /** The URL without its parameters, which may hold a password. */
    public static String withoutParameters(String url) {
        return url == null ? "(none)" : url.replaceFirst("\\?.*", "");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A server of the distributed load cannot be reached: the process ends with this one sentence. */
    public static class RemoteUnavailableException extends RuntimeException {
        RemoteUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
