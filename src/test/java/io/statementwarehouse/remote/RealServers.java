package io.statementwarehouse.remote;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The servers of a distributed load, real and on loopback: a PostgreSQL server (its binaries come in a Maven
 * artifact) and an ActiveMQ Artemis broker with a persistent journal, listening on TCP. The manager and the
 * workers are separate processes that connect to both.
 */
final class RealServers implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final EmbeddedActiveMQ broker;
    private final int brokerPort;

    RealServers(Path dir) throws Exception {
        this(dir, 0, freePort());
    }

    RealServers(Path dir, int postgresPort, int brokerPort) throws Exception {
        EmbeddedPostgres.Builder pg = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres")).setCleanDataDirectory(true);
        postgres = (postgresPort > 0 ? pg.setPort(postgresPort) : pg).start();
        this.brokerPort = brokerPort;
        Configuration config = new ConfigurationImpl()
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + brokerPort)
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dir.resolve("broker/journal").toString())
                .setBindingsDirectory(dir.resolve("broker/bindings").toString())
                .setLargeMessagesDirectory(dir.resolve("broker/large").toString())
                .setPagingDirectory(dir.resolve("broker/paging").toString())
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false);
        broker = new EmbeddedActiveMQ().setConfiguration(config).start();
    }

    String brokerUrl() {
        return "tcp://127.0.0.1:" + brokerPort;
    }

    /** A new database of its own for one scenario: a job repository with no history. */
    String newJobRepository(String name) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    /**
     * Both servers on fixed loopback ports until the process is stopped, for trying a distributed load by hand and for
     * scripts/bench-distributed.sh: {@code RealServers DIR PG_PORT BROKER_PORT}; prints the URLs.
     */
    public static void main(String[] args) throws Exception {
        RealServers servers = new RealServers(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                servers.close();
            } catch (Exception e) {
                // stopping anyway
            }
        }));
        System.out.println("job repository " + servers.newJobRepository("batch"));
        System.out.println("broker " + servers.brokerUrl());
        System.out.flush();
        Thread.currentThread().join();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            broker.stop();
        } finally {
            postgres.close();
        }
    }
}
