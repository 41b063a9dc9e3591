package io.statementwarehouse.remote;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** Prints the steps of the last run in a job repository with their seconds and counts (scripts/bench-distributed.sh). */
public final class StepTimes {

    private StepTimes() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0]); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT step_name, status, read_count, write_count,
                            round(extract(epoch FROM end_time - start_time)::numeric, 2) AS seconds
                     FROM batch_step_execution
                     WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)
                     ORDER BY start_time""")) {
            while (rs.next()) {
                System.out.printf("%-40s %-10s read %8d written %8d %8.2f s%n", rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getDouble(5));
            }
        }
    }
}
