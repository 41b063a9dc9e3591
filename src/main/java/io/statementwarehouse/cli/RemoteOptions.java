package io.statementwarehouse.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.statementwarehouse.remote.RemoteEndpoints;
import io.statementwarehouse.remote.RemoteProfiles;
import picocli.CommandLine.Option;

/**
 * Where the processes of a distributed load meet: the shared job repository (PostgreSQL), the broker (ActiveMQ
 * Artemis) and the shared directory. Each option can come from the environment instead (systemd units, compose
 * files). The repository's password comes only from the environment ({@code SW_JOB_REPOSITORY_PASSWORD}), never from
 * the command line, where other users would see it.
 */
public class RemoteOptions {

    @Option(names = "--job-repository", paramLabel = "JDBC_URL", defaultValue = "${env:SW_JOB_REPOSITORY}",
            description = "The job repository all processes share, PostgreSQL: jdbc:postgresql://HOST:5432/DB "
                    + "[env SW_JOB_REPOSITORY; without it the H2 file beside the warehouse]")
    String jobRepository;

    @Option(names = "--job-repository-user", paramLabel = "USER", defaultValue = "${env:SW_JOB_REPOSITORY_USER}",
            description = "Its user [env SW_JOB_REPOSITORY_USER]; the password from env SW_JOB_REPOSITORY_PASSWORD")
    String user;

    @Option(names = "--broker", paramLabel = "URL", defaultValue = "${env:SW_BROKER}",
            description = "The ActiveMQ Artemis broker: tcp://HOST:61616 [env SW_BROKER]")
    String broker;

    @Option(names = "--shared-dir", paramLabel = "DIR", defaultValue = "${env:SW_SHARED_DIR}",
            description = "A directory the manager and every worker see at the same path (NFS, a shared volume): "
                    + "workers write their parts there, the manager merges them [env SW_SHARED_DIR]")
    Path sharedDir;

    /** Whether the runs live in a shared repository rather than in the H2 file beside the warehouse. */
    boolean sharedRepository() {
        return jobRepository != null && !jobRepository.isBlank();
    }

    /** The settings that point the job repository at the shared PostgreSQL database, once it answered. */
    Map<String, Object> repositoryProperties() {
        RemoteEndpoints.checkJobRepository(jobRepository, user, System.getenv("SW_JOB_REPOSITORY_PASSWORD"));
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", jobRepository);
        // application.properties names H2's user; PostgreSQL's comes from here, or from the URL when blank.
        props.put("spring.datasource.username", user == null ? "" : user);
        String password = System.getenv("SW_JOB_REPOSITORY_PASSWORD");
        props.put("spring.datasource.password", password == null ? "" : password);
        // One process (a run without workers, status, restart): Spring Batch's tables are created when missing, in the
        // database's own dialect (JobRepositorySchema), so an H2 or PostgreSQL URL of a new repository just works.
        props.put("spring.batch.jdbc.initialize-schema", "always");
        return props;
    }

    /** Everything a manager or a worker needs; a usage error naming what is missing otherwise. */
    Map<String, Object> properties(String profile) {
        StringBuilder missing = new StringBuilder();
        if (!sharedRepository()) {
            missing.append(" --job-repository");
        }
        if (broker == null || broker.isBlank()) {
            missing.append(" --broker");
        }
        if (sharedDir == null) {
            missing.append(" --shared-dir");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException((RemoteProfiles.WORKER.equals(profile) ? "a worker" : "a run with workers")
                    + " needs" + missing + " (or SW_JOB_REPOSITORY, SW_BROKER, SW_SHARED_DIR)");
        }
        Map<String, Object> props = repositoryProperties();
        // A manager and its workers may start at once: they create the tables themselves, under a lock (RemoteEndpoints).
        props.put("spring.batch.jdbc.initialize-schema", "never");
        props.put("spring.profiles.active", profile);
        props.put("sw.remote.broker-url", broker);
        props.put("sw.remote.shared-dir", sharedDir.toAbsolutePath().normalize().toString());
        return props;
    }
}
