package io.statementwarehouse.remote;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.transaction.PlatformTransactionManager;

import io.statementwarehouse.job.FilePartitioner;
import io.statementwarehouse.job.JobKeys;
import io.statementwarehouse.job.WarehouseSession;

/**
 * The manager of a distributed load ({@code run --workers N}): the same partitions as in one process (by file,
 * {@link FilePartitioner}), sent as requests to the broker instead of to local threads; the manager then follows
 * the partitions in the shared job repository until they end, and merges the workers' parts into the warehouse.
 */
@Configuration
@Profile(RemoteProfiles.MANAGER)
public class ManagerConfiguration {

    @Bean
    public DirectChannel partitionRequestsOut() {
        return new DirectChannel();
    }

    @Bean
    public IntegrationFlow partitionRequestsToBroker(ActiveMQConnectionFactory brokerConnectionFactory, RemoteProperties remote) {
        return IntegrationFlow.from(partitionRequestsOut())
                .handle(Jms.outboundAdapter(brokerConnectionFactory).destination(remote.queue()))
                .get();
    }

    @Bean
    public PartFiles partFiles(RemoteProperties remote) {
        return new PartFiles(remote.sharedDir());
    }

    /** Replaces the local partitioned step: one request per partition to the broker, then polling the repository. */
    @Bean
    public Step loadReleasesStep(RemotePartitioningManagerStepBuilderFactory factory, RemoteProperties remote,
                                 FilePartitioner filePartitioner) {
        return factory.get(JobKeys.LOAD_STEP)
                .partitioner(JobKeys.PARTITION_STEP, filePartitioner)
                .gridSize(remote.partitions())
                .outputChannel(partitionRequestsOut())
                .pollInterval(remote.pollInterval().toMillis())
                .timeout(remote.partitionTimeout().toMillis())
                .build();
    }

    @Bean
    public Step mergePartsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, WarehouseSession session,
                               PartFiles partFiles) {
        return new StepBuilder("mergePartsStep", jobRepository)
                .tasklet(new MergePartsTasklet(session, partFiles), transactionManager)
                .build();
    }
}
