package io.statementwarehouse.remote;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.transaction.PlatformTransactionManager;

import io.statementwarehouse.ingest.InputRecord;
import io.statementwarehouse.job.FailureInjector;
import io.statementwarehouse.job.JobKeys;
import io.statementwarehouse.job.ReleaseFileReader;
import io.statementwarehouse.job.ReleaseProcessor;
import io.statementwarehouse.job.WarehouseProperties;
import io.statementwarehouse.nlp.ReferenceData;
import io.statementwarehouse.warehouse.LoadItem;

/**
 * A worker process ({@code worker}): takes partition requests from the broker, one at a time per consumer, and runs
 * the same partition step as one process does (reader, analysis, chunk writer) into a part file of its own.
 *
 * <p>The request is received in a transacted JMS session and acknowledged only when the partition step has ended:
 * a worker killed in the middle leaves the request in the queue, the broker hands it to another worker, and that
 * worker continues the partition from its last saved chunk (its position is in the shared job repository).
 */
@Configuration
@Profile(RemoteProfiles.WORKER)
public class WorkerConfiguration {

    @Bean
    public DirectChannel partitionRequestsIn() {
        return new DirectChannel();
    }

    @Bean
    public IntegrationFlow partitionRequestsFromBroker(ActiveMQConnectionFactory brokerConnectionFactory, RemoteProperties remote,
                                                       JobRepository jobRepository) {
        CurrentRequests current = new CurrentRequests(jobRepository);
        return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(brokerConnectionFactory)
                        .destination(remote.queue())
                        .configureListenerContainer(c -> c.sessionTransacted(true)
                                .concurrentConsumers(remote.workerConcurrency())
                                .maxConcurrentConsumers(remote.workerConcurrency())))
                .filter(StepExecutionRequest.class, current::isCurrent, f -> f.discardChannel("nullChannel")) // CurrentRequests logs why
                .channel(partitionRequestsIn())
                .get();
    }

    @Bean
    public PartFiles partFiles(RemoteProperties remote) {
        return new PartFiles(remote.sharedDir());
    }

    /** The partition's writer: a new part file for each execution of a partition in this process. */
    @Bean
    @StepScope
    public PartItemWriter partItemWriter(@Value("#{stepExecution}") StepExecution stepExecution, PartFiles partFiles,
                                         ReferenceData referenceData, WarehouseProperties properties, FailureInjector failureInjector) {
        long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
        return new PartItemWriter(partFiles.newPart(runId, stepExecution.getStepName(), stepExecution.getId()), referenceData,
                properties, failureInjector, runId);
    }

    /** Replaces the local partition step under the same name: the manager's requests name it. */
    @Bean
    public Step loadPartitionStep(RemotePartitioningWorkerStepBuilderFactory factory, PlatformTransactionManager transactionManager,
                                  WarehouseProperties properties, ReleaseFileReader releaseFileReader, ReleaseProcessor releaseProcessor,
                                  PartItemWriter partItemWriter) {
        return factory.get(JobKeys.PARTITION_STEP)
                .inputChannel(partitionRequestsIn())
                .<InputRecord, LoadItem>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(releaseFileReader)
                .processor(releaseProcessor)
                .writer(partItemWriter)
                .build();
    }
}
