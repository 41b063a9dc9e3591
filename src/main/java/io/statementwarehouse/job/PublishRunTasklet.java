package io.statementwarehouse.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.statementwarehouse.ingest.InputFile;
import io.statementwarehouse.warehouse.Transactions;

/**
 * Closes a run: registers the loaded files in {@code etl_file}, records the run in {@code etl_run},
 * and puts the summary in the job's ExecutionContext for the command line and {@code status}.
 */
public class PublishRunTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishRunTasklet.class);

    private final WarehouseSession session;

    public PublishRunTasklet(WarehouseSession session) {
        this.session = session;
    }

    @Override
    @SuppressWarnings("unchecked")
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long runId = job.getJobInstance().getInstanceId();
        List<InputFile> files = (List<InputFile>) job.getExecutionContext().get(JobKeys.FILES);
        files = files == null ? List.of() : files;
        int skipped = job.getExecutionContext().containsKey(JobKeys.FILES_SKIPPED) ? job.getExecutionContext().getInt(JobKeys.FILES_SKIPPED) : 0;
        Connection c = session.connection();
        try (var st = c.createStatement()) {
            st.execute("RESET threads"); // the partitions are done: the summary queries and the checkpoint use every core
        }
        OffsetDateTime now = OffsetDateTime.now();
        long t0 = System.nanoTime();
        RunSummary summary = summarize(c, runId, job, files.size(), skipped, now);
        long t1 = System.nanoTime();
        final List<InputFile> loaded = files;
        final int skippedFiles = skipped;
        Transactions.inTransaction(c, () -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR REPLACE INTO etl_file (path, size_bytes, sha256, format, status, run_id, loaded_at) VALUES (?, ?, ?, ?, 'LOADED', ?, ?)")) {
                for (InputFile f : loaded) {
                    ps.setString(1, f.path());
                    ps.setLong(2, f.size());
                    ps.setString(3, f.sha256());
                    ps.setString(4, f.format().name() + (f.gzip() ? "+GZIP" : ""));
                    ps.setLong(5, runId);
                    ps.setObject(6, now);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT OR REPLACE INTO etl_run (run_id, job_instance_id, run_date, status, started_at, ended_at, input, files,
                        files_skipped, releases, sentences, pledges, intents, appeals, demands, rejects, duplicates, seconds)
                    VALUES (?, ?, ?, 'COMPLETED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setLong(1, runId);
                ps.setLong(2, runId);
                ps.setObject(3, java.time.LocalDate.parse(job.getJobParameters().getString(JobKeys.RUN_DATE)));
                ps.setObject(4, firstStart(job));
                ps.setObject(5, now);
                ps.setString(6, job.getJobParameters().getString(JobKeys.INPUT));
                ps.setInt(7, loaded.size());
                ps.setInt(8, skippedFiles);
                ps.setLong(9, summary.releases());
                ps.setLong(10, summary.sentences());
                ps.setLong(11, summary.count("PLEDGE"));
                ps.setLong(12, summary.count("INTENT"));
                ps.setLong(13, summary.count("APPEAL"));
                ps.setLong(14, summary.count("DEMAND"));
                ps.setLong(15, summary.rejects());
                ps.setLong(16, summary.duplicates());
                ps.setDouble(17, summary.seconds());
                ps.executeUpdate();
            }
            if (onlyAdded(job) && !unpublishedRunsBefore(c, runId)) {
                addUnresolvedNames(c, runId);
            } else {
                refreshUnresolvedNames(c);
            }
        });
        long t2 = System.nanoTime();
        // Everything this run wrote goes from the WAL into the database file now, as part of the run (and of its
        // measured time), not at some later connection's start. The partitions' connections are closed: closing this
        // one closes the database, which checkpoints on this thread (see WarehouseSession.checkpointByClosing).
        session.checkpointByClosing();
        long t3 = System.nanoTime();
        log.info("Published in: summary {} ms, run and file registry {} ms, checkpoint (the WAL into the database file) {} ms",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        job.getExecutionContext().put(JobKeys.SUMMARY, summary);
        log.info("Run {} published: {} releases, {} sentences, {} rejects", runId, summary.releases(), summary.sentences(), summary.rejects());
        return RepeatStatus.FINISHED;
    }

    private static RunSummary summarize(Connection c, long runId, JobExecution job, int files, int skipped, OffsetDateTime now)
            throws SQLException {
        long releases = 0;
        long sentences = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*), coalesce(sum(sentence_count), 0) FROM dim_release WHERE run_id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                releases = rs.getLong(1);
                sentences = rs.getLong(2);
            }
        }
        Map<String, Long> byClass = new LinkedHashMap<>();
        // The facts carry their run: DuckDB skips the row groups of earlier runs by their min/max (the run id is a
        // number this program computed, written into the statement so that the scan sees a constant).
        try (PreparedStatement ps = c.prepareStatement("SELECT class_code, count(*) FROM fact_sentence WHERE run_id = " + runId
                + " AND class_code <> 'NONE' GROUP BY 1 ORDER BY 1")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byClass.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        Map<String, Long> byReason = new LinkedHashMap<>();
        long rejects = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT regexp_replace(reason, ':.*', '') AS reason, count(*) FROM etl_reject WHERE run_id = ?
                GROUP BY 1 ORDER BY 2 DESC, 1""")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byReason.put(rs.getString(1), rs.getLong(2));
                    rejects += rs.getLong(2);
                }
            }
        }
        long duplicates = count(c, "SELECT count(*) FROM etl_duplicate WHERE run_id = ?", runId);
        List<String> unresolved = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT surface, count(*) FROM fact_mention WHERE run_id = " + runId
                + " AND NOT resolved GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    unresolved.add(rs.getString(1) + " (" + rs.getLong(2) + ")");
                }
            }
        }
        double seconds = Duration.between(firstStart(job).toLocalDateTime(), now.toLocalDateTime()).toMillis() / 1000.0;
        return new RunSummary(runId, job.getJobParameters().getString(JobKeys.RUN_DATE), files, skipped, releases, sentences,
                byClass, duplicates, rejects, byReason, unresolved, seconds);
    }

    /**
     * Whether this run only added releases: its first execution (not a restart, which may have replayed chunks of
     * an execution before it), no changed file loaded again (its old rows were removed), and no partition stored
     * a release again. Then the names it left unresolved are added to the counts; otherwise they are counted again.
     */
    private static boolean onlyAdded(JobExecution job) {
        if (job.getExecutionContext().getInt(JobKeys.EXECUTIONS, 1) > 1 || job.getExecutionContext().getInt(JobKeys.FILES_CHANGED, 0) > 0
                || job.getExecutionContext().getInt(JobKeys.EARLIER_COPIES_REMOVED, 0) > 0) {
            return false;
        }
        return job.getStepExecutions().stream().allMatch(s -> s.getExecutionContext().getLong(JobKeys.RELEASES_REPLACED, 0L) == 0);
    }

    /**
     * Whether the warehouse holds releases of a run that was never published (it failed, and was not restarted):
     * their names were never counted, so this run counts everything again.
     */
    private static boolean unpublishedRunsBefore(Connection c, long runId) throws SQLException {
        try (var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM dim_release WHERE run_id <> " + runId
                     + " AND run_id NOT IN (SELECT run_id FROM etl_run))")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** The unresolved names of the whole warehouse: what to add to the reference data next. */
    static final String COUNT_NAMES = "SELECT kind, surface, count(*) AS mentions, count(DISTINCT release_key) AS releases, "
            + "min(release_key) AS example, max(run_id) AS last_run FROM fact_mention WHERE NOT resolved%s GROUP BY kind, surface";

    /**
     * Names the reference data lacks, counted over the whole warehouse, each with the last run that mentioned it.
     * A group-by over every unresolved mention: 410 ms of a 1,000-release night on a 1,000,000-release warehouse.
     */
    static void refreshUnresolvedNames(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("DELETE FROM etl_unresolved_name");
            st.execute("INSERT INTO etl_unresolved_name " + COUNT_NAMES.formatted(""));
        }
    }

    /**
     * The names this run's new releases left unresolved, added to the counts: their releases are new, so mentions,
     * releases and the smallest example add up to what {@link #refreshUnresolvedNames} would count.
     */
    static void addUnresolvedNames(Connection c, long runId) throws SQLException {
        // The run id is a number this program computed: written into the statement, DuckDB skips earlier runs' row groups.
        String runNames = COUNT_NAMES.formatted(" AND run_id = " + runId);
        try (var st = c.createStatement()) {
            st.execute("UPDATE etl_unresolved_name u SET mentions = u.mentions + n.mentions, releases = u.releases + n.releases, "
                    + "example_release_key = least(u.example_release_key, n.example), last_run_id = n.last_run FROM (" + runNames
                    + ") n WHERE u.kind = n.kind AND u.surface = n.surface");
            st.execute("INSERT INTO etl_unresolved_name SELECT n.* FROM (" + runNames + ") n WHERE NOT EXISTS "
                    + "(SELECT 1 FROM etl_unresolved_name u WHERE u.kind = n.kind AND u.surface = n.surface)");
        }
    }

    private static long count(Connection c, String sql, long runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** When this run began: the start of its current execution (a restart counts from its own start). */
    private static OffsetDateTime firstStart(JobExecution job) {
        LocalDateTime start = job.getStartTime() != null ? job.getStartTime() : job.getCreateTime();
        return start.atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
