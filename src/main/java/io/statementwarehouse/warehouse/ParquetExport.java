package io.statementwarehouse.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the star schema as Parquet for engines beyond DuckDB (Spark, Trino, a lakehouse): the facts
 * and bridges partitioned by year and month of publication (Hive-style {@code year=2024/month=11/}
 * directories), the dimensions as one file each. DuckDB's COPY does the work in bulk.
 */
public final class ParquetExport {

    /** Tables partitioned by publication month, with the query that adds year and month to each row. */
    private static final Map<String, String> PARTITIONED = new LinkedHashMap<>();

    static {
        PARTITIONED.put("dim_release", "SELECT r.*, year(r.published_date) AS year, month(r.published_date) AS month FROM dim_release r");
        for (String table : List.of("fact_sentence", "fact_mention", "bridge_statement_committer", "bridge_statement_counterpart",
                "bridge_statement_topic")) {
            PARTITIONED.put(table, "SELECT t.*, year(r.published_date) AS year, month(r.published_date) AS month FROM " + table
                    + " t JOIN dim_release r USING (release_key)");
        }
    }

    private static final List<String> WHOLE = List.of("dim_date", "dim_source", "dim_country", "dim_organization", "dim_actor", "dim_topic",
            "dim_statement_class", "etl_run", "etl_file", "etl_reject", "etl_duplicate", "etl_unresolved_name");

    /** Exports every table under {@code dir}; returns the tables written. */
    public List<String> export(Connection c, Path dir) throws SQLException, IOException {
        Files.createDirectories(dir);
        Path root = dir.toAbsolutePath().normalize();
        try (Statement st = c.createStatement()) {
            for (Map.Entry<String, String> e : PARTITIONED.entrySet()) {
                st.execute("COPY (" + e.getValue() + ") TO " + literal(root.resolve(e.getKey()))
                        + " (FORMAT PARQUET, PARTITION_BY (year, month), OVERWRITE_OR_IGNORE, COMPRESSION ZSTD)");
            }
            for (String table : WHOLE) {
                st.execute("COPY " + table + " TO " + literal(root.resolve(table + ".parquet")) + " (FORMAT PARQUET, COMPRESSION ZSTD)");
            }
        }
        List<String> all = new java.util.ArrayList<>(PARTITIONED.keySet());
        all.addAll(WHOLE);
        return all;
    }

    /** A path as a SQL string literal (COPY takes no bound parameter for its target). */
    static String literal(Path path) {
        return "'" + path.toString().replace("'", "''") + "'";
    }
}
