package io.statementwarehouse.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.statementwarehouse.ingest.InputDiscovery;
import io.statementwarehouse.ingest.InputFile;
import io.statementwarehouse.warehouse.ChunkWriter;
import io.statementwarehouse.warehouse.CopyResolver;
import io.statementwarehouse.warehouse.LoadItem;
import io.statementwarehouse.warehouse.Transactions;

/**
 * Lists and hashes the input files, and keeps for loading those the file registry ({@code etl_file})
 * does not have unchanged. The list goes into the job's ExecutionContext: a restart reads the same
 * files. A changed file's old rows are removed, so its releases are replaced, never doubled.
 */
public class DiscoverFilesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DiscoverFilesTasklet.class);

    private final WarehouseSession session;

    public DiscoverFilesTasklet(WarehouseSession session) {
        this.session = session;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long runId = jobExecution.getJobInstance().getInstanceId();
        String input = jobExecution.getJobParameters().getString(JobKeys.INPUT);
        List<Path> paths = Arrays.stream(input.split(java.io.File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();

        InputDiscovery.Found found = new InputDiscovery().discover(paths);
        Connection c = session.connection();
        Map<String, String> loaded = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT path, sha256 FROM etl_file WHERE status = 'LOADED'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                loaded.put(rs.getString(1), rs.getString(2));
            }
        }
        ArrayList<InputFile> toLoad = new ArrayList<>();
        int skipped = 0;
        int changed = 0;
        for (InputFile f : found.files()) {
            String sha = loaded.get(f.path());
            if (f.sha256().equals(sha)) {
                skipped++;
                continue;
            }
            if (sha != null) {
                removeRowsOf(c, f.path());
                changed++;
                log.info("{} changed since it was loaded: its releases will be replaced", f.path());
            }
            toLoad.add(f);
        }
        if (!found.problems().isEmpty()) {
            new ChunkWriter(c).write(found.problems().stream().map(LoadItem.Rejected::new).toList(), runId);
        }
        jobExecution.getExecutionContext().put(JobKeys.FILES, toLoad);
        jobExecution.getExecutionContext().putInt(JobKeys.FILES_SKIPPED, skipped);
        jobExecution.getExecutionContext().putInt(JobKeys.FILES_CHANGED, changed);
        log.info("{} input files found, {} to load, {} unchanged since loaded, {} unusable paths",
                found.files().size(), toLoad.size(), skipped, found.problems().size());
        return RepeatStatus.FINISHED;
    }

    private static void removeRowsOf(Connection c, String path) throws SQLException {
        Transactions.inTransaction(c, () -> {
            try (PreparedStatement keys = c.prepareStatement(
                    "CREATE OR REPLACE TEMP TABLE changed_keys AS SELECT release_key FROM dim_release WHERE file_path = ?")) {
                keys.setString(1, path);
                keys.execute();
            }
            try (var st = c.createStatement()) {
                for (String table : CopyResolver.RELEASE_TABLES) {
                    st.execute("DELETE FROM " + table + " WHERE release_key IN (SELECT release_key FROM changed_keys)");
                }
            }
            for (String table : List.of("etl_reject WHERE file_path = ?", "etl_duplicate WHERE copy_file = ?")) {
                try (PreparedStatement del = c.prepareStatement("DELETE FROM " + table)) {
                    del.setString(1, path);
                    del.executeUpdate();
                }
            }
        });
    }
}
