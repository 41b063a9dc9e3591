package io.statementwarehouse.remote;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of a load spread over processes, under {@code sw.remote.*}: the broker the manager sends partition
 * requests through, the queue's name, the directory all workers and the manager share (workers write their parts
 * there, the manager merges them), how many partitions the manager makes of the input [{@code partitions}, 2: the
 * number of workers, from {@code run --workers}], how long the manager waits for the partitions [{@code partitionTimeout}, 24 h],
 * how often it looks at the shared job repository for their end [{@code pollInterval}, 1 s], and how many
 * partitions one worker process runs at once [{@code workerConcurrency}, 1].
 */
@ConfigurationProperties("sw.remote")
public record RemoteProperties(String brokerUrl, String queue, Path sharedDir, Integer partitions, Duration partitionTimeout,
                               Duration pollInterval, Integer workerConcurrency) {

    public RemoteProperties {
        brokerUrl = brokerUrl == null || brokerUrl.isBlank() ? "tcp://localhost:61616" : brokerUrl;
        queue = queue == null || queue.isBlank() ? "statement-warehouse.partitions" : queue;
        sharedDir = sharedDir == null ? Path.of("shared") : sharedDir;
        partitions = partitions == null || partitions < 1 ? 2 : partitions;
        partitionTimeout = partitionTimeout == null ? Duration.ofHours(24) : partitionTimeout;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        workerConcurrency = workerConcurrency == null || workerConcurrency < 1 ? 1 : workerConcurrency;
    }
}
