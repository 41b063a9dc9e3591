package io.statementwarehouse.job;

import java.util.List;
import java.util.Optional;

import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import io.statementwarehouse.ingest.IngestLimits;
import io.statementwarehouse.ingest.InputFile;
import io.statementwarehouse.ingest.InputRecord;
import io.statementwarehouse.ingest.ReleaseParser;
import io.statementwarehouse.nlp.ReferenceData;
import io.statementwarehouse.nlp.ReleaseAnalyzer;
import io.statementwarehouse.remote.RemoteProfiles;
import io.statementwarehouse.warehouse.CopyResolver;
import io.statementwarehouse.warehouse.LoadItem;
import io.statementwarehouse.warehouse.Warehouse;

/**
 * {@code loadStatementsJob}: discover the input files, load their releases chunk by chunk into the
 * DuckDB warehouse, publish the run. The job repository (H2, file mode) keeps the reader's position
 * per chunk; the warehouse writer is idempotent, so a restart replays at most one chunk harmlessly.
 */
@Configuration
@EnableConfigurationProperties(WarehouseProperties.class)
public class LoadStatementsJobConfiguration {

    static final String LOAD_STEP = JobKeys.LOAD_STEP;

    @Bean
    public ReferenceData referenceData() {
        return ReferenceData.load();
    }

    @Bean
    public ReleaseAnalyzer releaseAnalyzer(ReferenceData referenceData) {
        return new ReleaseAnalyzer(referenceData);
    }

    @Bean
    public WarehouseSession warehouseSession(WarehouseProperties properties, ReferenceData referenceData) {
        return new WarehouseSession(new Warehouse(properties.warehouse()), referenceData, properties);
    }

    @Bean
    public FailureInjector failureInjector(WarehouseProperties properties) {
        return new FailureInjector(properties.failAfterChunks(), properties.failPoint());
    }

    /** Opens the warehouse (and applies the schema) when a run starts; releases the file when it ends. */
    @Bean
    public JobExecutionListener warehouseLifecycleListener(WarehouseSession session) {
        return new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution jobExecution) {
                // A restart carries the context of the execution before it: the publication then recounts from scratch.
                var context = jobExecution.getExecutionContext();
                context.putInt(JobKeys.EXECUTIONS, context.getInt(JobKeys.EXECUTIONS, 0) + 1);
                try {
                    session.connection();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }

            @Override
            public void afterJob(JobExecution jobExecution) {
                session.close();
            }
        };
    }

    @Bean
    public Step discoverFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  WarehouseSession session) {
        return new StepBuilder("discoverFilesStep", jobRepository)
                .tasklet(new DiscoverFilesTasklet(session), transactionManager)
                .build();
    }

    @Bean
    public ProgressTracker progressTracker() {
        return new ProgressTracker();
    }

    /** Reads the files of one partition ({@link FilePartitioner}), its position kept in the partition's ExecutionContext. */
    @Bean
    @StepScope
    public ReleaseFileReader releaseFileReader(@Value("#{stepExecutionContext['partition.files']}") List<InputFile> files,
                                               WarehouseProperties properties, ProgressTracker progressTracker) {
        return new ReleaseFileReader(files, new IngestLimits(properties.maxRecordBytes()), progressTracker::addBytes);
    }

    @Bean
    public ReleaseProcessor releaseProcessor(ReleaseAnalyzer releaseAnalyzer) {
        return new ReleaseProcessor(new ReleaseParser(), releaseAnalyzer);
    }

    @Bean
    @StepScope
    public WarehouseItemWriter warehouseItemWriter(WarehouseSession session, FailureInjector failureInjector, WarehouseProperties properties,
                                                   @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long runId) {
        return new WarehouseItemWriter(session, runId, failureInjector, properties.maxRejects(), properties.chunkDelayMillis());
    }

    @Bean
    @StepScope
    public FilePartitioner filePartitioner(@Value("#{jobExecutionContext['files']}") List<InputFile> files) {
        return new FilePartitioner(files);
    }

    /** One partition: a chunk-oriented step over its files, on its own thread and DuckDB connection (a worker has its own). */
    @Bean
    @Profile("!" + RemoteProfiles.WORKER)
    public Step loadPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  WarehouseProperties properties, ReleaseFileReader releaseFileReader,
                                  ReleaseProcessor releaseProcessor, WarehouseItemWriter warehouseItemWriter,
                                  ProgressTracker progressTracker) {
        return new StepBuilder(JobKeys.PARTITION_STEP, jobRepository)
                .<InputRecord, LoadItem>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(releaseFileReader)
                .processor(releaseProcessor)
                .writer(warehouseItemWriter)
                .listener((StepListener) progressTracker)
                .build();
    }

    /**
     * The load: the files split into partitions (one per thread) that run at once. A restart runs again
     * only the partitions that did not complete, each from its saved position. A manager sends them to workers instead.
     */
    @Bean
    @Profile("!" + RemoteProfiles.MANAGER)
    public Step loadReleasesStep(JobRepository jobRepository, WarehouseProperties properties, Step loadPartitionStep,
                                 FilePartitioner filePartitioner, ProgressTracker progressTracker) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("load-");
        executor.setConcurrencyLimit(properties.threads());
        return new StepBuilder(LOAD_STEP, jobRepository)
                .partitioner(JobKeys.PARTITION_STEP, filePartitioner)
                .step(loadPartitionStep)
                .gridSize(properties.threads())
                .taskExecutor(executor)
                .listener((org.springframework.batch.core.listener.StepExecutionListener) progressTracker)
                .build();
    }

    /**
     * Keeps one stored release per text, by the rule of {@link CopyResolver}: after every partition has loaded, so that
     * the choice depends on the releases alone, not on which partition reached its chunk first.
     */
    @Bean
    public Step resolveCopiesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  WarehouseSession session, FailureInjector failureInjector) {
        return new StepBuilder("resolveCopiesStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    var job = chunkContext.getStepContext().getStepExecution().getJobExecution();
                    CopyResolver.Removed removed = CopyResolver.resolve(session.connection(), job.getJobInstance().getInstanceId());
                    job.getExecutionContext().putInt(JobKeys.EARLIER_COPIES_REMOVED, removed.ofEarlierRuns());
                    LoggerFactory.getLogger(CopyResolver.class).info("Copies of one text: {} stored copies removed ({} stored by earlier runs)",
                            removed.copies(), removed.ofEarlierRuns());
                    failureInjector.afterCopiesResolved();
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    public Step publishRunStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               WarehouseSession session) {
        return new StepBuilder("publishRunStep", jobRepository)
                .tasklet(new PublishRunTasklet(session), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    /** With workers, the manager merges their parts into the warehouse after the load ({@code mergePartsStep}). */
    @Bean
    public Job loadStatementsJob(JobRepository jobRepository, JobExecutionListener warehouseLifecycleListener,
                                 Step discoverFilesStep, Step loadReleasesStep, @Qualifier("mergePartsStep") Optional<Step> mergePartsStep,
                                 Step resolveCopiesStep, Step publishRunStep) {
        var flow = new JobBuilder(JobKeys.JOB_NAME, jobRepository)
                .listener(warehouseLifecycleListener)
                .start(discoverFilesStep)
                .next(loadReleasesStep);
        if (mergePartsStep.isPresent()) {
            flow = flow.next(mergePartsStep.get()); // the workers' parts into the warehouse, before the copies are settled
        }
        return flow.next(resolveCopiesStep).next(publishRunStep).build();
    }

}
