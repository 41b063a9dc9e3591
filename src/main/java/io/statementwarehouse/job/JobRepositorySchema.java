package io.statementwarehouse.job;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Creates Spring Batch's tables in the job repository once, when they are not there yet. Boot's own initializer runs
 * Batch's schema script on every start ({@code spring.batch.jdbc.initialize-schema=always}: an H2 file is not an
 * "embedded" database to Boot) and ignores its "table already exists" errors, but H2 writes each of them to a
 * {@code <name>-jobs.trace.db} file beside the warehouse: every command after the first left one behind.
 * This bean takes the place of Boot's (which is conditional on there being none) and keeps its settings.
 */
@Configuration(proxyBeanMethods = false)
public class JobRepositorySchema {

    @Bean
    BatchDataSourceScriptDatabaseInitializer batchDataSourceInitializer(DataSource dataSource, BatchJdbcProperties properties) {
        return new CreatedOnce(dataSource, properties);
    }

    static final class CreatedOnce extends BatchDataSourceScriptDatabaseInitializer {

        private final String instanceTable;

        CreatedOnce(DataSource dataSource, BatchJdbcProperties properties) {
            super(dataSource, properties);
            String prefix = properties.getTablePrefix() == null ? "BATCH_" : properties.getTablePrefix();
            this.instanceTable = prefix + "JOB_INSTANCE";
        }

        @Override
        public boolean initializeDatabase() {
            if (exists(getDataSource(), instanceTable)) {
                return false;
            }
            return super.initializeDatabase();
        }
    }

    /** Whether the table is there, in the case the database stores unquoted names in (H2: upper, PostgreSQL: lower). */
    static boolean exists(DataSource dataSource, String table) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            DatabaseMetaData meta = c.getMetaData();
            String name = meta.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT)
                    : meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                return rs.next();
            }
        } catch (SQLException e) {
            return false; // unknown: let the script run, as Boot would
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
