package io.statementwarehouse.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import io.statementwarehouse.StatementWarehouseApplication;
import io.statementwarehouse.job.RunLauncher;
import io.statementwarehouse.job.RunLock;
import io.statementwarehouse.warehouse.Warehouse;

/** Starts the Spring context for one warehouse: its H2 job repository, log file and settings. */
final class SpringContexts {

    private SpringContexts() {
    }

    /** What a command does with the run launcher, inside the warehouse's run lock and Spring context. */
    @FunctionalInterface
    interface LauncherAction<T> {
        T apply(RunLauncher launcher) throws Exception;
    }

    /** What a command makes of the outcome (print it, turn it into an exit status). */
    @FunctionalInterface
    interface Outcome<T> {
        int report(T result) throws Exception;
    }

    /**
     * Runs {@code action} holding the warehouse's run lock (one run at a time, with a clear message for a
     * second one), with a Spring context for the warehouse, and with a graceful stop on SIGTERM that waits
     * until the context (and so the job repository) is closed and the outcome reported.
     */
    static <T> int withLauncher(Path warehouseFile, Map<String, Object> extra, LauncherAction<T> action, Outcome<T> outcome)
            throws Exception {
        try (RunLock lock = RunLock.acquire(warehouseFile)) {
            GracefulStop stop = null;
            try {
                T result;
                try (ConfigurableApplicationContext ctx = start(warehouseFile, extra)) {
                    RunLauncher launcher = ctx.getBean(RunLauncher.class);
                    stop = new GracefulStop(launcher::stopRunning);
                    result = action.apply(launcher);
                }
                return outcome.report(result);
            } finally {
                if (stop != null) {
                    stop.close();
                }
            }
        }
    }

    static final String PROFILE = "spring.profiles.active";

    static ConfigurableApplicationContext start(Path warehouseFile, Map<String, Object> extra) {
        Warehouse warehouse = new Warehouse(warehouseFile);
        Map<String, Object> props = new HashMap<>();
        props.put("sw.warehouse", warehouse.file().toString());
        // DB_CLOSE_ON_EXIT=FALSE: on SIGTERM the run stops at a chunk boundary and records it before the
        // database closes (H2's own shutdown hook would close it under the running job).
        // MAX_COMPACT_TIME=0: no compaction when the database closes. In H2 2.4.240 it trips an internal assertion
        // (MVStore compactMoveChunks, "AssertionError: 16") on the second close of every job repository, which H2
        // writes to a <name>-jobs.trace.db beside the warehouse when assertions are on and passes over silently when
        // they are off. The file stays small without it: 209 KB after 8 runs and 8 status commands
        // (fixture input; 156 KB with it).
        props.put("spring.datasource.url", "jdbc:h2:file:" + warehouse.jobRepositoryBase() + ";DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0");
        props.putAll(extra); // a shared job repository (PostgreSQL) replaces the H2 file
        return startLogging(warehouse.file().resolveSibling("statement-warehouse.log"), props);
    }

    /** A Spring context with these settings first in line, logging to {@code logFile}. */
    static ConfigurableApplicationContext startLogging(Path logFile, Map<String, Object> props) {
        Object profile = props.get(PROFILE);
        return new SpringApplicationBuilder(StatementWarehouseApplication.class)
                // a manager or a worker of a distributed load (RemoteProfiles); none for one process
                .profiles(profile == null ? new String[0] : new String[] {profile.toString()})
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // The run launcher stops a running job on SIGTERM and waits for it; Spring's own hook would close
                // the job repository under it. The command closes the context itself.
                .registerShutdownHook(false)
                // Logging starts before the context: the log file beside the warehouse is a default property.
                .properties(Map.of("logging.file.name", logFile.toString()))
                // First in line: these settings name this warehouse's files and must win over application.properties.
                .initializers(ctx -> ctx.getEnvironment().getPropertySources().addFirst(new MapPropertySource("warehouse", props)))
                .run();
    }
}
