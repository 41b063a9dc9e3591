package io.statementwarehouse.job;

/** Names of job parameters and ExecutionContext entries shared by the steps and the command line. */
public final class JobKeys {

    public static final String JOB_NAME = "loadStatementsJob";
    /** The partitioned load step, and the step each of its partitions runs (locally, or in a worker process). */
    public static final String LOAD_STEP = "loadReleasesStep";
    public static final String PARTITION_STEP = "loadPartitionStep";
    public static final String RUN_DATE = "run.date";
    public static final String INPUT = "input";
    public static final String ATTEMPT = "attempt";
    public static final String WAREHOUSE = "warehouse";
    /** Who loads a run's partitions: threads of the one process, or worker processes (then a manager restarts it). */
    public static final String LOADED_BY = "loaded.by";
    public static final String LOADED_BY_THREADS = "threads";
    public static final String LOADED_BY_WORKERS = "workers";

    public static final String FILES = "files";
    public static final String FILES_SKIPPED = "files.skipped";
    /** Files loaded before and changed since: their old rows were removed before this run loads them again. */
    public static final String FILES_CHANGED = "files.changed";
    /** Releases of earlier runs that the copies step removed (their published counts are to be counted again). */
    public static final String EARLIER_COPIES_REMOVED = "copies.earlier.removed";
    public static final String SUMMARY = "summary";
    /** In a partition's step context: nanoseconds its writer spent writing chunks to the warehouse (read by {@code bench}). */
    public static final String WRITER_NANOS = "writer.nanos";
    /** In a partition's step context: how many releases its writer stored again, replacing their earlier rows. */
    public static final String RELEASES_REPLACED = "writer.replaced";
    /** In the job's context: how many executions of the run have started (a restart carries the count on). */
    public static final String EXECUTIONS = "run.executions";

    private JobKeys() {
    }
}
