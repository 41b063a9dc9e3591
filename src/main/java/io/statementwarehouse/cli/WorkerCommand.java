package io.statementwarehouse.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;

import io.statementwarehouse.remote.RemoteEndpoints;
import io.statementwarehouse.remote.RemoteProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Take partitions of distributed loads (run --workers) from the broker and load each into a part file "
                + "in the shared directory, until stopped (SIGTERM).",
                "Start one or more on every machine, with the same --job-repository, --broker and --shared-dir as the manager."})
public class WorkerCommand implements Callable<Integer> {

    @Mixin
    RemoteOptions remote = new RemoteOptions();

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
            description = "Partitions this process loads at once [default: ${DEFAULT-VALUE}]")
    int threads;

    @Option(names = "--chunk-size", paramLabel = "N",
            description = "Releases per chunk (one DuckDB transaction, one saved position) in this worker's partitions [default: 500]")
    Integer chunkSize;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> props = remote.properties(RemoteProfiles.WORKER);
        props.put("sw.remote.worker-concurrency", threads);
        if (chunkSize != null) {
            props.put("sw.chunk-size", chunkSize); // the partition step is built here, with the worker's own settings
        }
        Path logFile = remote.sharedDir.toAbsolutePath().normalize().resolve("logs")
                .resolve("worker-" + ProcessHandle.current().pid() + ".log");
        CountDownLatch stopped = new CountDownLatch(1);
        ConfigurableApplicationContext ctx = SpringContexts.startLogging(logFile, props);
        Thread hook = new Thread(() -> {
            // SIGTERM: stop taking requests; the partition in hand ends (or is handed to another worker by the broker).
            ctx.close();
            stopped.countDown();
        }, "worker-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Worker %d waiting for partitions from %s; parts go to %s, the log to %s%n", ProcessHandle.current().pid(),
                RemoteEndpoints.withoutParameters(remote.broker), remote.sharedDir.toAbsolutePath().normalize(), logFile);
        out.flush();
        stopped.await();
        return 0;
    }
}
